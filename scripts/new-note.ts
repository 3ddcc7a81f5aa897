/**
 * `npm run new -- "Title" --pillar <pillar> [--difficulty intro|core|deep]`: writes a draft note
 * with valid frontmatter to content/notes/<pillar>/<slug>.mdx and prints its path. The draft
 * passes `npm run check`; publishing it with scaffold text still in it does not.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { slugify } from '../src/lib/slug.ts';
import { isoDay } from '../src/lib/dates.ts';
import { PILLARS, type Pillar } from '../src/schemas/common.ts';
import { scaffoldNote } from '../src/pipeline/scaffold.ts';
import { readSettings } from '../src/settings.ts';
import { runCli } from './lib/cli.ts';

class UsageError extends Error {}

/** The git user's name, lower-cased and hyphenated, or the team when git has none. */
function owner(): string {
	try {
		const name = execFileSync('git', ['config', 'user.name'], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
		}).trim();
		return slugify(name) || 'platform-team';
	} catch {
		return 'platform-team';
	}
}

/** Every note file under `dir`, whatever folder it is in. */
function noteFiles(dir: string): string[] {
	if (!fs.existsSync(dir)) return [];
	return fs
		.readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.mdx'))
		.map((f) => path.join(dir, f));
}

runCli(
	'new',
	() => {
		const { values, positionals } = parseArgs({
			allowPositionals: true,
			options: { pillar: { type: 'string' }, difficulty: { type: 'string', default: 'core' } },
		});
		const settings = readSettings();
		const title = positionals.join(' ').trim();
		if (!title)
			throw new UsageError(
				'give the note a title: npm run new -- "Pod disruption budgets" --pillar bluegreen',
			);
		const pillar = values.pillar as Pillar | undefined;
		if (!pillar || !PILLARS.includes(pillar))
			throw new UsageError(
				`--pillar must be one of ${PILLARS.join(', ')}${pillar ? ` (got "${pillar}")` : ''}`,
			);
		if (!['intro', 'core', 'deep'].includes(values.difficulty!))
			throw new UsageError(`--difficulty must be intro, core or deep (got "${values.difficulty}")`);
		const slug = slugify(title);
		if (!slug) throw new UsageError(`"${title}" has no letters or digits to make a file name from`);

		const notesDir = path.join(settings.contentDir, 'notes');
		const existing = noteFiles(notesDir).find((file) => path.basename(file, '.mdx') === slug);
		if (existing)
			throw new UsageError(
				`a note with the slug "${slug}" already exists: ${path.relative(process.cwd(), existing)}. Choose another title, or edit that note.`,
			);

		const file = path.join(notesDir, pillar, `${slug}.mdx`);
		fs.mkdirSync(path.dirname(file), { recursive: true });
		fs.writeFileSync(
			file,
			scaffoldNote({
				title,
				pillar,
				owner: owner(),
				reviewed: isoDay(settings.today),
				difficulty: values.difficulty!,
			}),
		);
		console.log(
			`Created ${path.relative(process.cwd(), file)} (a draft: set "status: published" when it is ready).`,
		);
		console.log('Next: write it, then run npm run check.');
		return 0;
	},
	[UsageError],
);
