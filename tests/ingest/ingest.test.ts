import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { stringify } from 'yaml';
import { ingestFolder, loadYaml } from '../../scripts/ingest/index.ts';
import { captionsFormat } from '../../scripts/ingest/formats/captions.ts';
import { applyCorrections } from '../../scripts/ingest/corrections.ts';
import type { Segment } from '../../src/schemas/source.ts';
import { interviewFormat } from '../../scripts/ingest/formats/interview.ts';
import { replaceNames } from '../../scripts/ingest/redact.ts';
import { hashRules } from '../../scripts/ingest/hash-redactions.ts';
import { termHasher, wordCount } from '../../scripts/ingest/hashed-terms.ts';
import { tempDir } from '../helpers/temp.ts';

const FIXTURES = path.resolve('tests/fixtures');
const SEEDS = path.join(FIXTURES, 'seeds');
const RAW: Record<string, string> = {
	'fixture-interview': 'interview.txt',
	'fixture-notes': 'notes.txt',
};
/** The fixture's clear-text rules, hashed as `npm run redactions` does, into a temp file. */
function hashedFixtureRules(): string {
	const clear = loadYaml<Record<string, object>>(
		path.join(FIXTURES, 'ingest-config/redactions.clear.yaml'),
	);
	const file = path.join(tempDir('kb-rules-'), 'redactions.yaml');
	fs.writeFileSync(
		file,
		stringify(
			hashRules(clear, 'fixture-salt-0123456789', (id) =>
				fs.readFileSync(path.join(SEEDS, RAW[id]!), 'utf8'),
			),
		),
	);
	return file;
}
const config = {
	meta: path.join(FIXTURES, 'ingest-config/sources.yaml'),
	redactions: hashedFixtureRules(),
};
const records = () => ingestFolder(path.join(FIXTURES, 'seeds'), '/out', config);
const record = (id: string) =>
	JSON.parse(records().get(`/out/${id}.json`)!) as { segments: Segment[] };

test('captions: the second track and repeated lines are dropped, timestamps kept as anchors', () => {
	const talk = record('fixture-talk');
	const text = talk.segments.map((s) => s.text).join(' ');
	assert.equal(text.match(/Hello and welcome/g)?.length, 1, 'a repeated caption line is kept once');
	assert.equal(
		text.match(/twenty one production clusters/g)?.length,
		1,
		'the duplicate track is dropped',
	);
	assert.deepEqual(
		talk.segments.map((s) => s.anchor),
		['t-00-00-01', 't-00-00-40', 't-00-01-10'],
	);
	assert.deepEqual(
		talk.segments.map((s) => s.heading),
		['Welcome and the platform', 'Deploying to dev first', 'Questions and answers: Node pools'],
		'each stretch gets its topic; the second caption track opens the Q&A',
	);
});

test('captions: the recorded text is kept, and the cleaned reading shows each correction', () => {
	const first = record('fixture-talk').segments[0]!;
	assert.match(first.text, /about kubernative upgrades/, 'the recorded text is unchanged');
	assert.match(first.reading!, /about Kubernetes upgrades/, 'the reading is corrected');
	assert.deepEqual(
		first.fixes!.map((f) => [first.reading!.slice(f.start, f.end), f.was]),
		[['Kubernetes', 'kubernative']],
	);
	assert.deepEqual(
		applyCorrections('the go Sheedy pipeline', { 'go sheedy': 'GoCD', go: 'Go' }).reading,
		'the GoCD pipeline',
		'the longest phrase wins',
	);
});

test('captions: near-duplicates within the window are dropped, new lines are kept', () => {
	const lines = [
		'00:00:01 [W] We run the platform on EKS in three regions today.',
		'00:00:03 [W] We run the platform on EKS in three regions today',
		'00:00:04 [W] Something else entirely.',
		'00:00:05 [W] x',
		'00:00:06 [W] y',
	];
	const segments = captionsFormat.parse(lines.join('\n'), {
		roleOf: () => undefined,
		trackHeadings: {},
	});
	const text = segments.map((s) => s.text).join(' ');
	assert.equal(text.match(/three regions/g)?.length, 1);
	assert.match(text, /Something else entirely/);
});

