import type { Pillar } from '../schemas/common.ts';

const SUMMARY = 'One sentence that says what a reader learns here (20 to 240 characters).';
const INTRO = 'Start with why this matters to the platform team, then explain how it works.';
const WRITE_HERE = 'Write here.';
const QUESTION = 'A question a new hire should be able to answer?';
const ANSWER = 'The answer, in one to three sentences.';

/** Scaffold text that must be replaced before a note is published (`npm run check` says where it is left). */
export const SCAFFOLD_PLACEHOLDERS = [SUMMARY, INTRO, WRITE_HERE, QUESTION, ANSWER] as const;

export interface ScaffoldOptions {
	title: string;
	pillar: Pillar;
	owner: string;
	reviewed: string;
	difficulty: string;
}

/** A new draft note: valid frontmatter, the usual sections, and placeholder text to replace. */
export function scaffoldNote({
	title,
	pillar,
	owner,
	reviewed,
	difficulty,
}: ScaffoldOptions): string {
	return `---
title: ${JSON.stringify(title)}
summary: ${JSON.stringify(SUMMARY)}
pillar: ${pillar}
tags: []
aliases: []
related: []
prerequisites: []
owner: ${owner}
reviewed: ${reviewed}
difficulty: ${difficulty}
status: draft
---

${INTRO}

{/* Cite each fact from a source right after it, e.g. <Cite src="talk-managed-platform" at="00:20:19" />. See CONTRIBUTING.md. */}

## Why it matters

${WRITE_HERE}

## How it works

Link related notes with wiki-links: two square brackets around a slug, title or alias.

## Check yourself

<details>
<summary>${QUESTION}</summary>

${ANSWER}

</details>
`;
}
