/**
 * `npm run new -- "Title" --pillar <pillar> [--difficulty intro|core|deep]`: writes a draft note
 * with valid frontmatter to content/notes/<pillar>/<slug>.mdx and prints its path.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { listFiles } from '../src/graph/read-content.ts';
import { contentRoot } from '../src/lib/content-root.ts';
import { slugFromPath, slugify } from '../src/lib/slug.ts';
import { today } from '../src/lib/review.ts';
import { isoDay } from '../src/lib/dates.ts';
import { PILLARS, type Pillar } from '../src/schemas/common.ts';

function fail(message: string): never {
	console.error(`new: ${message}`);
	process.exit(1);
}

/** The git user's name, lower-cased and hyphenated, or the team when git has none. */
function owner(): string {
	try {
		const name = execFileSync('git', ['config', 'user.name'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
		return slugify(name) || 'platform-team';
	} catch {
		return 'platform-team';
	}
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { pillar: { type: 'string' }, difficulty: { type: 'string', default: 'core' } } });
const title = positionals.join(' ').trim();
if (!title) fail('give the note a title: npm run new -- "Pod disruption budgets" --pillar bluegreen');
const pillar = values.pillar as Pillar | undefined;
if (!pillar || !PILLARS.includes(pillar)) fail(`--pillar must be one of ${PILLARS.join(', ')}${pillar ? ` (got "${pillar}")` : ''}`);
if (!['intro', 'core', 'deep'].includes(values.difficulty!)) fail(`--difficulty must be intro, core or deep (got "${values.difficulty}")`);
const slug = slugify(title);
if (!slug) fail(`"${title}" has no letters or digits to make a file name from`);

const notesDir = path.join(contentRoot(), 'notes');
const existing = listFiles(notesDir, ['.mdx', '.md']).find((file) => slugFromPath(file) === slug);
if (existing) fail(`a note with the slug "${slug}" already exists: ${path.relative(process.cwd(), existing)}. Choose another title, or edit that note.`);

const file = path.join(notesDir, pillar, `${slug}.mdx`);
const yamlString = (text: string) => JSON.stringify(text);
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(
	file,
	`---
title: ${yamlString(title)}
summary: "One sentence that says what a reader learns here (20 to 240 characters)."
pillar: ${pillar}
tags: []
aliases: []
related: []
prerequisites: []
owner: ${owner()}
reviewed: ${isoDay(today())}
difficulty: ${values.difficulty}
status: draft
---

Start with why this matters to the platform team, then explain how it works.

{/* Cite each fact from a source right after it, e.g. <Cite src="talk-managed-platform" at="00:20:19" />. See CONTRIBUTING.md. */}

## Why it matters

Write here.

## How it works

Link related notes with wiki-links: two square brackets around a slug, title or alias.

## Check yourself

<details>
<summary>A question a new hire should be able to answer?</summary>

The answer, in one to three sentences.

</details>
`,
);
console.log(`Created ${path.relative(process.cwd(), file)} (a draft: set "status: published" when it is ready).`);
console.log('Next: write it, then run npm run check.');
