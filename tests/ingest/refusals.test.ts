/**
 * What ingest refuses: sources without a privacy declaration, private sources without rules,
 * text that holds another source's private terms, ids that are not content ids (and paths that
 * would leave content/sources/), records over the content size limit, and malformed YAML. Each
 * refusal is one line on stderr and leaves the whole tree as it was.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { writeRecords } from '../../scripts/ingest/write-records.ts';
import {
	META_TEXT,
	SEEDS,
	assertRefused,
	contentTree,
	fixtureClearRules,
	fixtureConfig,
	hashedRules,
	ingestCli,
	seedsWith,
	snapshot,
	tempFile,
	FIXTURE_RAW,
} from './setup.ts';
import { tempDir } from '../helpers/temp.ts';

const NOTES = fs.readFileSync(path.join(SEEDS, 'notes.txt'), 'utf8');
/** 1-based line of the first line of `text` that starts with `start`. */
const lineOf = (text: string, start: string) =>
	text.split('\n').findIndex((l) => l.startsWith(start)) + 1;
/** A metadata file: the fixtures' plus `extra` YAML, after `edit`. */
const metaWith = (extra = '', edit = (text: string) => text) =>
	tempFile('sources.yaml', edit(META_TEXT) + extra);
const candidate = (privacy: string) =>
	`candidate.txt:\n  id: candidate-notes\n  privacy: ${privacy}\n  title: Candidate notes\n  kind: notes\n  licence: Private\n  attribution: Roles only\n  description: A copy of the fixture notes under another id.\n`;

test('privacy: a source that does not declare public or private is refused at its entry in sources.yaml', () => {
	const tree = contentTree();
	const before = snapshot(tree.root);
	const missing = metaWith('', (t) => t.replace('  privacy: private\n', ''));
	const line = lineOf(fs.readFileSync(missing, 'utf8'), 'interview.txt:');
	assertRefused(
		ingestCli(SEEDS, tree.content, { ...fixtureConfig(), meta: missing }),
		new RegExp(
			`sources\\.yaml:${line}:1: interview\\.txt declares no privacy \\(add "privacy: private"`,
		),
		tree.root,
		before,
	);
	const wrong = metaWith('', (t) => t.replace('privacy: public', 'privacy: secret'));
	assertRefused(
		ingestCli(SEEDS, tree.content, { ...fixtureConfig(), meta: wrong }),
		new RegExp(
			`sources\\.yaml:${lineOf(META_TEXT, '  privacy: public')}:12: talk\\.txt: privacy: `,
		),
		tree.root,
		before,
	);
});

test('privacy: a private source without redaction rules is refused, whatever its id', () => {
	const tree = contentTree();
	const before = snapshot(tree.root);
	const seeds = seedsWith({ 'candidate.txt': NOTES });
	const meta = metaWith(candidate('private'));
	const line = lineOf(fs.readFileSync(meta, 'utf8'), 'candidate.txt:');
	assertRefused(
		ingestCli(seeds, tree.content, { ...fixtureConfig(), meta }),
		new RegExp(
			`candidate\\.txt: private source "candidate-notes" \\(\\S*sources\\.yaml:${line}:1\\) has no redaction rules`,
		),
		tree.root,
		before,
	);
	// Rules marked public would keep the privacy tests from looking for its terms.
	const publicRules = hashedRules(
		{ ...fixtureClearRules(), 'candidate-notes': { public: true, replace: { Jane: 'x' } } },
		seeds,
	);
	assertRefused(
		ingestCli(seeds, tree.content, { meta, redactions: publicRules }),
		/candidate\.txt: private source "candidate-notes" .* has redaction rules marked public/,
		tree.root,
		before,
	);
});

