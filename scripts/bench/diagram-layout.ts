/**
 * `node scripts/bench/diagram-layout.ts`: how the diagram layouts' cost grows with the number of
 * arrows, past the schema's limits on purpose (the limits stop such files before layout). Prints
 * a table of median milliseconds for the wide and the narrow flow layouts and the whole drawing.
 */
import { drawDiagram } from '../../src/diagrams/index.ts';
import { layoutFlow, layoutFlowList } from '../../src/diagrams/flow.ts';
import type { FlowDiagramData } from '../../src/schemas/diagram.ts';

/** Six columns of four boxes, `edges` labelled arrows between them (forward, within, back). */
function flow(edges: number): FlowDiagramData {
	const columns = Array.from({ length: 6 }, (_, c) =>
		Array.from({ length: 4 }, (_, r) => ({ id: `b${c * 4 + r}`, label: `Box ${c * 4 + r}` })),
	);
	return {
		kind: 'flow',
		title: 'Bench',
		alt: 'A synthetic flow diagram for measuring the layout.',
		columns,
		edges: Array.from({ length: edges }, (_, i) => [
			`b${i % 24}`,
			`b${(i * 7 + 5) % 24}`,
			`arrow ${i}`,
		]) as FlowDiagramData['edges'],
	};
}

function median(run: () => unknown, times: number): number {
	const ms: number[] = [];
	for (let i = 0; i < times; i++) {
		const started = performance.now();
		run();
		ms.push(performance.now() - started);
	}
	return ms.sort((a, b) => a - b)[Math.floor(times / 2)]!;
}

console.log('| arrows | wide layout | narrow layout | both pictures drawn |');
console.log('| -----: | ----------: | ------------: | ------------------: |');
for (const n of [40, 400, 1600, 6400]) {
	const data = flow(n);
	const times = n <= 400 ? 9 : 3;
	const cells = [
		median(() => layoutFlow(data), times),
		median(() => layoutFlowList(data), times),
		median(() => drawDiagram('bench', data), times),
	].map((ms) => `${ms.toFixed(ms < 10 ? 2 : 0)} ms`);
	console.log(`| ${n} | ${cells.join(' | ')} |`);
}
