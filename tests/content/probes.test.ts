/**
 * The hardening probes (issue 21): hostile or broken content that the check must refuse with one
 * line per problem naming file:line:col, never a crash, a stall or a silent pass. Each case
 * failed on the check before the fix.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { checkContent } from '../../src/pipeline/index.ts';
import { formatDiagnostic } from '../../src/lib/diagnostics.ts';
import { GOOD } from '../helpers/trees.ts';
import { tempDir } from '../helpers/temp.ts';

const PROBES = path.resolve('tests/fixtures/probes');

/** A copy of the good fixture tree at `<tmp>/content`, so the folder beside it is the tree's own. */
function freshTree(): string {
	const root = path.join(tempDir('kb-probe-'), 'content');
	fs.cpSync(GOOD, root, { recursive: true });
	return root;
}

function withFile(root: string, folder: string, name: string, text: string): string {
	const file = path.join(root, folder, name);
	fs.mkdirSync(path.dirname(file), { recursive: true });
	fs.writeFileSync(file, text);
	return path.relative(process.cwd(), file).split(path.sep).join('/');
}

const errorsOf = (root: string) =>
	checkContent(root)
		.diagnostics.filter((d) => d.severity === 'error')
		.map(formatDiagnostic);

function expectLine(lines: string[], file: string, line: number, message: RegExp): void {
	const hit = lines.find((l) => l.startsWith(`${file}:${line}:`) && message.test(l));
	assert.ok(hit, `expected ${file}:${line}: ${message}\ngot:\n${lines.join('\n')}`);
}

