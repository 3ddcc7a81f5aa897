import type { FlowDiagramData } from '../schemas/diagram.ts';
import { arrowMarker, esc, svgRoot, textWidth } from './svg.ts';

const MARGIN = 16;
const GAP_X = 56;
const GAP_Y = 28;
const FONT = 13;

/** Draws a flow diagram: columns of boxes left to right, arrows between boxes. */
export function drawFlow(id: string, data: FlowDiagramData): string {
	const boxW = Math.min(
		250,
		Math.max(
			140,
			...data.columns
				.flat()
				.map((b) =>
					Math.max(textWidth(b.label, FONT) + 28, textWidth(b.detail ?? '', FONT - 2) + 28),
				),
		),
	);
	const boxH = (b: { detail?: string | undefined }) => (b.detail ? 54 : 40);
	const columnHeight = (column: FlowDiagramData['columns'][number]) =>
		column.reduce((h, b) => h + boxH(b), 0) + GAP_Y * (column.length - 1);
	const tallest = Math.max(...data.columns.map(columnHeight));
	const width = MARGIN * 2 + data.columns.length * boxW + (data.columns.length - 1) * GAP_X;
	const height = MARGIN * 2 + tallest;
	const boxes = new Map<string, { x: number; y: number; h: number }>();
	const parts: string[] = [arrowMarker(`${id}-arrow`)];

	data.columns.forEach((column, c) => {
		let y = MARGIN + (tallest - columnHeight(column)) / 2;
		const x = MARGIN + c * (boxW + GAP_X);
		for (const box of column) {
			const h = boxH(box);
			boxes.set(box.id, { x, y, h });
			parts.push(`<rect class="dg-box" x="${x}" y="${y}" width="${boxW}" height="${h}" rx="6"/>`);
			if (box.detail) {
				parts.push(
					`<text class="dg-label" x="${x + boxW / 2}" y="${y + 19}" text-anchor="middle">${esc(box.label)}</text>`,
				);
				parts.push(
					`<text class="dg-detail" x="${x + boxW / 2}" y="${y + 39}" text-anchor="middle">${esc(box.detail)}</text>`,
				);
			} else {
				parts.push(
					`<text class="dg-label" x="${x + boxW / 2}" y="${y + h / 2}" dominant-baseline="central" text-anchor="middle">${esc(box.label)}</text>`,
				);
			}
			y += h + GAP_Y;
		}
	});

	for (const [from, to, label] of data.edges) {
		const a = boxes.get(from);
		const b = boxes.get(to);
		if (!a || !b) continue;
		const forward = b.x > a.x;
		const x1 = forward ? a.x + boxW : a.x + boxW / 2;
		const y1 = forward ? a.y + a.h / 2 : a.y + a.h;
		const x2 = forward ? b.x - 2 : b.x + boxW / 2;
		const y2 = forward ? b.y + b.h / 2 : b.y - 2;
		const path = forward
			? `M${x1},${y1} C${x1 + GAP_X / 2},${y1} ${x2 - GAP_X / 2},${y2} ${x2},${y2}`
			: `M${x1},${y1} L${x2},${y2}`;
		parts.push(`<path class="dg-edge" d="${path}" marker-end="url(#${id}-arrow)"/>`);
		// Labels sit above a forward arrow, and beside a downward one so the arrow does not cross them.
		if (label && forward)
			parts.push(
				`<text class="dg-detail" x="${(x1 + x2) / 2}" y="${(y1 + y2) / 2 - 6}" text-anchor="middle">${esc(label)}</text>`,
			);
		else if (label)
			parts.push(
				`<text class="dg-detail" x="${x1 + 6}" y="${(y1 + y2) / 2 + 4}" text-anchor="start">${esc(label)}</text>`,
			);
	}
	return svgRoot(id, width, height, data.title, data.alt, parts.join(''));
}
