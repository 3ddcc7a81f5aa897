import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse } from 'yaml';
import { GOOD } from '../helpers/trees.ts';

/** Runs a project script with the project's Node against a content tree. */
function run(script: string, args: string[], contentDir: string, env: Record<string, string> = {}) {
	const result = spawnSync(process.execPath, [script, ...args], { env: { ...process.env, KB_CONTENT_DIR: contentDir, ...env }, encoding: 'utf8' });
	return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

function copyOfFixture(): string {
	const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-editor-'));
	fs.cpSync(GOOD, root, { recursive: true });
	return root;
}

test('scaffold → break it five ways → one check run reports all five → fix → clean', () => {
	const root = copyOfFixture();
	const made = run('scripts/new-note.ts', ['Node pool quotas', '--pillar', 'bluegreen'], root);
	assert.equal(made.status, 0, made.out);
	const file = path.join(root, 'notes/bluegreen/node-pool-quotas.mdx');
	assert.match(made.out, /Created .*notes\/bluegreen\/node-pool-quotas\.mdx/);
	assert.equal(run('scripts/check.ts', [], root).status, 0, 'a fresh scaffold passes the check');

	const scaffold = fs.readFileSync(file, 'utf8');
	const broken = scaffold
		.replace('pillar: bluegreen', 'pillar: nodes') // 1. schema
		.replace('Write here.', 'See [[alpha hub#no-such-heading]] and [[gamma sidecar]].') // 2, 3. heading and target
		.replace('## How it works', 'A fact. <Cite src="fixture-deck" at="slide 99" />\n\n#### How it works'); // 4, 5. position, heading order
	fs.writeFileSync(file, broken);
	const checked = run('scripts/check.ts', [], root);
	assert.equal(checked.status, 1);
	const rel = path.relative(process.cwd(), file).split(path.sep).join('/');
	const lineOf = (needle: string) => broken.split('\n').findIndex((l) => l.includes(needle)) + 1;
	const expectations: [number, RegExp][] = [
		[lineOf('pillar: nodes'), /field "pillar": expected one of/],
		[lineOf('no-such-heading'), /unknown heading "#no-such-heading"/],
		[lineOf('gamma sidecar'), /unknown link target "gamma sidecar".*did you mean "Gamma sidecars"/],
		[lineOf('slide 99'), /unknown position "slide 99" in source "fixture-deck"/],
		[lineOf('#### How'), /heading level jumps from h2 to h4/],
	];
	for (const [line, message] of expectations) {
		const hit = checked.out.split('\n').find((l) => l.startsWith(`${rel}:${line}:`) && message.test(l));
		assert.ok(hit, `expected ${rel}:${line} ${message}\n${checked.out}`);
	}
	assert.match(checked.out, /\b5 errors\b/);

	const fixed = scaffold
		.replace('status: draft', 'status: published')
		.replace('Write here.', 'Releases start from the hub, see [[alpha hub#how-it-works]]. <Cite src="fixture-talk" at="00:00:05" />');
	fs.writeFileSync(file, fixed);
	const clean = run('scripts/check.ts', [], root);
	assert.equal(clean.status, 0, clean.out);
	assert.match(clean.out, /0 errors, 0 warnings/);
});

test('the scaffold refuses an existing slug and an unknown pillar, saying what to do', () => {
	const root = copyOfFixture();
	const taken = run('scripts/new-note.ts', ['Alpha', '--pillar', 'lcm'], root);
	assert.equal(taken.status, 1);
	assert.match(taken.out, /a note with the slug "alpha" already exists: .*notes\/lcm\/alpha\.mdx/);
	const pillar = run('scripts/new-note.ts', ['Fresh note', '--pillar', 'security'], root);
	assert.equal(pillar.status, 1);
	assert.match(pillar.out, /--pillar must be one of lcm, cicd, bluegreen, istio, kubernetes, operations, platform \(got "security"\)/);
	assert.equal(fs.existsSync(path.join(root, 'notes/security')), false);
});

test('check --links-to lists every reference to a note before a rename', () => {
	const out = run('scripts/check.ts', ['--links-to', 'alpha'], GOOD).out;
	assert.match(out, /notes\/lcm\/beta\.mdx:\d+:\d+ {2}wiki-link/);
	assert.match(out, /notes\/istio\/gamma\.mdx:\d+:\d+ {2}wiki-link/);
	assert.match(out, /notes\/lcm\/beta\.mdx:\d+:\d+ {2}prerequisites/);
	assert.match(out, /glossary\/hub\.yaml:3:7 {2}glossary note/);
	assert.match(out, /paths\/new-hire\.yaml:\d+:\d+ {2}path step/);
});

test('report:stale lists overdue notes with their owners', () => {
	const out = run('scripts/report-stale.ts', [], GOOD, { KB_TODAY: '2026-12-01' }).out;
	assert.match(out, /1 of 3 notes are past their review date \(as of 2026-12-01\)/);
	assert.match(out, /2024-07-15 {2}platform-team +.*notes\/istio\/gamma\.mdx {2}\(reviewed 2024-01-15\)/);
});

test('the GitHub workflow is valid YAML and runs the same commands as .ci/run', () => {
	const workflow = parse(fs.readFileSync('.github/workflows/ci.yml', 'utf8')) as { jobs: Record<string, { steps: { run?: string }[] }> };
	const runs = Object.values(workflow.jobs).flatMap((job) => job.steps.map((s) => s.run ?? '')).join('\n');
	const ci = fs.readFileSync('.ci/run', 'utf8');
	for (const command of ci.split('\n').filter((l) => /^npm /.test(l))) assert.ok(runs.includes(command), `workflow runs "${command}"`);
});