test('interviews: one segment per turn, speakers as roles, emphasis stripped', () => {
	const interview = record('fixture-interview');
	assert.deepEqual(
		interview.segments.map((s) => [s.anchor, s.speaker]),
		[
			['turn-1', 'Interviewer'],
			['turn-2', 'Candidate'],
			['turn-3', 'Interviewer'],
			['turn-4', 'Candidate'],
		],
	);
	assert.equal(interview.segments[1]!.text, 'Happy to be here. I worked with Helm charts a lot.');
});

test('interviews: an inline label ends at a blank line; what follows is unlabelled', () => {
	const text =
		'**K:** First question?\n\n**Interviewee**: Short answer.\n\nA follow-up nobody labelled.\n\n**K:**\nNext.';
	const roles: Record<string, string> = { K: 'Interviewer', Interviewee: 'Candidate' };
	const turns = interviewFormat.parse(text, {
		roleOf: (label) => roles[label],
		unlabelled: 'Unlabelled',
		trackHeadings: {},
	});
	assert.deepEqual(
		turns.map((t) => t.speaker),
		['Interviewer', 'Candidate', 'Unlabelled', 'Interviewer'],
	);
});

test('redaction: names become roles and private passages are dropped', () => {
	const all = [...records().values()].join('\n');
	assert.doesNotMatch(all, /Jane|Springfield|500 Euros|in touch soon/);
	assert.match(all, /Hello the candidate/);
	const hash = termHasher('salt-for-this-test-only');
	const rules = (names: Record<string, string>) => ({
		public: false,
		labels: [],
		mustNotAppear: [],
		replace: Object.entries(names).map(([name, role]) => ({
			hash: hash(name),
			words: wordCount(name),
			cased: [],
			role,
		})),
	});
	const cases: [string, Record<string, string>, string][] = [
		[
			'Acme Iberia and Acme, also mail.acme',
			{ Acme: 'the insurer', 'Acme Iberia': 'the insurer' },
			'the insurer and the insurer, also mail.the insurer',
		],
		['Jonathan met Jon', { Jon: 'the recruiter' }, 'Jonathan met the recruiter'],
		['ACME  IBERIA', { 'Acme Iberia': 'the insurer' }, 'the insurer'],
		[
			'write to jo.bloggs@example.test',
			{ 'jo.bloggs@example.test': '[email]' },
			'write to [email]',
		],
		["Jo's team", { Jo: 'the lead' }, "the lead's team"],
	];
	for (const [text, names, expected] of cases)
		assert.equal(replaceNames(text, rules(names), hash), expected, text);
});

test('the hashed rules hold no clear term, and ingest with them gives the same records as the clear rules would', () => {
	const hashed = fs.readFileSync(config.redactions, 'utf8');
	for (const clear of ['Jane', 'Springfield', '500 Euros', 'Kr', 'Bo', 'in touch'])
		assert.ok(!hashed.toLowerCase().includes(clear.toLowerCase()), clear);
	assert.equal(
		record('fixture-interview').segments.at(-1)!.speaker,
		'Candidate',
		'labels are matched by hash',
	);
});

test('slides: one segment per slide with its title, outdated slides marked', () => {
	const deck = record('fixture-deck');
	assert.deepEqual(
		deck.segments.map((s) => [s.anchor, s.heading]),
		[
			['slide-1', 'Fixture Deck'],
			['slide-2', 'Deployments'],
			['slide-3', 'Old Istio Security'],
		],
	);
	assert.deepEqual(deck.segments[2]!.outdated, {
		reason: 'Pre-1.5 Istio security.',
		today: 'PeerAuthentication and AuthorizationPolicy, with istiod as the CA.',
	});
	assert.equal(deck.segments[1]!.outdated, undefined);
	assert.doesNotMatch(deck.segments[1]!.text, /^2$/m, 'the printed slide number is dropped');
});

test('notes: headings and questions open segments; text before dropBefore is gone', () => {
	const notes = record('fixture-notes');
	assert.deepEqual(
		notes.segments.map((s) => s.anchor),
		['which-linux-flavour-have-you-used', 'blue-green-deployment', 'canary-deployment'],
	);
});

test('ingest is deterministic: two runs give identical bytes', () => {
	assert.deepEqual([...records()], [...records()]);
});

