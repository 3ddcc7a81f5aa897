import type { FlowDiagramData } from '../schemas/diagram.ts';
import { arrowMarker, esc, meet, svgRoot, textWidth, type Layout, type Rect } from './svg.ts';

const MARGIN = 16;
const MIN_GAP_X = 56;
const GAP_Y = 28;
const LABEL = 13;
const SMALL = 12;

interface Box extends Rect {
	id: string;
	label: string;
	detail?: string | undefined;
	column: number;
}

/**
 * Places a flow diagram: columns of boxes left to right, arrows between them. Each gap between
 * columns is as wide as the longest arrow label that crosses it, and labels in one gap are
 * stacked apart, so no label ever overlaps a box or another label (`overlaps` checks it).
 */
export function layoutFlow(
	data: FlowDiagramData,
): Layout & { boxes: Box[]; paths: { d: string; label?: Rect & { text: string } }[] } {
	const boxW = Math.min(
		250,
		Math.max(
			140,
			...data.columns
				.flat()
				.map((b) =>
					Math.max(textWidth(b.label, LABEL) + 28, textWidth(b.detail ?? '', SMALL) + 28),
				),
		),
	);
	const boxH = (b: { detail?: string | undefined }) => (b.detail ? 56 : 40);
	const columnHeight = (column: FlowDiagramData['columns'][number]) =>
		column.reduce((h, b) => h + boxH(b), 0) + GAP_Y * (column.length - 1);
	const tallest = Math.max(...data.columns.map(columnHeight));
	const columnOf = new Map(
		data.columns.flatMap((column, c) => column.map((b) => [b.id, c] as const)),
	);
	// A forward arrow's label sits in the gap before its target's column.
	const gaps = data.columns.map((_, c) =>
		Math.max(
			MIN_GAP_X,
			...data.edges
				.filter(
					(e) => e[2] && columnOf.get(e[1]) === c + 1 && (columnOf.get(e[0]) ?? c + 1) < c + 1,
				)
				.map((e) => textWidth(e[2]!, SMALL) + 20),
		),
	);
	const xOf: number[] = [];
	data.columns.forEach((_, c) => xOf.push(c === 0 ? MARGIN : xOf[c - 1]! + boxW + gaps[c - 1]!));
	const boxes: Box[] = data.columns.flatMap((column, c) => {
		let y = MARGIN + (tallest - columnHeight(column)) / 2;
		return column.map((b) => {
			const box = {
				id: b.id,
				label: b.label,
				detail: b.detail,
				column: c,
				x: xOf[c]!,
				y,
				w: boxW,
				h: boxH(b),
			};
			y += box.h + GAP_Y;
			return box;
		});
	});
	const byId = new Map(boxes.map((b) => [b.id, b]));
	const bottomOfBoxes = Math.max(...boxes.map((b) => b.y + b.h));
	let loops = 0;
	const labels: (Rect & { text: string })[] = [];
	const paths = data.edges.flatMap(([from, to, text]) => {
		const a = byId.get(from);
		const b = byId.get(to);
		if (!a || !b) return [];
		if (b.x > a.x) {
			const [x1, y1, x2, y2] = [a.x + a.w, a.y + a.h / 2, b.x - 2, b.y + b.h / 2];
			const d = `M${x1},${y1} C${x1 + MIN_GAP_X / 2},${y1} ${x2 - MIN_GAP_X / 2},${y2} ${x2},${y2}`;
			if (!text) return [{ d }];
			// Centred in the gap before the target's column, just above where the arrow arrives.
			const gap = gaps[b.column - 1]!;
			const w = textWidth(text, SMALL);
			let label = { text, x: b.x - gap + (gap - w) / 2, y: y2 - SMALL - 8, w, h: SMALL + 4 };
			// Stack labels that would collide in the same gap.
			while (labels.some((placed) => meet(placed, label)))
				label = { ...label, y: label.y + SMALL + 6 };
			labels.push(label);
			return [{ d, label }];
		}
		if (b.column === a.column) {
			// Down (or up) the same column; the label sits beside the arrow, between the two boxes.
			const down = b.y > a.y;
			const [x1, y1, y2] = [a.x + a.w / 2, down ? a.y + a.h : a.y, down ? b.y - 2 : b.y + b.h + 2];
			const d = `M${x1},${y1} L${x1},${y2}`;
			if (!text) return [{ d }];
			const label = {
				text,
				x: x1 + 6,
				y: (y1 + y2) / 2 - SMALL / 2 - 2,
				w: textWidth(text, SMALL),
				h: SMALL + 4,
			};
			labels.push(label);
			return [{ d, label }];
		}
		// Back to an earlier column: below every box, then up into the target.
		const floor = bottomOfBoxes + 20 + loops++ * (SMALL + 16);
		const [x1, x2] = [a.x + a.w / 2, b.x + b.w / 2];
		const d = `M${x1},${a.y + a.h} L${x1},${floor} L${x2},${floor} L${x2},${b.y + b.h + 2}`;
		if (!text) return [{ d }];
		const w = textWidth(text, SMALL);
		const label = { text, x: (x1 + x2) / 2 - w / 2, y: floor + 4, w, h: SMALL + 4 };
		labels.push(label);
		return [{ d, label }];
	});
	const right = Math.max(...boxes.map((b) => b.x + b.w), ...labels.map((l) => l.x + l.w));
	const bottom = Math.max(...boxes.map((b) => b.y + b.h), ...labels.map((l) => l.y + l.h));
	return { width: right + MARGIN, height: bottom + MARGIN, boxes, paths, rects: boxes, labels };
}

/** Draws a flow diagram as SVG. */
export function drawFlow(id: string, data: FlowDiagramData): string {
	const layout = layoutFlow(data);
	const parts: string[] = [arrowMarker(`${id}-arrow`)];
	for (const box of layout.boxes) {
		const cx = box.x + box.w / 2;
		parts.push(
			`<rect class="dg-box" x="${box.x}" y="${box.y}" width="${box.w}" height="${box.h}" rx="6"/>`,
		);
		if (box.detail) {
			parts.push(
				`<text class="dg-label" x="${cx}" y="${box.y + 21}" text-anchor="middle">${esc(box.label)}</text>`,
			);
			parts.push(
				`<text class="dg-detail" x="${cx}" y="${box.y + 42}" text-anchor="middle">${esc(box.detail)}</text>`,
			);
		} else {
			parts.push(
				`<text class="dg-label" x="${cx}" y="${box.y + box.h / 2}" dominant-baseline="central" text-anchor="middle">${esc(box.label)}</text>`,
			);
		}
	}
	for (const path of layout.paths) {
		parts.push(`<path class="dg-edge" d="${path.d}" marker-end="url(#${id}-arrow)"/>`);
		if (path.label)
			parts.push(
				`<text class="dg-detail" x="${path.label.x}" y="${path.label.y + SMALL}">${esc(path.label.text)}</text>`,
			);
	}
	return svgRoot(id, layout.width, layout.height, data.title, data.alt, parts.join(''));
}
