import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { readText, requireDist, walk } from '../helpers/dist.ts';
import { escapeRegExp } from '../../src/lib/regexp.ts';

interface Redaction {
	replace?: Record<string, string>;
	mustNotAppear?: string[];
}
const rules = parse(fs.readFileSync('scripts/ingest/redactions.yaml', 'utf8')) as Record<
	string,
	Redaction
>;
/** Every replaced name and every phrase of a dropped passage. */
const terms = [
	...new Set(
		Object.values(rules).flatMap((r) => [
			...Object.keys(r.replace ?? {}),
			...(r.mustNotAppear ?? []),
		]),
	),
];

test('the redaction map lists names and dropped passages to look for', () => {
	assert.ok(terms.length >= 20, `only ${terms.length} terms`);
});

test('no redacted name or dropped passage appears anywhere in the built site or its search index', () => {
	const dist = requireDist();
	const files = walk(dist).filter((f) =>
		/\.(html|js|json|xml|txt|pf_fragment|pf_index|pf_meta|pf_filter)$/.test(f),
	);
	assert.ok(files.length > 50, 'the built site should have many files');
	// Names are matched as written and capitalised ("lucknow", "Lucknow"), whole words only, so
	// everyday phrases such as "moved to the new nodes" do not count as "To The New".
	const variants = (t: string) => [...new Set([t, t.replace(/\b\p{L}/gu, (c) => c.toUpperCase())])];
	const patterns = terms.map((t) => ({
		term: t,
		re: new RegExp(
			`(?<![\\p{L}\\p{N}])(${variants(t).map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
			'u',
		),
	}));
	const hits: string[] = [];
	for (const file of files) {
		const text = readText(file);
		for (const { term, re } of patterns) {
			const match = re.exec(text);
			if (match)
				hits.push(
					`${path.relative(dist, file)}: "${term}" in …${text.slice(Math.max(0, match.index - 40), match.index + 40)}…`,
				);
		}
	}
	assert.deepEqual(hits, []);
});