test('the CLI refuses an unrecognised file, names it, and writes nothing', () => {
	const out = tempDir('kb-ingest-');
	const run = spawnSync(
		process.execPath,
		['scripts/ingest/index.ts', path.join(FIXTURES, 'bad-seeds')],
		{ env: { ...process.env, KB_CONTENT_DIR: out }, encoding: 'utf8' },
	);
	assert.equal(run.status, 1);
	assert.match(
		run.stderr,
		/^ingest: .*bad-seeds\/unknown\.txt: not a recognised source format .*Nothing was changed\.\n$/,
	);
	assert.equal(fs.existsSync(path.join(out, 'sources')), false);
});

test('the CLI writes one record per source', () => {
	const out = tempDir('kb-ingest-');
	const stdout = execFileSync(
		process.execPath,
		[
			'scripts/ingest/index.ts',
			path.join(FIXTURES, 'seeds'),
			'--meta',
			config.meta,
			'--redactions',
			config.redactions,
		],
		{ env: { ...process.env, KB_CONTENT_DIR: out }, encoding: 'utf8' },
	);
	assert.match(stdout, /fixture-talk\.json {2}captions, 3 segments/);
	assert.deepEqual(fs.readdirSync(path.join(out, 'sources')).sort(), [
		'fixture-deck.json',
		'fixture-interview.json',
		'fixture-notes.json',
		'fixture-talk.json',
	]);
});

/** Runs the ingest CLI over `seeds` into the content tree `out`. */
function ingestCli(seeds: string, out: string) {
	return spawnSync(
		process.execPath,
		['scripts/ingest/index.ts', seeds, '--meta', config.meta, '--redactions', config.redactions],
		{
			env: { ...process.env, KB_CONTENT_DIR: out },
			encoding: 'utf8',
		},
	);
}

/** Every file under a folder with its bytes, to compare before and after. */
const snapshot = (dir: string) =>
	Object.fromEntries(
		fs
			.readdirSync(dir, { recursive: true, encoding: 'utf8' })
			.sort()
			.map((f) => [
				f,
				fs.statSync(path.join(dir, f)).isFile() ? fs.readFileSync(path.join(dir, f), 'hex') : 'dir',
			]),
	);

test('ingest is all or nothing: any failure leaves content/sources byte-identical, with a one-line reason', () => {
	const out = tempDir('kb-ingest-');
	assert.equal(ingestCli(SEEDS, out).status, 0);
	const sources = path.join(out, 'sources');
	// Make every record look old, so a partial rewrite would show.
	for (const f of fs.readdirSync(sources))
		fs.writeFileSync(path.join(sources, f), `{"old": "${f}"}\n`);
	// A folder in the way of one output file.
	fs.rmSync(path.join(sources, 'fixture-notes.json'));
	fs.mkdirSync(path.join(sources, 'fixture-notes.json'));
	const before = snapshot(sources);

	const seedsWith = (extra: Record<string, string | Buffer>) => {
		const dir = tempDir('kb-seeds-');
		fs.cpSync(SEEDS, dir, { recursive: true });
		for (const [name, content] of Object.entries(extra))
			fs.writeFileSync(path.join(dir, name), content);
		return dir;
	};
	const empty = tempDir('kb-empty-');
	const unreadable = seedsWith({});
	fs.chmodSync(path.join(unreadable, 'talk.txt'), 0o000);
	const huge = seedsWith({});
	fs.truncateSync(path.join(huge, 'talk.txt'), 6 * 1024 * 1024);
	const cases: [string, RegExp][] = [
		[path.join(os.tmpdir(), 'no-such-seed-folder'), /no-such-seed-folder: folder not found/],
		[empty, /kb-empty-\w+: no raw files in this folder/],
		[huge, /talk\.txt: 6\.0 MB is over the 5 MB limit for a raw file/],
		[SEEDS, /fixture-notes\.json: is in the way: a folder or link where the record goes/],
	];
	// Root reads every file whatever its mode, so the unreadable case is only meaningful for other users.
	if (process.getuid?.() !== 0) cases.push([unreadable, /talk\.txt: cannot be read \(EACCES\)/]);
	for (const [seeds, reason] of cases) {
		const run = ingestCli(seeds, out);
		assert.equal(run.status, 1, `${seeds}\n${run.stdout}${run.stderr}`);
		assert.match(run.stderr, reason);
		assert.equal(
			run.stderr.trim().split('\n').length,
			1,
			`one line, no stack trace:\n${run.stderr}`,
		);
		assert.deepEqual(snapshot(sources), before, `content/sources unchanged after: ${reason}`);
	}
});
