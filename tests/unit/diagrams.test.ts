import { labelLines } from '../../src/diagrams/local-graph.ts';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkContent } from '../../src/pipeline/index.ts';
import { readSettings } from '../../src/settings.ts';
import { layoutFlow, layoutFlowList, NARROW_WIDTH } from '../../src/diagrams/flow.ts';
import { layoutSequence, layoutSequenceList } from '../../src/diagrams/sequence.ts';
import { overlaps } from '../../src/diagrams/svg.ts';

const { site } = checkContent(readSettings().contentDir);

test('no label of any diagram overlaps a box or another label, or is cut off', () => {
	assert.ok(site.diagrams.size >= 10);
	const problems = [...site.diagrams.values()].flatMap(({ id, data }) =>
		overlaps(data.kind === 'flow' ? layoutFlow(data) : layoutSequence(data)).map(
			(p) => `${id}: ${p}`,
		),
	);
	assert.deepEqual(problems, []);
});

test('the narrow (top-down) picture of every diagram is 320 px wide, with no label over a box or another label', () => {
	const problems = [...site.diagrams.values()].flatMap(({ id, data }) => {
		const layout =
			data.kind === 'flow' ? layoutFlowList(data) : layoutSequenceList(data, NARROW_WIDTH);
		const wider = [...layout.rects, ...layout.labels].filter((r) => r.x + r.w > layout.width - 8);
		return [
			...overlaps(layout),
			...wider.map((r) => `something ends at ${Math.round(r.x + r.w)} of ${layout.width}`),
		].map((p) => `${id}: ${p}`);
	});
	assert.deepEqual(problems, []);
});

test('the overlap check finds a label drawn over a box', () => {
	const box = { x: 0, y: 0, w: 100, h: 40 };
	assert.deepEqual(
		overlaps({
			width: 200,
			height: 100,
			rects: [box],
			labels: [{ text: 'inside', x: 10, y: 10, w: 40, h: 16 }],
		}),
		['label "inside" overlaps a box'],
	);
	assert.deepEqual(
		overlaps({
			width: 200,
			height: 100,
			rects: [box],
			labels: [{ text: 'beside', x: 110, y: 10, w: 40, h: 16 }],
		}),
		[],
	);
});

test('flow arrows that carry labels get gaps wide enough for them', () => {
	const layout = layoutFlow({
		kind: 'flow',
		title: 'Test',
		alt: 'A test flow whose arrow labels are long enough to need wider gaps.',
		columns: [
			[
				{ id: 'a', label: 'A' },
				{ id: 'b', label: 'B' },
			],
			[{ id: 'c', label: 'C' }],
		],
		edges: [
			['a', 'c', 'a rather long label'],
			['b', 'c', 'another long label'],
		],
	});
	assert.deepEqual(overlaps(layout), []);
	assert.equal(layout.labels.length, 2);
});

test('graph labels wrap onto two lines and only a longer title is shortened', () => {
	assert.deepEqual(labelLines('Platform components as versioned products'), [
		'Platform components as',
		'versioned products',
	]);
	assert.deepEqual(labelLines('Probes'), ['Probes']);
	const long = labelLines(
		'A very long title that goes on and on well past two lines of label text',
	);
	assert.equal(long.length, 2);
	assert.ok(long[1]!.endsWith('…') && long[1]!.length <= 24, long[1]);
});