test('privacy: text holding another source’s private terms is refused unless its own rules redact them', () => {
	const tree = contentTree();
	const before = snapshot(tree.root);
	const leaks = (run: { stderr: string }) =>
		assert.doesNotMatch(run.stderr, /jane|roe|springfield/i, 'the message never names a term');

	// The candidate's notes under a new id, declared public.
	const seeds = seedsWith({ 'candidate.txt': NOTES });
	const asPublic = ingestCli(seeds, tree.content, {
		...fixtureConfig(),
		meta: metaWith(candidate('public')),
	});
	assertRefused(
		asPublic,
		/candidate\.txt:2:12: holds 3 private terms of fixture-interview, fixture-notes, known to ingest only as hashes \(/,
		tree.root,
		before,
	);
	leaks(asPublic);

	// The same text saved under the public talk's file name, whose rules are public.
	const talkRules = hashedRules({
		...fixtureClearRules(),
		'fixture-talk': { public: true, replace: { 'Kuber Native': '[name]' } },
	});
	const asTalk = ingestCli(seedsWith({ 'talk.txt': NOTES }), tree.content, {
		...fixtureConfig(),
		redactions: talkRules,
	});
	assertRefused(
		asTalk,
		/talk\.txt:2:12: holds 3 private terms of fixture-interview, fixture-notes/,
		tree.root,
		before,
	);
	leaks(asTalk);

	// A private source with rules of its own that do not cover another source's terms.
	const interview = fs
		.readFileSync(path.join(SEEDS, 'interview.txt'), 'utf8')
		.replace('**Kr**\nHow do', '**Bo**\nI moved from SPRINGFIELD.\n\n**Kr**\nHow do');
	const mixed = seedsWith({ 'interview.txt': interview });
	const asInterview = ingestCli(mixed, tree.content, {
		...fixtureConfig(),
		redactions: hashedRules(fixtureClearRules(), mixed),
	});
	assertRefused(
		asInterview,
		new RegExp(
			`interview\\.txt:${lineOf(interview, 'I moved')}:14: holds 1 private term of fixture-notes`,
		),
		tree.root,
		before,
	);
	leaks(asInterview);

	// With rules of its own that replace and drop them, the same text is published redacted.
	const clear = {
		...fixtureClearRules(),
		'candidate-notes': {
			replace: { 'Jane Roe': 'the candidate', Springfield: 'a city' },
			dropBefore: '^Which Linux flavour',
		},
	};
	const ok = ingestCli(seeds, tree.content, {
		meta: metaWith(candidate('private')),
		redactions: hashedRules(clear, seeds, { ...FIXTURE_RAW, 'candidate-notes': 'candidate.txt' }),
	});
	assert.equal(ok.status, 0, ok.stderr);
	const record = fs.readFileSync(path.join(tree.sources, 'candidate-notes.json'), 'utf8');
	assert.doesNotMatch(record, /Jane|Springfield/);
});

test('ids: an id that is not a content id is refused at its line, and nothing is written outside content/sources', () => {
	const tree = contentTree();
	const before = snapshot(tree.root);
	for (const id of ['../../package', '../notes/talk', 'Fixture_Talk', '', 'a/b', '.hidden']) {
		const meta = metaWith('', (t) => t.replace('id: fixture-talk', `id: ${JSON.stringify(id)}`));
		assertRefused(
			ingestCli(SEEDS, tree.content, { ...fixtureConfig(), meta }),
			new RegExp(
				`sources\\.yaml:2:7: id ${JSON.stringify(id).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} of talk\\.txt is not a content id \\(`,
			),
			tree.root,
			before,
		);
	}
	// Two sources with one id: the second would silently replace the first's record.
	const twice = metaWith('', (t) => t.replace('id: fixture-deck', 'id: fixture-notes'));
	assertRefused(
		ingestCli(SEEDS, tree.content, { ...fixtureConfig(), meta: twice }),
		new RegExp(
			`sources\\.yaml:${lineOf(META_TEXT, '  id: fixture-notes')}:7: id "fixture-notes" of notes\\.txt is also the id of deck\\.txt`,
		),
		tree.root,
		before,
	);
});

test('paths: writeRecords refuses a record path outside its folder, including a sibling folder that shares its prefix', () => {
	const tree = contentTree();
	fs.mkdirSync(path.join(tree.content, 'sources-extra'));
	const before = snapshot(tree.root);
	const json = fs.readFileSync(path.join(tree.sources, 'fixture-talk.json'), 'utf8');
	for (const target of [
		path.join(tree.content, 'sources-extra', 'fixture-talk.json'),
		path.join(tree.content, 'notes', 'fixture-talk.json'),
		path.join(tree.root, 'package.json'),
		path.join(tree.sources, 'nested', 'fixture-talk.json'),
	]) {
		assert.throws(
			() => writeRecords(new Map([[target, json]]), tree.sources),
			/is outside .*sources/,
			target,
		);
		assert.deepEqual(snapshot(tree.root), before, target);
	}
});

test('sizes: a raw file over the 5 MB content limit is refused, and so is a record that would be over it', () => {
	const tree = contentTree();
	const before = snapshot(tree.root);
	const config = fixtureConfig();
	const huge = seedsWith();
	fs.truncateSync(path.join(huge, 'talk.txt'), 6 * 1024 * 1024);
	assertRefused(
		ingestCli(huge, tree.content, config),
		/talk\.txt: 6\.0 MB is over the 5 MB limit for a raw file \(/,
		tree.root,
		before,
	);
	// Under 4 MB of raw text whose record is over 5 MB: every quote and backslash doubles in JSON.
	const swollen = seedsWith({
		'notes.txt': `${NOTES}\nWhat did the log say?\n${'"\\'.repeat(300).concat('\n').repeat(6000)}`,
	});
	assert.ok(fs.statSync(path.join(swollen, 'notes.txt')).size < 4 * 1024 * 1024);
	assertRefused(
		ingestCli(swollen, tree.content, config),
		/notes\.txt: its record fixture-notes\.json would be 6\.9 MB, over the 5 MB limit for content \(/,
		tree.root,
		before,
	);
});

test('YAML: a malformed sources.yaml or rules file is one line with file:line:col and a hint, never a stack trace', () => {
	const tree = contentTree();
	const before = snapshot(tree.root);
	const config = fixtureConfig();
	const rulesText = fs.readFileSync(config.redactions, 'utf8');
	const bomb =
		'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n';
	const talkLine = lineOf(META_TEXT, '  title: Fixture talk');
	const hashLine = rulesText.split('\n').findIndex((l) => /^ {6}- hash: /.test(l)) + 1;
	const cases: [string, 'meta' | 'redactions', string, RegExp][] = [
		[
			'bad indentation',
			'meta',
			META_TEXT.replace('  title: Fixture talk', ' title: Fixture talk'),
			new RegExp(
				`sources\\.yaml:${talkLine}:1: YAML: All mapping items must start at the same column \\(`,
			),
		],
		[
			'unknown tag',
			'meta',
			META_TEXT.replace('title: Fixture talk', 'title: !!js/function "function () {}"'),
			new RegExp(
				`sources\\.yaml:${talkLine}:10: YAML: unknown tag tag:yaml\\.org,2002:js/function \\(`,
			),
		],
		[
			'custom tag',
			'meta',
			META_TEXT.replace('title: Fixture talk', 'title: !include secret.txt'),
			new RegExp(`sources\\.yaml:${talkLine}:10: YAML: unknown tag !include \\(`),
		],
		['alias bomb', 'meta', bomb, /sources\.yaml:2:\d+: YAML: too many aliases /],
		[
			'duplicate key',
			'meta',
			`${META_TEXT}talk.txt:\n  id: again\n`,
			new RegExp(
				`sources\\.yaml:${META_TEXT.split('\n').length}:1: YAML: Map keys must be unique \\(`,
			),
		],
		[
			'wrong type',
			'meta',
			META_TEXT.replace(
				'description: A tiny caption file with a duplicated track.',
				'description: [A tiny caption file]',
			),
			new RegExp(
				`sources\\.yaml:${lineOf(META_TEXT, '  description: A tiny')}:16: talk\\.txt: description: `,
			),
		],
		['not a map', 'meta', '- talk.txt\n', /sources\.yaml:1:1: expected a map of raw file names/],
		['empty', 'meta', '', /sources\.yaml:1:1: expected a map of raw file names/],
		[
			'rules: unclosed flow',
			'redactions',
			`${rulesText}  broken: [\n`,
			/redactions\.yaml:\d+:\d+: YAML: /,
		],
		[
			'rules: unknown tag',
			'redactions',
			rulesText.replace(/^salt: /m, 'salt: !!js/regexp '),
			/redactions\.yaml:1:7: YAML: unknown tag tag:yaml\.org,2002:js\/regexp \(/,
		],
		['rules: alias bomb', 'redactions', bomb, /redactions\.yaml:2:\d+: YAML: too many aliases /],
		[
			'rules: bad hash',
			'redactions',
			rulesText.replace(/^( {6}- hash: )[0-9a-f]+/m, '$1abc'),
			new RegExp(
				`redactions\\.yaml:${hashLine}:15: sources\\.fixture-interview\\.labels\\.0\\.hash: expected a 32-character hex hash \\(`,
			),
		],
	];
	for (const [name, which, text, reason] of cases) {
		const file = tempFile(which === 'meta' ? 'sources.yaml' : 'redactions.yaml', text);
		const run = ingestCli(SEEDS, tree.content, { ...config, [which]: file });
		assert.doesNotMatch(run.stderr, /\n\s+at /, `${name}: no stack trace`);
		assertRefused(run, reason, tree.root, before);
	}
});

test('YAML: npm run redactions reports a malformed clear-text rules file the same way', () => {
	const dir = tempDir('kb-redactions-');
	const out = path.join(dir, 'redactions.yaml');
	const clear = tempFile('rules.yaml', 'fixture-notes:\n  replace: !!js/function x\n');
	const run = spawnSync(
		process.execPath,
		['scripts/ingest/hash-redactions.ts', clear, SEEDS, '--out', out],
		{ encoding: 'utf8' },
	);
	assert.equal(run.status, 1, run.stderr);
	assert.match(run.stderr, /^redactions: \S*rules\.yaml:2:12: YAML: unknown tag /);
	assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
	assert.equal(fs.existsSync(out), false);
});
