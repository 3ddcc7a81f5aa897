import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { checkContent } from '../../src/pipeline/index.ts';
import { formatDiagnostic } from '../../src/lib/diagnostics.ts';
import { GOOD, treeWith } from '../helpers/trees.ts';

/** Every kind of bad input, where it goes, and what the report must say (with its line). */
const CASES: { fixture: string; folder: string; line: number; message: RegExp }[] = [
	{ fixture: 'missing-title.mdx', folder: 'notes', line: 2, message: /missing required field "title"/ },
	{ fixture: 'unknown-field.mdx', folder: 'notes', line: 5, message: /unknown field "aliasses" {2}\(did you mean "aliases"\?\)/ },
	{ fixture: 'unknown-pillar.mdx', folder: 'notes', line: 4, message: /field "pillar": expected one of lcm, cicd, .* got "security"/ },
	{ fixture: 'broken-wiki-link.mdx', folder: 'notes', line: 10, message: /unknown link target "alpah hub" in \[\[alpah hub\]\].*did you mean "Alpha hub"/ },
	{ fixture: 'broken-heading-link.mdx', folder: 'notes', line: 8, message: /unknown heading "#how-it-work" in .*alpha\.mdx.*did you mean "#how-it-works"/ },
	{ fixture: 'duplicate-alias.mdx', folder: 'notes', line: 5, message: /"AH" is claimed by both .*(alpha|duplicate-alias)\.mdx and .*(alpha|duplicate-alias)\.mdx/ },
	{ fixture: 'invalid-date.mdx', folder: 'notes', line: 5, message: /field "reviewed": expected a date as YYYY-MM-DD, got "2026-02-30"/ },
	{ fixture: 'unknown-source.mdx', folder: 'notes', line: 8, message: /unknown source "fixture-tlak".*did you mean "fixture-talk"/ },
	{ fixture: 'unknown-anchor.mdx', folder: 'notes', line: 8, message: /unknown position "slide 42" in source "fixture-deck".*nearest valid positions/ },
	{ fixture: 'misquote.mdx', folder: 'notes', line: 8, message: /quote not found in fixture-deck at Slide 2: "replaces every pod at once"/ },
	{ fixture: 'unknown-diagram.mdx', folder: 'notes', line: 8, message: /unknown diagram "fixture-flwo".*did you mean "fixture-flow"/ },
	{ fixture: 'mdx-syntax.mdx', folder: 'notes', line: 8, message: /MDX syntax error/ },
	{ fixture: 'path-order.yaml', folder: 'paths', line: 4, message: /steps: "beta" comes before its prerequisite "alpha"/ },
	{ fixture: 'invalid-yaml-block.mdx', folder: 'notes', line: 13, message: /invalid YAML in code block/ },
	{ fixture: 'removed-api.mdx', folder: 'notes', line: 9, message: /removed apiVersion "policy\/v1beta1" in code block {2}\(use policy\/v1/ },
	{ fixture: 'heading-skip.mdx', folder: 'notes', line: 11, message: /heading level jumps from h2 to h4/ },
	{ fixture: 'image-no-alt.mdx', folder: 'notes', line: 9, message: /image "\/diagram\.png" has no alt text/ },
	{ fixture: 'no-citation.mdx', folder: 'notes', line: 2, message: /factual note without a citation/ },
	{ fixture: 'hub-missing-link.mdx', folder: 'notes', line: 6, message: /hub does not link gamma/ },
	{ fixture: 'glossary-unknown-note.yaml', folder: 'glossary', line: 3, message: /note: unknown note "no-such-note"/ },
];

test('the good fixture tree has no problems', () => {
	assert.deepEqual(checkContent(GOOD).diagnostics.map(formatDiagnostic), []);
});

for (const { fixture, folder, line, message } of CASES) {
	test(`bad input is reported with file and line: ${fixture}`, () => {
		const { root, file } = treeWith(fixture, folder);
		const cwd = process.cwd();
		const lines = checkContent(root).diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
		const expectedFile = path.relative(cwd, file).split(path.sep).join('/');
		const hit = lines.find((l) => l.startsWith(`${expectedFile}:${line}:`) && message.test(l));
		assert.ok(hit, `expected ${expectedFile}:${line}: ${message}\ngot:\n${lines.join('\n')}`);
	});
}

test('a block marked historical may show a removed API; only the unmarked one is reported', () => {
	const { root } = treeWith('removed-api.mdx', 'notes');
	const api = checkContent(root).diagnostics.filter((d) => /apiVersion/.test(d.message));
	assert.equal(api.length, 1);
	assert.match(api[0]!.message, /policy\/v1beta1/);
});
