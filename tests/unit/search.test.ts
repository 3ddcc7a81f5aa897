import { test } from 'node:test';
import assert from 'node:assert/strict';
import { correctQuery, withoutStopWords } from '../../src/lib/spelling.ts';
import { rerank } from '../../src/lib/rerank.ts';
import { vocabulary } from '../../src/pipeline/vocabulary.ts';
import { words } from '../../src/lib/spelling.ts';
import { checkContent } from '../../src/pipeline/index.ts';
import { publish } from '../../src/pipeline/publish.ts';
import { GOOD } from '../helpers/trees.ts';

const vocab = {
	kubernetes: 40,
	injection: 5,
	sidecar: 9,
	pipeline: 12,
	separate: 3,
	clusters: 30,
	budget: 4,
	kubernetis: 0,
};

test('unknown words are corrected to the nearest, most frequent site word', () => {
	assert.equal(correctQuery('kuberentes', vocab), 'kubernetes');
	assert.equal(correctQuery('sidecar injektion', vocab), 'sidecar injection');
	assert.equal(correctQuery('pipline', vocab), 'pipeline');
	assert.equal(correctQuery('seperate clusters', vocab), 'separate clusters');
	assert.equal(correctQuery('sidecar', vocab), undefined, 'known words need no correction');
	assert.equal(
		correctQuery('blue-green', { blue: 3, green: 3, bluegreen: 9 }),
		undefined,
		'hyphenated words are checked part by part',
	);
	assert.equal(correctQuery('sidecar-injektion', vocab), 'sidecar-injection');
	assert.equal(correctQuery('zzzzzz', vocab), undefined, 'nothing close: no suggestion');
	assert.equal(
		correctQuery('kubernetis', vocab),
		undefined,
		'a word the sources use is known, even if misspelt there',
	);
});

test('stop words are dropped from questions, but never the whole query', () => {
	assert.equal(withoutStopWords('why do we use gocd'), 'use gocd');
	assert.equal(withoutStopWords('what is'), 'what is');
});

test('re-ranking puts notes above glossary and sources, and exact note names first', () => {
	const hits: { score: number; meta: Record<string, string> }[] = [
		{ score: 10, meta: { type: 'glossary', title: 'VPA (glossary)', aliases: 'VPA' } },
		{ score: 4, meta: { type: 'note', title: 'Autoscaling', aliases: 'HPA|VPA' } },
		{ score: 8, meta: { type: 'source', title: 'SRE notes' } },
		{ score: 5, meta: { type: 'note', title: 'Requests and limits' } },
	];
	assert.deepEqual(
		rerank('vpa', hits).map((h) => h.meta.title),
		['Autoscaling', 'VPA (glossary)', 'Requests and limits', 'SRE notes'],
	);
	assert.deepEqual(
		rerank('other', hits).map((h) => h.meta.title)[0],
		'VPA (glossary)',
		'without an exact name, scores decide',
	);
});

test('the vocabulary holds the site’s words, with names counting extra', () => {
	assert.deepEqual(words('Pod-disruption budgets, v1 PDBs!'), [
		'pod',
		'disruption',
		'budgets',
		'pdbs',
	]);
	const v = vocabulary(publish(checkContent(GOOD).site, { drafts: false }));
	assert.ok(v.alpha! > v.story!, 'title words outweigh body words');
	assert.equal(v.welcome, 0, 'source-only words are known but never suggested');
});
