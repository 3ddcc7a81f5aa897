/**
 * The records are replaced as a set. The ingest CLI is run as a child process that kills itself
 * right after its 1st, 2nd, 3rd … change to the file system (tests/ingest/kill-after.ts), until a
 * run gets through: after every kill content/sources/ holds the old set or the new set (or, between
 * the two renames of the swap, nothing), never a mix, nothing hidden is left inside content/, and
 * the next run, even one that fails, repairs whatever was left (it may complete a write that had
 * passed its commit point: old then becomes new, never the other way).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { recoverSources } from '../../scripts/ingest/write-records.ts';
import { SEEDS, contentTree, fixtureConfig, ingestCli, snapshot } from './setup.ts';
import { tempDir } from '../helpers/temp.ts';

const HOOK = path.resolve('tests/ingest/kill-after.ts');

/** Every path under `dir` with a part that starts with a dot. */
const hidden = (dir: string) =>
	fs
		.readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.split(path.sep).some((part) => part.startsWith('.')));

test('atomic: a kill after any step leaves the old set or the new set, never a mix, and the next run repairs it', () => {
	const config = fixtureConfig();
	// The old set: records from an earlier ingest, and a record ingest does not write, which stays.
	const template = contentTree(config);
	for (const f of fs.readdirSync(template.sources))
		fs.writeFileSync(path.join(template.sources, f), `{"old": "${f}"}\n`);
	fs.writeFileSync(path.join(template.sources, 'kept-as-is.json'), '{"kept": true}\n');
	const oldSet = snapshot(template.sources);
	const fresh = tempDir('kb-fresh-');
	fs.cpSync(template.content, fresh, { recursive: true });
	assert.equal(ingestCli(SEEDS, fresh, config).status, 0);
	const newSet = snapshot(path.join(fresh, 'sources'));
	assert.notDeepEqual(newSet, oldSet);
	const empty = tempDir('kb-empty-');

	let kills = 0;
	let sawNew = false;
	let checkedCli = false;
	for (let step = 1; step < 500; step++) {
		const root = tempDir('kb-kill-');
		const content = path.join(root, 'content');
		fs.cpSync(template.content, content, { recursive: true });
		const sources = path.join(content, 'sources');
		const run = ingestCli(SEEDS, content, config, { KB_TEST_KILL_AFTER: String(step) }, [
			'--import',
			HOOK,
		]);
		if (run.status === 0) {
			assert.deepEqual(snapshot(sources), newSet, 'a run that gets through writes the new set');
			assert.deepEqual(fs.readdirSync(root), ['content'], 'and leaves nothing beside content/');
			assert.deepEqual(hidden(content), [], 'or inside it');
			break;
		}
		assert.equal(run.signal, 'SIGKILL', `step ${step}: ${run.stderr}`);
		kills++;
		const state = fs.existsSync(sources) ? snapshot(sources) : 'none';
		const which = isDeepStrictEqual(state, oldSet)
			? 'old'
			: isDeepStrictEqual(state, newSet)
				? 'new'
				: state;
		assert.ok(
			which === 'old' || which === 'new' || which === 'none',
			`killed after step ${step}: content/sources/ is a mix: ${JSON.stringify(Object.keys(state))}`,
		);
		assert.ok(!(sawNew && which === 'old'), `killed after step ${step}: back to the old set`);
		sawNew ||= which === 'new';
		assert.deepEqual(hidden(content), [], `killed after step ${step}: hidden files in content/`);

		// The next run repairs first, even when it then fails for its own reasons: a whole CLI run
		// for the first kill that left nothing in place, the repair it starts with for the others.
		if (which === 'none' && !checkedCli) {
			checkedCli = true;
			const next = ingestCli(empty, content, config);
			assert.equal(next.status, 1, next.stderr);
			assert.match(next.stderr, /no raw files in this folder/);
		} else recoverSources(sources);
		const repaired = snapshot(sources);
		assert.ok(
			isDeepStrictEqual(repaired, oldSet) || isDeepStrictEqual(repaired, newSet),
			`killed after step ${step}, then repaired: a mix`,
		);
		if (which === 'new')
			assert.deepEqual(repaired, newSet, `killed after step ${step}: the repair went back`);
		assert.deepEqual(fs.readdirSync(root), ['content'], `step ${step}: left beside content/`);
		assert.deepEqual(hidden(content), [], `step ${step}: left inside content/`);
		fs.rmSync(root, { recursive: true, force: true });
	}
	assert.ok(kills >= 5, `only ${kills} steps were killed: the hook did not take`);
	assert.ok(sawNew, 'some kill came after the new set was in place');
	assert.ok(checkedCli, 'a failing run repaired a swap it found half done');
});

test('atomic: a hidden staging folder left inside content/sources/ by an interrupted older ingest is cleaned up', () => {
	const config = fixtureConfig();
	const tree = contentTree(config);
	const fresh = snapshot(tree.sources);
	// What the previous writer left when killed in its rename phase: a backup and a staged record.
	const staging = path.join(tree.sources, '.ingest-Ab12Cd');
	fs.mkdirSync(staging);
	fs.renameSync(
		path.join(tree.sources, 'fixture-talk.json'),
		path.join(staging, 'fixture-talk.json.old'),
	);
	fs.copyFileSync(
		path.join(staging, 'fixture-talk.json.old'),
		path.join(tree.sources, 'fixture-talk.json'),
	);
	fs.writeFileSync(path.join(staging, 'fixture-deck.json'), '{"staged": true}\n');
	const run = ingestCli(SEEDS, tree.content, config);
	assert.equal(run.status, 0, run.stderr);
	assert.deepEqual(hidden(tree.content), []);
	assert.deepEqual(snapshot(tree.sources), fresh);
});

test('atomic: a second ingest while one is writing is refused, and changes nothing', () => {
	const config = fixtureConfig();
	const tree = contentTree(config);
	// The work folder of a run that is still going: its owner, this test's process, is alive.
	const work = path.join(tree.root, '.content-sources.ingest');
	fs.mkdirSync(work);
	fs.writeFileSync(path.join(work, 'owner'), `${process.pid}\n`);
	const before = snapshot(tree.root);
	const run = ingestCli(SEEDS, tree.content, config);
	assert.equal(run.status, 1, run.stdout + run.stderr);
	assert.match(run.stderr, /^ingest: \S+: another ingest \(process \d+\) is writing /);
	assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
	assert.deepEqual(snapshot(tree.root), before);
});
