/**
 * `npm run review -- <slug> --by "<who>" --citations N --facts N --findings N`: records a finished
 * fact-check in the note's frontmatter: `reviewed:` today (or KB_TODAY) and a `review:` record
 * with who checked, how many cited claims and version-sensitive facts, how many problems were
 * found (all resolved in the file as it is now) and a digest of the text the review read.
 * Run it after the findings are fixed; any later change to the note makes `npm run report:stale`
 * list it again until it is reviewed again.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isoDay } from '../src/lib/dates.ts';
import { reviewDigest } from '../src/pipeline/review.ts';
import { readSettings } from '../src/settings.ts';
import { runCli } from './lib/cli.ts';

class UsageError extends Error {}

const USAGE =
	'usage: npm run review -- <slug> --by "<who or what checked>" --citations N --facts N --findings N';

function count(value: string | undefined, name: string): number {
	if (value === undefined || !/^\d+$/.test(value))
		throw new UsageError(`--${name} needs a whole number\n${USAGE}`);
	return Number(value);
}

function noteFile(contentDir: string, slug: string): string {
	const notes = path.join(contentDir, 'notes');
	const found = fs
		.readdirSync(notes, { recursive: true, encoding: 'utf8' })
		.find((f) => path.basename(f) === `${slug}.mdx`);
	if (!found) throw new UsageError(`no note "${slug}" under ${notes}\n${USAGE}`);
	return path.join(notes, found);
}

runCli(
	'review',
	() => {
		const { values, positionals } = parseArgs({
			allowPositionals: true,
			options: {
				by: { type: 'string' },
				citations: { type: 'string' },
				facts: { type: 'string' },
				findings: { type: 'string' },
			},
		});
		const [slug] = positionals;
		if (!slug || !values.by?.trim()) throw new UsageError(USAGE);
		const record = {
			by: values.by.trim(),
			citations: count(values.citations, 'citations'),
			facts: count(values.facts, 'facts'),
			findings: count(values.findings, 'findings'),
		};
		const { contentDir, today } = readSettings();
		const file = noteFile(contentDir, slug);
		const source = fs.readFileSync(file, 'utf8');
		const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
		if (!match) throw new UsageError(`${file} has no frontmatter`);
		// Drop the old date and record, then write both after the owner (or at the end).
		const kept = match[1]!.split('\n').filter((line, i, lines) => {
			if (/^reviewed:/.test(line) || /^review:/.test(line)) return false;
			// Continuation lines of a block-style `review:` record.
			let k = i;
			while (k > 0 && /^[ \t]/.test(lines[k]!)) k--;
			return !(k !== i && /^review:/.test(lines[k]!));
		});
		const digest = reviewDigest(source);
		const lines = [
			`reviewed: ${isoDay(today)}`,
			`review: { by: ${JSON.stringify(record.by)}, citations: ${record.citations}, facts: ${record.facts}, findings: ${record.findings}, digest: ${digest} }`,
		];
		const at = kept.findIndex((l) => /^owner:/.test(l));
		kept.splice(at === -1 ? kept.length : at + 1, 0, ...lines);
		fs.writeFileSync(file, `---\n${kept.join('\n')}\n---${source.slice(match[0].length)}`);
		console.log(`${path.relative(process.cwd(), file)}: reviewed ${isoDay(today)} (${digest})`);
		return 0;
	},
	[UsageError],
);
