import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { ingestFolder } from '../../scripts/ingest/index.ts';
import { captionsFormat } from '../../scripts/ingest/formats/captions.ts';
import { interviewFormat } from '../../scripts/ingest/formats/interview.ts';
import { replaceNames } from '../../scripts/ingest/redact.ts';

const FIXTURES = path.resolve('tests/fixtures');
const config = {
	meta: path.join(FIXTURES, 'ingest-config/sources.yaml'),
	redactions: path.join(FIXTURES, 'ingest-config/redactions.yaml'),
};
const records = () => ingestFolder(path.join(FIXTURES, 'seeds'), '/out', config);
const record = (id: string) =>
	JSON.parse(records().get(`/out/${id}.json`)!) as {
		segments: {
			anchor: string;
			label: string;
			text: string;
			speaker?: string;
			heading?: string;
			outdated?: string;
		}[];
	};

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
	assert.equal(
		talk.segments[2]!.heading,
		'Questions and answers',
		'the second caption tag opens the Q&A',
	);
	assert.match(text, /Kubernetes upgrades/, 'configured mis-hearings are corrected');
});

test('captions: near-duplicates within the window are dropped, new lines are kept', () => {
	const lines = [
		'00:00:01 [W] We run the platform on EKS in three regions today.',
		'00:00:03 [W] We run the platform on EKS in three regions today',
		'00:00:04 [W] Something else entirely.',
		'00:00:05 [W] x',
		'00:00:06 [W] y',
	];
	const segments = captionsFormat.parse(lines.join('\n'), { labels: {}, trackHeadings: {} });
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
	const turns = interviewFormat.parse(text, {
		labels: { K: 'Interviewer', Interviewee: 'Candidate' },
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
	assert.equal(
		replaceNames('Allianz Ireland and Allianz, also company.Allianz', {
			Allianz: 'the insurer',
			'Allianz Ireland': 'the insurer',
		}),
		'the insurer and the insurer, also company.the insurer',
	);
	assert.equal(
		replaceNames('Alison met Ali', { Ali: 'the recruiter' }),
		'Alison met the recruiter',
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
	assert.equal(deck.segments[2]!.outdated, 'Pre-1.5 Istio security.');
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
	const out = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-ingest-'));
	const run = spawnSync(
		process.execPath,
		['scripts/ingest/index.ts', path.join(FIXTURES, 'bad-seeds')],
		{ env: { ...process.env, KB_CONTENT_DIR: out }, encoding: 'utf8' },
	);
	assert.equal(run.status, 1);
	assert.match(run.stderr, /bad-seeds\/unknown\.txt: not a recognised source format/);
	assert.match(run.stderr, /Nothing was written/);
	assert.equal(fs.existsSync(path.join(out, 'sources')), false);
});

test('the CLI writes one record per source', () => {
	const out = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-ingest-'));
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
