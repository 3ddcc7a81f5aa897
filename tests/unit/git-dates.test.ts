import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { lastUpdated } from '../../src/lib/git-dates.ts';
import { tempDir } from '../helpers/temp.ts';

function git(cwd: string, args: string[], date?: string) {
	const env = {
		...process.env,
		GIT_AUTHOR_NAME: 't',
		GIT_AUTHOR_EMAIL: 't@example.test',
		GIT_COMMITTER_NAME: 't',
		GIT_COMMITTER_EMAIL: 't@example.test',
		...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
	};
	return execFileSync('git', args, {
		cwd,
		env,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'ignore'],
	});
}

/** A repository where old.mdx changed in 2025 and new.mdx in 2026. */
function repo(): string {
	const dir = tempDir('kb-git-');
	git(dir, ['init', '-q', '-b', 'main']);
	fs.mkdirSync(path.join(dir, 'notes'));
	fs.writeFileSync(path.join(dir, 'notes/old.mdx'), 'old');
	git(dir, ['add', '.']);
	git(dir, ['commit', '-qm', 'old'], '2025-03-01T10:00:00Z');
	fs.writeFileSync(path.join(dir, 'notes/new.mdx'), 'new');
	git(dir, ['add', '.']);
	git(dir, ['commit', '-qm', 'new'], '2026-06-01T10:00:00Z');
	return dir;
}

test('last-updated dates come from the last commit touching each file', () => {
	const dir = repo();
	const dates = lastUpdated(path.join(dir, 'notes'));
	assert.equal(dates.shallow, false);
	assert.equal(
		dates.get(path.join(dir, 'notes/old.mdx'))?.toISOString(),
		'2025-03-01T10:00:00.000Z',
	);
	assert.equal(
		dates.get(path.join(dir, 'notes/new.mdx'))?.toISOString(),
		'2026-06-01T10:00:00.000Z',
	);
});

test('in a shallow clone, files last changed behind the cut get no date instead of a wrong one', () => {
	const source = repo();
	const clone = tempDir('kb-shallow-');
	execFileSync('git', ['clone', '-q', '--depth', '1', `file://${source}`, clone], {
		stdio: 'ignore',
	});
	const dates = lastUpdated(path.join(clone, 'notes'));
	assert.equal(dates.shallow, true);
	assert.equal(dates.get(path.join(clone, 'notes/old.mdx')), undefined);
	assert.equal(
		dates.get(path.join(clone, 'notes/new.mdx')),
		undefined,
		'the boundary commit itself cannot be trusted either',
	);
});

test('a file with uncommitted changes is dated by its modification time', () => {
	const dir = repo();
	const file = path.join(dir, 'notes/new.mdx');
	fs.writeFileSync(file, 'edited');
	const mtime = fs.statSync(file).mtime;
	assert.equal(lastUpdated(path.join(dir, 'notes')).get(file)?.getTime(), mtime.getTime());
});
