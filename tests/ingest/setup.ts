/**
 * Shared by the ingest tests: temp seed folders, metadata and hashed rules built from the
 * fixtures, a content tree to ingest into, and the CLI run as a child process.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { parse, stringify } from 'yaml';
import { hashRules } from '../../scripts/ingest/hash-redactions.ts';
import { tempDir } from '../helpers/temp.ts';

export const FIXTURES = path.resolve('tests/fixtures');
export const SEEDS = path.join(FIXTURES, 'seeds');
export const META = path.join(FIXTURES, 'ingest-config/sources.yaml');
export const META_TEXT = fs.readFileSync(META, 'utf8');
const CLEAR_RULES = path.join(FIXTURES, 'ingest-config/redactions.clear.yaml');
const SALT = 'fixture-salt-0123456789';

/** Writes `text` to a new temp file named `name`; returns its path. */
export function tempFile(name: string, text: string | Buffer): string {
	const file = path.join(tempDir('kb-file-'), name);
	fs.writeFileSync(file, text);
	return file;
}

/** A seed folder with the fixture seeds, plus `extra` files (null removes a fixture). */
export function seedsWith(extra: Record<string, string | Buffer | null> = {}): string {
	const dir = tempDir('kb-seeds-');
	fs.cpSync(SEEDS, dir, { recursive: true });
	for (const [name, content] of Object.entries(extra)) {
		if (content === null) fs.rmSync(path.join(dir, name));
		else fs.writeFileSync(path.join(dir, name), content);
	}
	return dir;
}

/** The fixtures' clear-text rules, per source id. */
export const fixtureClearRules = () =>
	parse(fs.readFileSync(CLEAR_RULES, 'utf8')) as Record<string, Record<string, unknown>>;
/** The raw file of each fixture source that has rules. */
export const FIXTURE_RAW: Record<string, string> = {
	'fixture-interview': 'interview.txt',
	'fixture-notes': 'notes.txt',
};

/**
 * Clear-text rules hashed as `npm run redactions` does, into a temp file; line rules are placed
 * in `seeds`, whose raw file for each id `raw` names.
 */
export function hashedRules(
	clear: Record<string, object> = fixtureClearRules(),
	seeds = SEEDS,
	raw: Record<string, string> = FIXTURE_RAW,
): string {
	return tempFile(
		'redactions.yaml',
		stringify(hashRules(clear, SALT, (id) => fs.readFileSync(path.join(seeds, raw[id]!), 'utf8'))),
	);
}

export interface Config {
	meta: string;
	redactions: string;
}
export const fixtureConfig = (): Config => ({ meta: META, redactions: hashedRules() });

/** Runs the ingest CLI over `seeds` into the content tree `content`. */
export function ingestCli(
	seeds: string,
	content: string,
	config: Config,
	env: Record<string, string> = {},
	nodeArgs: string[] = [],
): SpawnSyncReturns<string> {
	return spawnSync(
		process.execPath,
		[
			...nodeArgs,
			'scripts/ingest/index.ts',
			seeds,
			'--meta',
			config.meta,
			'--redactions',
			config.redactions,
		],
		{ env: { ...process.env, KB_CONTENT_DIR: content, ...env }, encoding: 'utf8' },
	);
}

/** Every file and folder under `dir` with its bytes, to compare before and after. */
export const snapshot = (dir: string): Record<string, string> =>
	Object.fromEntries(
		fs
			.readdirSync(dir, { recursive: true, encoding: 'utf8' })
			.sort()
			.map((f) => {
				const stat = fs.lstatSync(path.join(dir, f));
				return [f, stat.isFile() ? fs.readFileSync(path.join(dir, f), 'hex') : 'dir'];
			}),
	);

/**
 * A root folder holding content/sources/ with the fixture records and a package.json beside
 * content/, so that a write anywhere under the root shows.
 */
export function contentTree(config: Config = fixtureConfig()) {
	const root = tempDir('kb-root-');
	const content = path.join(root, 'content');
	fs.mkdirSync(content);
	fs.writeFileSync(path.join(root, 'package.json'), '{ "name": "not-to-be-replaced" }\n');
	fs.mkdirSync(path.join(content, 'notes'));
	const first = ingestCli(SEEDS, content, config);
	assert.equal(first.status, 0, first.stderr);
	return { root, content, sources: path.join(content, 'sources') };
}

/**
 * Asserts a refusal: exit code 1, exactly one line on stderr matching `reason` (no stack
 * trace), and nothing under `root` changed.
 */
export function assertRefused(
	run: SpawnSyncReturns<string>,
	reason: RegExp,
	root: string,
	before: Record<string, string>,
): void {
	const output = `${run.stdout}${run.stderr}`;
	assert.equal(run.status, 1, `expected a refusal:\n${output}`);
	assert.equal(run.stderr.trim().split('\n').length, 1, `one line, no stack trace:\n${run.stderr}`);
	assert.match(run.stderr, reason);
	assert.match(run.stderr, /^ingest: /);
	assert.deepEqual(snapshot(root), before, `nothing changed after: ${run.stderr}`);
}
