import type { SequenceDiagramData } from '../schemas/diagram.ts';
import { arrowMarker, esc, svgRoot, textWidth } from './svg.ts';

const MARGIN = 16;
const HEAD_H = 40;
const ROW_H = 46;
const FONT = 13;

/** Draws a sequence diagram: participants as columns with lifelines, steps as rows. */
export function drawSequence(id: string, data: SequenceDiagramData): string {
	const { participants, steps } = data;
	const index = new Map(participants.map((p, i) => [p, i]));
	// A column is wide enough for its participant's name and for each message label spread over the columns it spans.
	let col = Math.max(130, ...participants.map((p) => textWidth(p, FONT) + 28));
	for (const step of steps) {
		if ('from' in step) {
			const span = Math.abs(index.get(step.from)! - index.get(step.to)!) || 1;
			col = Math.max(col, (textWidth(step.label, FONT - 1) + 24) / span);
		}
	}
	col = Math.min(Math.ceil(col), 260);
	const x = (name: string) => MARGIN + index.get(name)! * col + col / 2;
	const width = MARGIN * 2 + participants.length * col;
	const height = MARGIN + HEAD_H + steps.length * ROW_H + MARGIN + 10;
	const marker = `${id}-arrow`;
	const parts: string[] = [arrowMarker(marker)];

	participants.forEach((p) => {
		const cx = x(p);
		const w = col - 16;
		parts.push(
			`<line class="dg-lifeline" x1="${cx}" y1="${MARGIN + HEAD_H}" x2="${cx}" y2="${height - MARGIN}"/>`,
		);
		parts.push(
			`<rect class="dg-box" x="${cx - w / 2}" y="${MARGIN}" width="${w}" height="${HEAD_H - 8}" rx="6"/>`,
		);
		parts.push(
			`<text class="dg-label" x="${cx}" y="${MARGIN + (HEAD_H - 8) / 2}" dominant-baseline="central" text-anchor="middle">${esc(p)}</text>`,
		);
	});

	steps.forEach((step, i) => {
		const y = MARGIN + HEAD_H + i * ROW_H + ROW_H * 0.68;
		if ('from' in step) {
			const x1 = x(step.from);
			const x2 = x(step.to);
			const dash = step.dashed ? ' dg-dashed' : '';
			if (x1 === x2) {
				parts.push(
					`<path class="dg-edge${dash}" d="M${x1},${y - 12} h28 v14 h-26" marker-end="url(#${marker})"/>`,
				);
				parts.push(
					`<text class="dg-msg" x="${x1 + 34}" y="${y - 4}" dominant-baseline="central">${esc(step.label)}</text>`,
				);
			} else {
				const end = x2 > x1 ? x2 - 2 : x2 + 2;
				parts.push(
					`<line class="dg-edge${dash}" x1="${x1}" y1="${y}" x2="${end}" y2="${y}" marker-end="url(#${marker})"/>`,
				);
				parts.push(
					`<text class="dg-msg" x="${(x1 + x2) / 2}" y="${y - 8}" text-anchor="middle">${esc(step.label)}</text>`,
				);
			}
		} else {
			const xs = step.over.map(x);
			const left = Math.min(...xs) - col / 2 + 10;
			const right = Math.max(...xs) + col / 2 - 10;
			parts.push(
				`<rect class="dg-note" x="${left}" y="${y - 24}" width="${right - left}" height="30" rx="4"/>`,
			);
			parts.push(
				`<text class="dg-msg" x="${(left + right) / 2}" y="${y - 9}" dominant-baseline="central" text-anchor="middle">${esc(step.note)}</text>`,
			);
		}
	});
	return svgRoot(id, width, height, data.title, data.alt, parts.join(''));
}
