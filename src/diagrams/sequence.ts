import type { SequenceDiagramData } from '../schemas/diagram.ts';
import {
	arrowMarker,
	esc,
	svgRoot,
	textLines,
	textWidth,
	wrap,
	type Layout,
	type Rect,
} from './svg.ts';

const MARGIN = 16;
const HEAD_H = 40;
const ROW_H = 46;
const LABEL = 13;
const SMALL = 12;

/**
 * Places a sequence diagram: participants as columns with lifelines, steps as rows. A column is
 * wide enough for its participant's name and for every message label spread over the columns it
 * spans, so a label never runs into a neighbour's box or another row's label.
 */
export function layoutSequence(data: SequenceDiagramData): Layout & {
	/** The participants' boxes, in order. */
	heads: Rect[];
	/** One rect per note step, in order. */
	notes: Rect[];
	x: (name: string) => number;
	rowY: (i: number) => number;
} {
	const { participants, steps } = data;
	const index = new Map(participants.map((p, i) => [p, i]));
	let col = Math.max(130, ...participants.map((p) => textWidth(p, LABEL) + 28));
	for (const step of steps) {
		if ('from' in step) {
			const span = Math.abs(index.get(step.from)! - index.get(step.to)!);
			// A message to oneself is written to the right of its lifeline, within the column.
			col = Math.max(
				col,
				span === 0
					? (textWidth(step.label, SMALL) + 40) * 2
					: (textWidth(step.label, SMALL) + 24) / span,
			);
		} else col = Math.max(col, (textWidth(step.note, SMALL) + 24) / step.over.length);
	}
	col = Math.ceil(col);
	const x = (name: string) => MARGIN + index.get(name)! * col + col / 2;
	const rowY = (i: number) => MARGIN + HEAD_H + i * ROW_H + ROW_H * 0.68;
	const heads: Rect[] = participants.map((p) => ({
		x: x(p) - (col - 16) / 2,
		y: MARGIN,
		w: col - 16,
		h: HEAD_H - 8,
	}));
	const labels: Layout['labels'] = [];
	const notes: Rect[] = [];
	steps.forEach((step, i) => {
		const y = rowY(i);
		if (!('from' in step)) {
			const xs = step.over.map(x);
			notes.push({
				x: Math.min(...xs) - col / 2 + 10,
				y: y - 24,
				w: Math.max(...xs) - Math.min(...xs) + col - 20,
				h: 30,
			});
			return;
		}
		const w = textWidth(step.label, SMALL);
		const self = step.from === step.to;
		labels.push({
			text: step.label,
			x: self ? x(step.from) + 34 : (x(step.from) + x(step.to)) / 2 - w / 2,
			y: (self ? y - 4 : y - 8) - SMALL,
			w,
			h: SMALL + 4,
		});
	});
	return {
		width: MARGIN * 2 + participants.length * col,
		height: MARGIN + HEAD_H + steps.length * ROW_H + MARGIN + 10,
		rects: [...heads, ...notes],
		labels,
		heads,
		notes,
		x,
		rowY,
	};
}

/** Draws a sequence diagram as SVG, from the boxes, notes and labels its layout placed. */
export function drawSequence(id: string, data: SequenceDiagramData): string {
	const layout = layoutSequence(data);
	const { x, rowY, height } = layout;
	const marker = `${id}-arrow`;
	const parts: string[] = [arrowMarker(marker)];
	data.participants.forEach((p, i) => {
		const box = layout.heads[i]!;
		const cx = box.x + box.w / 2;
		parts.push(
			`<line class="dg-lifeline" x1="${cx}" y1="${MARGIN + HEAD_H}" x2="${cx}" y2="${height - MARGIN}"/>`,
			`<rect class="dg-box" x="${box.x}" y="${box.y}" width="${box.w}" height="${box.h}" rx="6"/>`,
			`<text class="dg-label" x="${cx}" y="${box.y + box.h / 2}" dominant-baseline="central" text-anchor="middle">${esc(p)}</text>`,
		);
	});
	const labels = layout.labels.values();
	const notes = layout.notes.values();
	data.steps.forEach((step, i) => {
		const y = rowY(i);
		if ('from' in step) {
			const [x1, x2] = [x(step.from), x(step.to)];
			const dash = step.dashed ? ' dg-dashed' : '';
			const label = labels.next().value!;
			const baseline = label.y + SMALL;
			parts.push(
				x1 === x2
					? `<path class="dg-edge${dash}" d="M${x1},${y - 12} h28 v14 h-26" marker-end="url(#${marker})"/><text class="dg-msg" x="${label.x}" y="${baseline}" dominant-baseline="central">${esc(step.label)}</text>`
					: `<line class="dg-edge${dash}" x1="${x1}" y1="${y}" x2="${x2 > x1 ? x2 - 2 : x2 + 2}" y2="${y}" marker-end="url(#${marker})"/><text class="dg-msg" x="${label.x + label.w / 2}" y="${baseline}" text-anchor="middle">${esc(step.label)}</text>`,
			);
		} else {
			const note = notes.next().value!;
			parts.push(
				`<rect class="dg-note" x="${note.x}" y="${note.y}" width="${note.w}" height="${note.h}" rx="4"/>`,
				`<text class="dg-msg" x="${note.x + note.w / 2}" y="${note.y + note.h / 2}" dominant-baseline="central" text-anchor="middle">${esc(step.note)}</text>`,
			);
		}
	});
	return svgRoot(id, layout.width, height, data.title, data.alt, parts.join(''));
}

