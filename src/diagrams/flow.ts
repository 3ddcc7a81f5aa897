import type { FlowDiagramData } from '../schemas/diagram.ts';
import {
	arrowMarker,
	esc,
	meet,
	svgRoot,
	textLines,
	textWidth,
	wrap,
	type Layout,
	type Rect,
} from './svg.ts';

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
	// A forward arrow's label sits in the gap before its target's column (one pass over the edges).
	const gaps = data.columns.map(() => MIN_GAP_X);
	for (const [from, to, text] of data.edges) {
		const c = (columnOf.get(to) ?? 0) - 1;
		if (text && c >= 0 && (columnOf.get(from) ?? c + 1) <= c)
			gaps[c] = Math.max(gaps[c]!, textWidth(text, SMALL) + 20);
	}
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
	const inGap: (Rect & { text: string })[][] = [];
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
			const label = { text, x: b.x - gap + (gap - w) / 2, y: y2 - SMALL - 8, w, h: SMALL + 4 };
			// Labels in one gap are all centred in it, so they can only collide in height: stack
			// each below the ones it would meet (linear in the labels already in that gap).
			const stacked = (inGap[b.column] ??= []);
			for (const placed of stacked) if (meet(placed, label)) label.y = placed.y + placed.h + 2;
			stacked.push(label);
			stacked.sort((p, q) => p.y - q.y);
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

/** Width of the narrow (top-down) variant: it fits a 390 px phone's column at its natural size. */
export const NARROW_WIDTH = 320;
const LINE = 17;
const SMALL_LINE = 15;
const LANE_W = 12;

/**
 * Places a flow diagram top-down for narrow columns: the boxes in reading order (column by
 * column), one under another, full width, their text wrapped. An arrow to the next box runs
 * straight down; any other arrow runs in a lane on the right, so lines never cross a box. A label
 * sits in the gap above the box its arrow points to: left of the straight arrow for the arrow
 * from the box above, right of it for an arrow from a lane.
 */
export function layoutFlowList(
	data: FlowDiagramData,
	width = NARROW_WIDTH,
): Layout & {
	boxes: (Box & { lines: string[]; details: string[] })[];
	paths: { d: string; dashed?: boolean }[];
	texts: { className: string; x: number; y: number; lines: string[]; anchor: 'start' | 'end' }[];
} {
	const order = data.columns.flatMap((column, c) => column.map((b) => ({ ...b, column: c })));
	const index = new Map(order.map((b, i) => [b.id, i]));
	const edges = data.edges.flatMap(([from, to, text]) => {
		const i = index.get(from);
		const j = index.get(to);
		return i === undefined || j === undefined || i === j ? [] : [{ i, j, text }];
	});
	// Lanes: an arrow that does not go to the very next box takes the first lane free over its span.
	const laneEnds: number[] = [];
	const laneOf = new Map<(typeof edges)[number], number>();
	for (const edge of edges
		.filter((e) => e.j !== e.i + 1)
		.sort((p, q) => Math.min(p.i, p.j) - Math.min(q.i, q.j))) {
		const [start, end] = [Math.min(edge.i, edge.j), Math.max(edge.i, edge.j)];
		let lane = laneEnds.findIndex((last) => last < start);
		if (lane < 0) lane = laneEnds.push(end) - 1;
		else laneEnds[lane] = end;
		laneOf.set(edge, lane);
	}
	const boxW = width - 2 * MARGIN - (laneEnds.length > 0 ? 10 + laneEnds.length * LANE_W : 0);
	const x = MARGIN;
	const centre = x + boxW / 2;
	const half = boxW / 2 - 10;
	// What goes in the gap above each box: the label of the arrow from the box above, then lane labels.
	const above = order.map(() => ({ left: [] as string[][], right: [] as string[][] }));
	for (const edge of edges) {
		if (!edge.text) continue;
		const lines = wrap(edge.text, half, SMALL);
		if (laneOf.has(edge)) above[edge.j]!.right.push(lines);
		else above[edge.j]!.left.push(lines);
	}
	const boxes: (Box & { lines: string[]; details: string[] })[] = [];
	const labels: Layout['labels'] = [];
	const texts: {
		className: string;
		x: number;
		y: number;
		lines: string[];
		anchor: 'start' | 'end';
	}[] = [];
	let y = MARGIN;
	order.forEach((b, k) => {
		const gap = above[k]!;
		const placed = [
			...gap.left.map((lines) => ({ lines, side: 'left' as const })),
			...gap.right.map((lines) => ({ lines, side: 'right' as const })),
		];
		if (k > 0 || placed.length > 0) {
			let top = y + 6;
			for (const { lines, side } of placed) {
				const w = Math.max(...lines.map((l) => textWidth(l, SMALL)));
				const h = lines.length * SMALL_LINE;
				const lx = side === 'left' ? centre - 8 - w : centre + 8;
				labels.push({ text: lines.join(' '), x: lx, y: top, w, h });
				texts.push({
					className: 'dg-detail',
					x: side === 'left' ? centre - 8 : centre + 8,
					y: top + SMALL,
					lines,
					anchor: side === 'left' ? 'end' : 'start',
				});
				top += h + 4;
			}
			y = Math.max(y + 28, top + 6);
		}
		const lines = wrap(b.label, boxW - 20, LABEL);
		const details = b.detail ? wrap(b.detail, boxW - 20, SMALL) : [];
		const h = 14 + lines.length * LINE + details.length * SMALL_LINE;
		boxes.push({
			id: b.id,
			label: b.label,
			detail: b.detail,
			column: b.column,
			x,
			y,
			w: boxW,
			h,
			lines,
			details,
		});
		y += h;
	});
	const paths = edges.map((edge) => {
		const a = boxes[edge.i]!;
		const b = boxes[edge.j]!;
		const lane = laneOf.get(edge);
		if (lane === undefined) return { d: `M${centre},${a.y + a.h} L${centre},${b.y - 2}` };
		const lx = x + boxW + 10 + lane * LANE_W + LANE_W / 2;
		const [y1, y2] = [a.y + a.h * 0.35, b.y + b.h * 0.65];
		return { d: `M${x + boxW},${y1} L${lx},${y1} L${lx},${y2} L${x + boxW + 2},${y2}` };
	});
	return { width, height: y + MARGIN, boxes, paths, rects: boxes, labels, texts };
}

/** Draws the top-down variant of a flow diagram. */
export function drawFlowList(id: string, data: FlowDiagramData): string {
	const layout = layoutFlowList(data);
	const parts: string[] = [arrowMarker(`${id}-arrow`)];
	for (const box of layout.boxes) {
		const cx = box.x + box.w / 2;
		parts.push(
			`<rect class="dg-box" x="${box.x}" y="${box.y}" width="${box.w}" height="${box.h}" rx="6"/>`,
			textLines('dg-label', cx, box.y + 7 + LABEL, box.lines, LINE, 'middle'),
		);
		if (box.details.length > 0)
			parts.push(
				textLines(
					'dg-detail',
					cx,
					box.y + 7 + box.lines.length * LINE + SMALL,
					box.details,
					SMALL_LINE,
					'middle',
				),
			);
	}
	for (const path of layout.paths)
		parts.push(`<path class="dg-edge" d="${path.d}" marker-end="url(#${id}-arrow)"/>`);
	for (const t of layout.texts)
		parts.push(textLines(t.className, t.x, t.y, t.lines, SMALL_LINE, t.anchor));
	return svgRoot(
		id,
		layout.width,
		layout.height,
		data.title,
		data.alt,
		parts.join(''),
		'dg-narrow',
	);
}
