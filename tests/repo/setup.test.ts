import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { tempDir } from '../helpers/temp.ts';

/**
 * The fresh install takes a minute or more, and only a change to package.json or the lock file
 * can change its outcome: it runs in CI always, and locally when either file differs from the
 * last run that passed (a stamp in node_modules/.cache).
 */
const STAMP = 'node_modules/.cache/platform-kb/setup-checked';
const installInputs = createHash('sha256')
	.update(fs.readFileSync('package.json'))
	.update(fs.readFileSync('package-lock.json'))
	.digest('hex');
const unchanged =
	!process.env.CI && fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8') === installInputs;

test('README’s set-up command leaves a fresh clone clean: the lock file is complete for every platform', (t) => {
	if (unchanged) {
		t.skip(
			'package.json and the lock file are unchanged since this check last passed (CI always runs it)',
		);
		return;
	}
	// The committed package.json and lock file, in a repository of their own, installed as a new editor would.
	const dir = tempDir('kb-setup-');
	for (const file of ['package.json', 'package-lock.json'])
		fs.copyFileSync(file, path.join(dir, file));
	const git = (...args: string[]) =>
		execFileSync('git', args, {
			cwd: dir,
			encoding: 'utf8',
			env: {
				...process.env,
				GIT_AUTHOR_NAME: 't',
				GIT_AUTHOR_EMAIL: 't@example.test',
				GIT_COMMITTER_NAME: 't',
				GIT_COMMITTER_EMAIL: 't@example.test',
			},
		});
	git('init', '-q');
	git('add', '.');
	git('commit', '-q', '-m', 'set-up');
	const install = spawnSync(
		'npm',
		['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts'],
		{ cwd: dir, encoding: 'utf8', timeout: 10 * 60_000 },
	);
	assert.equal(install.status, 0, install.stderr);
	assert.equal(
		git('status', '--porcelain', '--', 'package.json', 'package-lock.json'),
		'',
		'npm install rewrote the lock file: regenerate and commit it',
	);
	const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8')) as {
		packages: Record<string, { os?: string[] }>;
	};
	const systems = new Set(Object.values(lock.packages).flatMap((p) => p.os ?? []));
	for (const system of ['linux', 'darwin', 'win32'])
		assert.ok(systems.has(system), `the lock file has ${system} binaries`);
	fs.mkdirSync(path.dirname(STAMP), { recursive: true });
	fs.writeFileSync(STAMP, installInputs);
});

test('CI installs exactly from the lock file, and the workflow runs .ci/run’s commands with actions pinned by commit', () => {
	const ci = fs.readFileSync('.ci/run', 'utf8');
	assert.match(ci, /^npm ci\b/m);
	const workflow = parse(fs.readFileSync('.github/workflows/ci.yml', 'utf8')) as {
		jobs: Record<string, { steps: { run?: string; uses?: string }[] }>;
	};
	const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
	const runs = steps.map((s) => s.run ?? '').join('\n');
	for (const command of ci.split('\n').filter((l) => /^npm /.test(l)))
		assert.ok(
			runs.includes(command.replace(/ --no-audit --no-fund/, '')),
			`workflow runs "${command}"`,
		);
	for (const { uses } of steps.filter((s) => s.uses))
		assert.match(uses!, /@[0-9a-f]{40}$/, `${uses} is pinned by commit`);
	const dependabot = parse(fs.readFileSync('.github/dependabot.yml', 'utf8')) as {
		updates: { 'package-ecosystem': string }[];
	};
	assert.deepEqual(dependabot.updates.map((u) => u['package-ecosystem']).sort(), [
		'github-actions',
		'npm',
	]);
});

interface Workflow {
	name: string;
	on: Record<string, { workflows?: string[]; types?: string[] } | null>;
	permissions?: Record<string, string>;
	jobs: Record<
		string,
		{
			if?: string;
			permissions?: Record<string, string>;
			steps: { run?: string; uses?: string; with?: Record<string, unknown> }[];
		}
	>;
}
const workflow = (file: string) =>
	parse(fs.readFileSync(path.join('.github/workflows', file), 'utf8')) as Workflow;

test('every workflow pins its actions by commit and puts no ${{ }} expression inside a shell script', () => {
	for (const file of fs.readdirSync('.github/workflows')) {
		const steps = Object.values(workflow(file).jobs).flatMap((job) => job.steps);
		for (const { uses } of steps.filter((s) => s.uses))
			assert.match(uses!, /@[0-9a-f]{40}$/, `${file}: ${uses} is pinned by commit`);
		// Values from the event (a branch name, a title) reach scripts through env, never pasted in.
		for (const { run } of steps.filter((s) => s.run))
			assert.doesNotMatch(run!, /\$\{\{/, `${file}: a run step uses an expression`);
	}
});

test('the pull-request report runs with a read-only token and no secret; only the comment workflow, which runs no pull-request code, may write', async () => {
	const { MARKER } = await import('../../scripts/lib/pr-report.ts');
	const raw = (file: string) => fs.readFileSync(path.join('.github/workflows', file), 'utf8');
	const report = workflow('pr-report.yml');
	assert.deepEqual(
		Object.keys(report.on),
		['pull_request'],
		'pull_request, never pull_request_target',
	);
	assert.deepEqual(report.permissions, { contents: 'read' });
	assert.doesNotMatch(raw('pr-report.yml'), /secrets\./);
	const steps = Object.values(report.jobs).flatMap((job) => {
		assert.equal(job.permissions, undefined, 'no job widens the token');
		return job.steps;
	});
	const runs = steps.map((s) => s.run ?? '').join('\n');
	assert.match(
		runs,
		/npm run -s report:pr -- .* --annotations - /,
		'the workflow only runs the script',
	);
	assert.ok(
		steps.some(
			(s) => s.uses?.startsWith('actions/upload-artifact@') && s.with?.name === 'pr-report',
		),
	);

	const comment = workflow('pr-report-comment.yml');
	assert.deepEqual(comment.on, {
		workflow_run: { workflows: [report.name], types: ['completed'] },
	});
	assert.deepEqual(comment.permissions, {});
	for (const job of Object.values(comment.jobs)) {
		assert.deepEqual(job.permissions, { actions: 'read', 'pull-requests': 'write' });
		assert.match(job.if ?? '', /workflow_run\.conclusion == 'success'/);
		for (const step of job.steps) {
			assert.equal(
				step.uses,
				undefined,
				'no checkout, no action: nothing from the pull request runs',
			);
			assert.doesNotMatch(step.run ?? '', /\bnpm\b|\bnode\b/);
		}
	}
	assert.ok(
		raw('pr-report-comment.yml').includes(`marker='${MARKER}'`),
		'finds its comment by the report’s marker',
	);
});
