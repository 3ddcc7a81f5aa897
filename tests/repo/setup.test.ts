import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';

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
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-setup-'));
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