/** Fixture, folder, and every line the report must hold for it. */
const CASES: { fixture: string; folder: string; expect: [number, RegExp][] }[] = [
	{
		fixture: 'alias-bomb.yaml',
		folder: 'glossary',
		expect: [[5, /invalid YAML: too many aliases .*\(write the values out instead of using anchors/]],
	},
	{
		fixture: 'alias-bomb.mdx',
		folder: 'notes/lcm',
		expect: [[9, /invalid YAML: too many aliases/]],
	},
	{
		fixture: 'unknown-tag.yaml',
		folder: 'glossary',
		expect: [[3, /invalid YAML: unknown tag tag:yaml\.org,2002:js\/function {2}\(remove the tag/]],
	},
	{
		fixture: 'yaml-version.yaml',
		folder: 'paths',
		expect: [[1, /invalid YAML: Unsupported YAML version 1\.3/]],
	},
	{
		fixture: 'path-step-typo.yaml',
		folder: 'paths',
		expect: [[5, /unknown field "minuts" {2}\(did you mean "minutes"\?\)/]],
	},
	{
		fixture: 'glossary-source-typo.yaml',
		folder: 'glossary',
		expect: [[5, /unknown field "qoute" {2}\(did you mean "quote"\?\)/]],
	},
	{
		fixture: 'unsafe-note-urls.mdx',
		folder: 'notes/lcm',
		expect: [
			[9, /link to "\/\/evil\.example\/login" is refused/],
			[11, /image "https:\/\/images\.example\/chart\.png" is on another site: .*\(copy the picture into public\//],
			[13, /image to "\/\/cdn\.example\/chart\.png" is refused {2}\(write the full https:\/\/ address/],
			[15, /link to "\/\/\/evil\.example\/login" is refused/],
		],
	},
];

for (const { fixture, folder, expect } of CASES) {
	test(`probe: ${fixture} is refused at its line`, () => {
		const root = freshTree();
		const file = withFile(root, folder, fixture, fs.readFileSync(path.join(PROBES, fixture), 'utf8'));
		const lines = errorsOf(root);
		for (const [line, message] of expect) expectLine(lines, file, line, message);
		// Nothing else in the note is refused: the safe links and the local image pass.
		const own = lines.filter((l) => l.startsWith(`${file}:`) && !/hub does not link/.test(l));
		if (fixture === 'unsafe-note-urls.mdx') assert.equal(own.length, expect.length, own.join('\n'));
	});
}

/** The fixture deck with `change` applied, written as ingest writes records (tabs, one field a line). */
function sourceWith(change: (record: Record<string, unknown>) => Record<string, unknown>): string {
	const record = JSON.parse(fs.readFileSync(path.join(GOOD, 'sources/fixture-deck.json'), 'utf8'));
	return `${JSON.stringify(change(record), null, '\t')}\n`;
}

for (const origin of [
	'javascript:alert(1)',
	'JavaScript:alert(document.domain)//https://example.org/',
	'data:text/html,<script>alert(1)</script>',
	'vbscript:msgbox(1)',
	'//evil.example/talk',
	'file:///etc/passwd',
	'ftp://example.org/talk.mp4',
]) {
	test(`probe: a source whose origin is ${JSON.stringify(origin)} is refused at its line`, () => {
		const root = freshTree();
		const file = withFile(root, 'sources', 'probe-origin.json', sourceWith((r) => ({ title: r.title, origin, ...r })));
		expectLine(errorsOf(root), file, 3, /field "origin": expected an https:\/\/ or http:\/\/ address/);
	});
}

test('probe: a source origin on https passes', () => {
	const root = freshTree();
	withFile(root, 'sources', 'probe-origin.json', sourceWith((r) => ({ title: r.title, origin: 'https://example.org/talk', ...r })));
	assert.deepEqual(errorsOf(root), []);
});

test('probe: unknown fields in a source record and in its segments are errors with a did-you-mean', () => {
	const root = freshTree();
	const file = withFile(
		root,
		'sources',
		'probe-fields.json',
		sourceWith((r) => {
			const [first, ...rest] = r.segments as Record<string, unknown>[];
			return { title: r.title, orgin: 'https://example.org/talk', ...r, segments: [{ ...first, txet: 'x' }, ...rest] };
		}),
	);
	const lines = errorsOf(root);
	expectLine(lines, file, 3, /unknown field "orgin" {2}\(did you mean "origin"\?\)/);
	assert.ok(
		lines.some((l) => l.startsWith(`${file}:`) && /unknown field "txet" {2}\(did you mean "text"\?\)/.test(l)),
		lines.join('\n'),
	);
});

/** A tree whose sources were mid-swap when ingest was killed: content/sources/ gone, both sets in the work folder. */
function interruptedTree(stage: 'between-renames' | 'before-swap'): string {
	const root = freshTree();
	const work = path.join(path.dirname(root), `.content-sources.ingest`);
	fs.mkdirSync(work);
	fs.writeFileSync(path.join(work, 'owner'), '999999999\n');
	fs.cpSync(path.join(root, 'sources'), path.join(work, 'new'), { recursive: true });
	fs.writeFileSync(path.join(work, 'commit'), 'the new set in new/ is complete\n');
	if (stage === 'between-renames') fs.renameSync(path.join(root, 'sources'), path.join(work, 'old'));
	return root;
}

test('probe: a kill between the two renames of ingest is explained in one line, not as missing sources', () => {
	const lines = checkContent(interruptedTree('between-renames')).diagnostics.map(formatDiagnostic);
	assert.equal(lines.length, 1, lines.join('\n'));
	assert.match(lines[0]!, /sources.*interrupted `npm run ingest`.*\(run `npm run ingest` again/);
});

test('probe: a left-over ingest work folder is named, with what to do', () => {
	const lines = checkContent(interruptedTree('before-swap')).diagnostics.map(formatDiagnostic);
	assert.equal(lines.length, 1, lines.join('\n'));
	assert.match(lines[0]!, /\.content-sources\.ingest.*interrupted `npm run ingest`.*\(run `npm run ingest` again/);
});

test('probe: npm run check on an alias bomb exits 1 at once, one line naming the file, no stack trace', () => {
	const root = freshTree();
	const file = withFile(
		root,
		'glossary',
		'alias-bomb.yaml',
		fs.readFileSync(path.join(PROBES, 'alias-bomb.yaml'), 'utf8'),
	);
	const run = spawnSync(process.execPath, ['scripts/check.ts'], {
		encoding: 'utf8',
		env: { ...process.env, KB_CONTENT_DIR: root },
		timeout: 30_000,
	});
	assert.equal(run.status, 1, run.stdout + run.stderr);
	assert.doesNotMatch(run.stdout + run.stderr, /^\s+at /m, 'no stack trace');
	const problems = run.stdout.split('\n').filter((l) => l.startsWith(file));
	assert.equal(problems.length, 1, run.stdout);
	// The check's own time (Node's start-up, about a second on a quiet machine, comes on top).
	const ms = Number(/\((\d+) ms\)\s*$/.exec(run.stdout)?.[1]);
	assert.ok(ms < 1000, `the check took ${ms} ms`);
});
