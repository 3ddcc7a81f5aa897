import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { checkContent } from '../../src/pipeline/index.ts';
import { formatDiagnostic } from '../../src/lib/diagnostics.ts';
import { copyOfGood } from '../helpers/trees.ts';

/** A good tree with one diagram file added; returns the check's error lines and the file's name. */
function check(name: string, yaml: string): { lines: string[]; file: string } {
	const root = copyOfGood();
	const file = path.join(root, 'diagrams', name);
	fs.mkdirSync(path.dirname(file), { recursive: true });
	fs.writeFileSync(file, yaml);
	const lines = checkContent(root)
		.diagnostics.filter((d) => d.severity === 'error')
		.map(formatDiagnostic);
	return { lines, file: path.relative(process.cwd(), file).split(path.sep).join('/') };
}

const head = `title: A probe diagram
alt: A diagram written to probe the checks, with enough words to pass the alt text rule.
`;

test('a misspelt field in a flow diagram or one of its boxes is an error with a did-you-mean', () => {
	const { lines, file } = check(
		'probe-fields.yaml',
		`${head}kind: flow
width: -500
colums: []
columns:
  - [{ id: a, label: A, detial: second line }]
  - [{ id: b, label: B }]
edges: [[a, b]]
`,
	);
	assert.ok(
		lines.some((l) => l.startsWith(`${file}:4:`) && /unknown field "width"/.test(l)),
		lines.join('\n'),
	);
	assert.ok(
		lines.some((l) => l.startsWith(`${file}:5:`) && /unknown field "colums".*did you mean "columns"/.test(l)),
		lines.join('\n'),
	);
	assert.ok(
		lines.some((l) => l.startsWith(`${file}:7:`) && /unknown field "detial".*did you mean "detail"/.test(l)),
		lines.join('\n'),
	);
});

test('a misspelt field in a sequence step is an error with a did-you-mean', () => {
	const { lines, file } = check(
		'probe-steps.yaml',
		`${head}kind: sequence
participants: [A, B]
steps:
  - { from: A, to: B, lable: hello }
`,
	);
	assert.ok(
		lines.some((l) => l.startsWith(`${file}:6:`) && /unknown field "lable"/.test(l)),
		lines.join('\n'),
	);
});

test('size limits are checked before layout: 41 arrows give one line naming the limit', () => {
	const edges = Array.from({ length: 41 }, (_, i) => `  - [a, b, "edge ${i}"]`).join('\n');
	const { lines, file } = check(
		'probe-edges.yaml',
		`${head}kind: flow\ncolumns:\n  - [{ id: a, label: A }]\n  - [{ id: b, label: B }]\nedges:\n${edges}\n`,
	);
	const mine = lines.filter((l) => l.startsWith(file));
	assert.equal(mine.length, 1, mine.join('\n'));
	assert.match(mine[0]!, /probe-edges\.yaml:8:\d+ +field "edges": at most 40 arrows/);
});

test('long labels and too many boxes are refused with the limit', () => {
	const { lines, file } = check(
		'probe-long.yaml',
		`${head}kind: flow
columns:
  - [{ id: a, label: ${'x'.repeat(41)} }]
${Array.from({ length: 5 }, (_, c) => `  - [${Array.from({ length: 6 }, (_, r) => `{ id: c${c}r${r}, label: B }`).join(', ')}]`).join('\n')}
`,
	);
	assert.ok(lines.some((l) => l.startsWith(`${file}:5:`) && /40 characters/.test(l)), lines.join('\n'));
	assert.ok(lines.some((l) => l.startsWith(file) && /at most 24 boxes/.test(l)), lines.join('\n'));
});

test('npm run check on a tree with a 10,000-edge diagram exits 1 within 2 s, one line naming it', () => {
	const root = copyOfGood();
	const edges = Array.from({ length: 10_000 }, (_, i) => `  - [a, b, "edge ${i}"]`).join('\n');
	fs.writeFileSync(
		path.join(root, 'diagrams', 'probe-huge.yaml'),
		`${head}kind: flow\ncolumns:\n  - [{ id: a, label: A }]\n  - [{ id: b, label: B }]\nedges:\n${edges}\n`,
	);
	const started = performance.now();
	const run = spawnSync(process.execPath, ['scripts/check.ts'], {
		env: { ...process.env, KB_CONTENT_DIR: root },
		encoding: 'utf8',
	});
	const ms = performance.now() - started;
	assert.equal(run.status, 1, run.stderr);
	const lines = run.stdout.split('\n').filter((l) => l.includes('probe-huge.yaml'));
	assert.equal(lines.length, 1, run.stdout.slice(0, 2000));
	assert.match(lines[0]!, /probe-huge\.yaml:1:1 +file is \d+ kB; a diagram file is at most 16 kB/);
	// The check's own time (it prints it) is what the limit bounds; the process start around it
	// varies with the machine's load, so the wall clock only gets a loose bound.
	const own = Number(/\((\d+) ms\)\s*$/.exec(run.stdout)?.[1]);
	assert.ok(own < 2000, `the check took ${own} ms`);
	assert.ok(ms < 8000, `exited after ${Math.round(ms)} ms`);
});
