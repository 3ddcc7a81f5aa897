import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { GOOD, copyOfGood } from '../helpers/trees.ts';

/** Runs a project script with the project's Node against a content tree. */
function run(script: string, args: string[], contentDir: string, env: Record<string, string> = {}) {
	const result = spawnSync(process.execPath, [script, ...args], {
		env: { ...process.env, KB_CONTENT_DIR: contentDir, ...env },
		encoding: 'utf8',
	});
	return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

test('scaffold into a pillar with a hub → draft passes → break it five ways → one check run reports all five → publish → clean', () => {
	const root = copyOfGood();
	// The lcm pillar has a hub (alpha), which must link every published note of the pillar but not drafts.
	const made = run('scripts/new-note.ts', ['Node pool quotas', '--pillar', 'lcm'], root);
	assert.equal(made.status, 0, made.out);
	const file = path.join(root, 'notes/lcm/node-pool-quotas.mdx');
	assert.match(made.out, /Created .*notes\/lcm\/node-pool-quotas\.mdx/);
	const fresh = run('scripts/check.ts', [], root);
	assert.equal(fresh.status, 0, `a fresh scaffold passes the check\n${fresh.out}`);
	assert.match(fresh.out, /\b0 errors\b/);

	const scaffold = fs.readFileSync(file, 'utf8');
	const broken = scaffold
		.replace('pillar: lcm', 'pillar: nodes') // 1. schema
		.replace('Write here.', 'See [[alpha hub#no-such-heading]] and [[gamma sidecar]].') // 2, 3. heading and target
		.replace(
			'## How it works',
			'A fact. <Cite src="fixture-deck" at="slide 99" />\n\n#### How it works',
		); // 4, 5. position, heading order
	fs.writeFileSync(file, broken);
	const checked = run('scripts/check.ts', [], root);
	assert.equal(checked.status, 1);
	const rel = path.relative(process.cwd(), file).split(path.sep).join('/');
	const lineOf = (text: string, needle: string) =>
		text.split('\n').findIndex((l) => l.includes(needle)) + 1;
	const expectations: [number, RegExp][] = [
		[lineOf(broken, 'pillar: nodes'), /field "pillar": expected one of/],
		[lineOf(broken, 'no-such-heading'), /unknown heading "#no-such-heading"/],
		[
			lineOf(broken, 'gamma sidecar'),
			/unknown link target "gamma sidecar".*did you mean "Gamma sidecars"/,
		],
		[lineOf(broken, 'slide 99'), /unknown position "slide 99" in source "fixture-deck"/],
		[lineOf(broken, '#### How'), /heading level jumps from h2 to h4/],
	];
	for (const [line, message] of expectations) {
		const hit = checked.out
			.split('\n')
			.find((l) => l.startsWith(`${rel}:${line}:`) && message.test(l));
		assert.ok(hit, `expected ${rel}:${line} ${message}\n${checked.out}`);
	}
	assert.match(checked.out, /\b5 errors\b/);

	// Publishing with scaffold text left in is an error at each place, and the hub must now link the note.
	const published = scaffold.replace('status: draft', 'status: published');
	fs.writeFileSync(file, published);
	const early = run('scripts/check.ts', [], root);
	assert.equal(early.status, 1);
	assert.match(
		early.out,
		new RegExp(
			`${rel}:${lineOf(published, 'Write here.')}:1  scaffold text left in a published note: "Write here\\."`,
		),
	);
	assert.match(early.out, /hub does not link node-pool-quotas/);

	const finished = published
		.replace(
			/summary: .*/,
			'summary: "How the platform caps the number of nodes each team may run in its node pools."',
		)
		.replace(
			'Start with why this matters to the platform team, then explain how it works.',
			'Quotas keep one team from taking every node.',
		)
		.replace(
			'Write here.',
			'Every week the team checks versions against upstream, see [[alpha hub#how-it-works]]. <Cite src="fixture-talk" at="00:00:05" />',
		)
		.replace('A question a new hire should be able to answer?', 'Who sets the quota?')
		.replace('The answer, in one to three sentences.', 'The platform team, per team.');
	fs.writeFileSync(file, finished);
	const hub = path.join(root, 'notes/lcm/alpha.mdx');
	fs.appendFileSync(hub, '\nTeams also get [[node-pool-quotas|node pool quotas]].\n');
	const clean = run('scripts/check.ts', [], root);
	assert.equal(clean.status, 0, clean.out);
	assert.match(clean.out, /0 errors, 0 warnings/);
});

test('the scaffold refuses an existing slug and an unknown pillar, saying what to do', () => {
	const root = copyOfGood();
	const taken = run('scripts/new-note.ts', ['Alpha', '--pillar', 'lcm'], root);
	assert.equal(taken.status, 1);
	assert.match(taken.out, /a note with the slug "alpha" already exists: .*notes\/lcm\/alpha\.mdx/);
	const pillar = run('scripts/new-note.ts', ['Fresh note', '--pillar', 'security'], root);
	assert.equal(pillar.status, 1);
	assert.match(
		pillar.out,
		/--pillar must be one of lcm, cicd, bluegreen, istio, kubernetes, operations, platform \(got "security"\)/,
	);
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

test('report:stale lists overdue notes with their owners, and the version-sensitive facts due for a check', () => {
	const out = run('scripts/report-stale.ts', [], GOOD, { KB_TODAY: '2026-12-01' }).out;
	assert.match(out, /1 of 3 published notes are past their review date \(as of 2026-12-01\)/);
	assert.match(
		out,
		/2024-07-15 {2}platform-team +.*notes\/istio\/gamma\.mdx {2}\(reviewed 2024-01-15\)/,
	);
	assert.match(
		out,
		/1 version-sensitive facts are recorded \(checkFacts\); 1 due for a check against upstream/,
	);
	assert.match(
		out,
		/2025-07-01 {2}.*notes\/lcm\/beta\.mdx:\d+:\d+ {2}PodDisruptionBudget is policy\/v1 since Kubernetes 1\.21 {2}\(checked 2025-01-01; https:\/\/kubernetes\.io\//,
	);
});

test('npm run review records a fact-check with a digest; report:stale lists notes with none, and a note changed after its review', () => {
	const root = copyOfGood();
	const reviewed = run(
		'scripts/review-note.ts',
		['alpha', '--by', 'fact-check agent', '--citations', '1', '--facts', '0', '--findings', '0'],
		root,
		{ KB_TODAY: '2026-12-02' },
	);
	assert.equal(reviewed.status, 0, reviewed.out);
	const file = path.join(root, 'notes/lcm/alpha.mdx');
	assert.match(
		fs.readFileSync(file, 'utf8'),
		/\nreviewed: 2026-12-02\nreview: \{ by: "fact-check agent", citations: 1, facts: 0, findings: 0, digest: [0-9a-f]{12} \}\n/,
	);
	assert.equal(run('scripts/check.ts', [], root).status, 0, 'the record passes the schema');
	let out = run('scripts/report-stale.ts', [], root, { KB_TODAY: '2026-12-02' }).out;
	assert.match(out, /2 of 3 published notes need a fact-check/);
	assert.match(out, /no review +platform-team +.*notes\/lcm\/beta\.mdx/);
	assert.doesNotMatch(out, /notes\/lcm\/alpha\.mdx/);
	fs.appendFileSync(file, '\nA sentence added after the review.\n');
	out = run('scripts/report-stale.ts', [], root, { KB_TODAY: '2026-12-02' }).out;
	assert.match(out, /3 of 3 published notes need a fact-check/);
	assert.match(out, /changed since 2026-12-02 +platform-team +.*notes\/lcm\/alpha\.mdx/);
});
