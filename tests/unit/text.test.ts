import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentenceAround } from '../../src/pipeline/sentence.ts';
import { closestMatches, editDistance } from '../../src/lib/closest.ts';
import { previewText } from '../../src/lib/preview.ts';

test('sentenceAround returns the sentence holding the span', () => {
	const text = 'First sentence. The upgrade uses Alpha hub today. Last one!';
	const start = text.indexOf('Alpha hub');
	assert.equal(sentenceAround(text, start, start + 9), 'The upgrade uses Alpha hub today.');
	assert.equal(sentenceAround('No full stop around Alpha', 20, 25), 'No full stop around Alpha');
});

test('editDistance counts edits, with adjacent swaps as one', () => {
	assert.equal(editDistance('kitten', 'sitting'), 3);
	assert.equal(editDistance('kuberentes', 'kubernetes'), 1);
	assert.equal(editDistance('', 'abc'), 3);
});

test('closestMatches ranks near names first and drops far ones', () => {
	assert.deepEqual(closestMatches('pipline', ['pipeline', 'pilot', 'gocd']), ['pipeline']);
	assert.deepEqual(closestMatches('lcm', ['lcm-process', 'LCM', 'istio']).slice(0, 2), [
		'LCM',
		'lcm-process',
	]);
	assert.deepEqual(closestMatches('zzz', ['alpha', 'beta']), []);
});

test('previewText cuts at a word boundary', () => {
	assert.equal(previewText('short'), 'short');
	const long = 'word '.repeat(100);
	const cut = previewText(long, 20);
	assert.ok(cut.length <= 21 && cut.endsWith('…'), cut);
});
