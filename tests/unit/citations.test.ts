import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quoteOccurs, resolveAnchor } from '../../src/pipeline/anchors.ts';
import type { SourceFile } from '../../src/pipeline/read.ts';

const source = (
	id: string,
	segments: { anchor: string; label: string; text: string; heading?: string }[],
) =>
	({
		id,
		file: `content/sources/${id}.json`,
		at: () => ({ line: 1, column: 1 }),
		data: { segments },
	}) as unknown as SourceFile;

const talk = source('talk', [
	{ anchor: 't-00-02-18', label: '00:02:18', text: 'Hello everyone.' },
	{ anchor: 't-00-20-00', label: '00:20:00', text: 'We fan out to 21 production clusters.' },
	{ anchor: 't-00-30-27', label: '00:30:27', text: 'Questions.' },
]);
const deck = source(
	'deck',
	[1, 2, 3].map((n) => ({ anchor: `slide-${n}`, label: `Slide ${n}`, text: `slide ${n}` })),
);
const notes = source('notes', [
	{
		anchor: 'blue-green-deployment',
		label: 'BLUE-GREEN DEPLOYMENT',
		heading: 'BLUE-GREEN DEPLOYMENT',
		text: 'Two environments.',
	},
]);

const anchorOf = (s: SourceFile, at: string) => {
	const r = resolveAnchor(s, at);
	return r.ok ? r.segment.anchor : `error: ${r.message} (${r.hint})`;
};

test('timestamps resolve to the transcript segment covering that moment', () => {
	assert.equal(anchorOf(talk, '00:20:19'), 't-00-20-00');
	assert.equal(anchorOf(talk, '00:20:00'), 't-00-20-00');
	assert.equal(anchorOf(talk, '00:30:26'), 't-00-20-00');
	assert.equal(anchorOf(talk, '00:31:00'), 't-00-30-27');
	assert.match(anchorOf(talk, '00:01:00'), /^error: no transcript segment at 00:01:00/);
	assert.match(anchorOf(talk, '01:30:00'), /runs from 00:02:18 to about 00:30:27/);
});

test('slides, turns and anchors resolve; unknown ones suggest neighbours', () => {
	assert.equal(anchorOf(deck, 'slide 2'), 'slide-2');
	assert.equal(anchorOf(deck, 'Slide 3'), 'slide-3');
	assert.equal(anchorOf(deck, '1'), 'slide-1');
	assert.equal(anchorOf(deck, 'slide-1'), 'slide-1');
	assert.match(
		anchorOf(deck, 'slide 9'),
		/unknown position "slide 9".*nearest valid positions: "Slide 2", "Slide 3"/,
	);
	assert.equal(anchorOf(notes, 'blue-green-deployment'), 'blue-green-deployment');
	assert.equal(anchorOf(notes, 'Blue-Green Deployment'), 'blue-green-deployment');
	assert.match(anchorOf(notes, 'blue-green-deploy'), /did you mean "blue-green-deployment"/);
});

test('quotes match after folding case, spacing and typographic quotes', () => {
	const segment = { anchor: 'a', label: 'a', text: "We don't  want\nsurprises in Production." };
	assert.ok(quoteOccurs(segment, 'we don’t want surprises'));
	assert.ok(!quoteOccurs(segment, 'we never want surprises'));
});
