import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { checkContent } from '../../src/pipeline/index.ts';
import { formatDiagnostic } from '../../src/lib/diagnostics.ts';
import { GOOD, copyOfGood, treeWith } from '../helpers/trees.ts';

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
	{ fixture: 'wordless-citation.mdx', folder: 'notes', line: 8, message: /the cited segment \(Slide 2\) shares no word with the sentence it supports: "Citadel signed/ },
	{ fixture: 'misquote.mdx', folder: 'notes', line: 8, message: /quote not found in fixture-deck at Slide 2: "replaces every pod at once"/ },
	{ fixture: 'unknown-diagram.mdx', folder: 'notes', line: 8, message: /unknown diagram "fixture-flwo".*did you mean "fixture-flow"/ },
	{ fixture: 'mdx-syntax.mdx', folder: 'notes', line: 8, message: /MDX syntax error/ },
	{ fixture: 'path-order.yaml', folder: 'paths', line: 5, message: /steps: "beta" comes before its prerequisite "alpha"/ },
	{ fixture: 'path-part.yaml', folder: 'paths', line: 6, message: /unknown part "basic"; the parts are "basics"/ },
	{ fixture: 'invalid-yaml-block.mdx', folder: 'notes', line: 13, message: /invalid YAML in code block/ },
	{ fixture: 'removed-api.mdx', folder: 'notes', line: 9, message: /removed apiVersion "policy\/v1beta1" in code block {2}\(use policy\/v1/ },
	{ fixture: 'heading-skip.mdx', folder: 'notes', line: 11, message: /heading level jumps from h2 to h4/ },
	{ fixture: 'table-missing-cell.mdx', folder: 'notes', line: 12, message: /table row has 2 cells, its header has 3: a cell is missing/ },
	{ fixture: 'image-no-alt.mdx', folder: 'notes', line: 9, message: /image "\/diagram\.png" has no alt text/ },
	{ fixture: 'no-citation.mdx', folder: 'notes', line: 2, message: /factual note without a citation/ },
	{ fixture: 'hub-missing-link.mdx', folder: 'notes', line: 6, message: /hub does not link gamma/ },
	{ fixture: 'glossary-unknown-note.yaml', folder: 'glossary', line: 3, message: /field "note": unknown note "no-such-note"/ },
	{ fixture: 'glossary-bad-source.yaml', folder: 'glossary', line: 5, message: /field "sources": unknown position "slide 42" in source "fixture-deck"/ },
	// Notes are content, not code: nothing that could run or load anything passes.
	{ fixture: 'import-export.mdx', folder: 'notes', line: 9, message: /"import fs from 'node:fs'": notes cannot import or export/ },
	{ fixture: 'import-export.mdx', folder: 'notes', line: 11, message: /\{fs\.readFileSync\('\/etc\/passwd', 'utf8'\)\}: notes cannot run expressions/ },
	{ fixture: 'import-export.mdx', folder: 'notes', line: 13, message: /"export const leaked = .*": notes cannot import or export/ },
	{ fixture: 'raw-html.mdx', folder: 'notes', line: 9, message: /<script> is not allowed in notes/ },
	{ fixture: 'raw-html.mdx', folder: 'notes', line: 11, message: /<iframe> is not allowed in notes/ },
	{ fixture: 'raw-html.mdx', folder: 'notes', line: 13, message: /<object> is not allowed in notes/ },
	{ fixture: 'raw-html.mdx', folder: 'notes', line: 15, message: /<embed> is not allowed in notes/ },
	{ fixture: 'raw-html.mdx', folder: 'notes', line: 17, message: /<style> is not allowed in notes/ },
	{ fixture: 'raw-html.mdx', folder: 'notes', line: 19, message: /<details> has no attribute "onToggle"/ },
	{ fixture: 'raw-html.mdx', folder: 'notes', line: 19, message: /<details> has no attribute "style"/ },
	{ fixture: 'unsafe-urls.mdx', folder: 'notes', line: 9, message: /link to "javascript:alert\(1\)" is refused/ },
	{ fixture: 'unsafe-urls.mdx', folder: 'notes', line: 11, message: /image to "data:image\/svg\+xml;base64,.*" is refused/ },
	{ fixture: 'unsafe-urls.mdx', folder: 'notes', line: 13, message: /link to "JaVa%09Script:alert\(1\)" is refused/ },
	// Messages that say what to write instead.
	{ fixture: 'invalid-citation.mdx', folder: 'notes', line: 8, message: /unknown source "fixture-tlak"/ },
	{ fixture: 'short-time.mdx', folder: 'notes', line: 8, message: /"0:40" is not a position in "fixture-talk": times are written HH:MM:SS {2}\(write at="00:00:40"\)/ },
	{ fixture: 'misquote-elsewhere.mdx', folder: 'notes', line: 8, message: /quote not found in fixture-deck at Slide 1: "replaces pods gradually" {2}\(the words occur at Slide 2 \(at="slide 2"\): cite that segment\)/ },
	{ fixture: 'directive.mdx', folder: 'notes', line: 9, message: /":::caution" directives are not supported {2}\(write <Callout type="caution">/ },
	// Element names are looked up as the registry's own keys: no JavaScript object property is an element.
	{ fixture: 'prototype-names.mdx', folder: 'notes', line: 9, message: /<constructor> is not allowed in notes/ },
	{ fixture: 'prototype-names.mdx', folder: 'notes', line: 11, message: /<__proto__> is not allowed in notes/ },
	{ fixture: 'prototype-names.mdx', folder: 'notes', line: 13, message: /notes cannot run expressions/ },
	// A glossary name that links itself must mean one thing.
	{ fixture: 'glossary-duplicate.yaml', folder: 'glossary', line: 3, message: /"sidecar proxy" is claimed by both .*glossary-duplicate\.yaml and .*sidecar\.yaml/ },
	// A shown name is a real name: a misspelling goes in searchOnly.
	{ fixture: 'glossary-misspelt-alias.yaml', folder: 'glossary', line: 3, message: /aliases: "kubernates" looks like a misspelling of "Kubernetes" {2}\(move "kubernates" to searchOnly/ },
	{ fixture: 'misspelt-alias.mdx', folder: 'notes', line: 5, message: /aliases: "node pool rotaton" looks like a misspelling of "Node pool rotation"/ },
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

test('prerequisite cycles are errors naming the cycle, for two notes and for three', () => {
	const root = copyOfGood();
	const note = (slug: string, prerequisites: string[]) =>
		fs.writeFileSync(
			path.join(root, 'notes/lcm', `${slug}.mdx`),
			`---\ntitle: ${slug}\nsummary: A note in a prerequisite cycle, for the test.\npillar: lcm\nprerequisites: [${prerequisites.join(', ')}]\nreviewed: 2026-11-21\nsourced: false\nstatus: draft\n---\n\nText.\n`,
		);
	note('cycle-a', ['cycle-b']);
	note('cycle-b', ['cycle-a']);
	note('ring-a', ['ring-b']);
	note('ring-b', ['ring-c']);
	note('ring-c', ['ring-a']);
	const cycles = checkContent(root)
		.diagnostics.map(formatDiagnostic)
		.filter((d) => d.includes('prerequisite cycle'));
	assert.equal(cycles.length, 2, cycles.join('\n'));
	assert.ok(cycles.some((c) => /cycle-a\.mdx:5:\d+ {2}prerequisite cycle: cycle-a → cycle-b → cycle-a/.test(c)), cycles.join('\n'));
	assert.ok(cycles.some((c) => /ring-a\.mdx:5:\d+ {2}prerequisite cycle: ring-a → ring-b → ring-c → ring-a/.test(c)), cycles.join('\n'));
});

test('a block marked historical may show a removed API; only the unmarked one is reported', () => {
	const { root } = treeWith('removed-api.mdx', 'notes');
	const api = checkContent(root).diagnostics.filter((d) => /apiVersion/.test(d.message));
	assert.equal(api.length, 1);
	assert.match(api[0]!.message, /policy\/v1beta1/);
});

test('a note whose only citation is invalid is told about that citation, not that it has none', () => {
	const { root } = treeWith('invalid-citation.mdx', 'notes');
	const messages = checkContent(root).diagnostics.map(formatDiagnostic);
	assert.ok(messages.some((m) => /invalid-citation\.mdx:8:\d+ {2}unknown source/.test(m)), messages.join('\n'));
	assert.ok(!messages.some((m) => /factual note without a citation/.test(m)), messages.join('\n'));
});

test('a title past 70 characters is a warning at its line, not an error: the page still builds', () => {
	const { root } = treeWith('long-title.mdx', 'notes');
	const found = checkContent(root).diagnostics.filter((d) => d.file.endsWith('long-title.mdx'));
	assert.deepEqual(
		found.map((d) => [d.severity, d.line, d.message]),
		[['warning', 2, 'the title is 79 characters; a page title over 70 is cut in browser tabs and search results']],
	);
});

test('a glossary term may point at a draft note (written in the same pull request): a warning, not an error', () => {
	const { root, file } = treeWith('glossary-draft-note.yaml', 'glossary');
	const found = checkContent(root).diagnostics.filter((d) => d.file.endsWith('glossary-draft-note.yaml'));
	assert.deepEqual(
		found.map((d) => [d.severity, d.line, d.message]),
		[['warning', 3, 'field "note": "quokka-draft" is a draft, so this term is left out of the site until that note is published']],
		path.basename(file),
	);
	assert.match(formatDiagnostic(found[0]!), /:3:7 {2}warning: field "note"/);
});