const LINE = 17;
const SMALL_LINE = 15;
const ARROW_W = 36;

/**
 * Places a sequence diagram as a list of steps for narrow columns, top to bottom: a message is
 * its sender's box, an arrow and its receiver's box, with the message under them; a note is a
 * shaded box naming the participants it is over. Names and messages wrap to the width.
 */
export function layoutSequenceList(
	data: SequenceDiagramData,
	width: number,
): Layout & {
	items: (
		| {
				kind: 'message';
				from: Rect & { lines: string[] };
				to: Rect & { lines: string[] };
				dashed: boolean;
				self: boolean;
				text: { x: number; y: number; lines: string[] };
		  }
		| { kind: 'note'; box: Rect; who: string[]; lines: string[] }
	)[];
} {
	const inner = width - 2 * MARGIN;
	const boxW = (inner - ARROW_W) / 2;
	const rects: Rect[] = [];
	const labels: Layout['labels'] = [];
	const items: ReturnType<typeof layoutSequenceList>['items'] = [];
	let y = MARGIN;
	for (const step of data.steps) {
		if ('from' in step) {
			const self = step.from === step.to;
			const fromLines = wrap(step.from, boxW - 16, LABEL);
			const toLines = self ? [] : wrap(step.to, boxW - 16, LABEL);
			const h = 14 + Math.max(fromLines.length, toLines.length) * LINE;
			const from = { x: MARGIN, y, w: boxW, h, lines: fromLines };
			const to = { x: MARGIN + boxW + ARROW_W, y, w: boxW, h, lines: toLines };
			rects.push(from);
			if (!self) rects.push(to);
			const lines = wrap(step.label, inner, SMALL);
			const ty = y + h + 4;
			labels.push({
				text: step.label,
				x: MARGIN,
				y: ty,
				w: Math.max(...lines.map((l) => textWidth(l, SMALL))),
				h: lines.length * SMALL_LINE,
			});
			items.push({
				kind: 'message',
				from,
				to,
				dashed: step.dashed,
				self,
				text: { x: MARGIN, y: ty + SMALL, lines },
			});
			y = ty + lines.length * SMALL_LINE + 16;
		} else {
			const who = wrap(step.over.join(', '), inner - 16, SMALL);
			const lines = wrap(step.note, inner - 16, SMALL);
			const box = { x: MARGIN, y, w: inner, h: 12 + (who.length + lines.length) * SMALL_LINE };
			rects.push(box);
			items.push({ kind: 'note', box, who, lines });
			y += box.h + 16;
		}
	}
	return { width, height: y - 16 + MARGIN, rects, labels, items };
}

/** Draws the narrow variant of a sequence diagram: its steps as a list. */
export function drawSequenceList(id: string, data: SequenceDiagramData, width: number): string {
	const layout = layoutSequenceList(data, width);
	const marker = `${id}-arrow`;
	const parts: string[] = [arrowMarker(marker)];
	// A name's first baseline, so that its lines sit in the middle of the (shared) box height.
	const top = (box: Rect & { lines: string[] }) =>
		box.y + (box.h - box.lines.length * LINE) / 2 + LABEL;
	for (const item of layout.items) {
		if (item.kind === 'note') {
			const { box } = item;
			parts.push(
				`<rect class="dg-note" x="${box.x}" y="${box.y}" width="${box.w}" height="${box.h}" rx="4"/>`,
				textLines('dg-detail', box.x + 8, box.y + 6 + SMALL, item.who, SMALL_LINE),
				textLines(
					'dg-msg',
					box.x + 8,
					box.y + 6 + SMALL + item.who.length * SMALL_LINE,
					item.lines,
					SMALL_LINE,
				),
			);
			continue;
		}
		const { from, to } = item;
		const dash = item.dashed ? ' dg-dashed' : '';
		const mid = from.y + from.h / 2;
		parts.push(
			`<rect class="dg-box" x="${from.x}" y="${from.y}" width="${from.w}" height="${from.h}" rx="6"/>`,
			textLines('dg-label', from.x + from.w / 2, top(from), from.lines, LINE, 'middle'),
		);
		if (item.self)
			parts.push(
				`<path class="dg-edge${dash}" d="M${from.x + from.w},${mid - 8} h20 v16 h-18" marker-end="url(#${marker})"/>`,
			);
		else
			parts.push(
				`<line class="dg-edge${dash}" x1="${from.x + from.w}" y1="${mid}" x2="${to.x - 2}" y2="${mid}" marker-end="url(#${marker})"/>`,
				`<rect class="dg-box" x="${to.x}" y="${to.y}" width="${to.w}" height="${to.h}" rx="6"/>`,
				textLines('dg-label', to.x + to.w / 2, top(to), to.lines, LINE, 'middle'),
			);
		parts.push(textLines('dg-msg', item.text.x, item.text.y, item.text.lines, SMALL_LINE));
	}
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
