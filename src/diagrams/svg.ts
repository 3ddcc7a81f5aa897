/** Escapes text for SVG/HTML content and attribute values. */
export function esc(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

/** Rough width of a label in px at `size`, on the generous side, enough to size boxes without a font engine. */
export function textWidth(text: string, size: number): number {
	return text.length * size * 0.62;
}

/**
 * Breaks text into lines no wider than `width` at `size` (by the same generous estimate as
 * `textWidth`); a single word longer than the line is kept whole on its own line.
 */
export function wrap(text: string, width: number, size: number): string[] {
	const lines: string[] = [];
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const last = lines.at(-1);
		if (last !== undefined && textWidth(`${last} ${word}`, size) <= width)
			lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines.length > 0 ? lines : [''];
}

/** `<text>` with one `<tspan>` per line, the first baseline at `y`, lines `lineHeight` apart. */
export function textLines(
	className: string,
	x: number,
	y: number,
	lines: string[],
	lineHeight: number,
	anchor: 'start' | 'middle' | 'end' = 'start',
): string {
	const spans = lines
		.map((line, i) => `<tspan x="${x}" y="${y + i * lineHeight}">${esc(line)}</tspan>`)
		.join('');
	return `<text class="${className}" text-anchor="${anchor}">${spans}</text>`;
}

/** A rectangle in diagram units. */
export interface Rect {
	x: number;
	y: number;
	w: number;
	h: number;
}

/** What a drawn diagram occupies: its size, its boxes and its free-standing labels. */
export interface Layout {
	width: number;
	height: number;
	rects: Rect[];
	labels: (Rect & { text: string })[];
}

/** True when two rectangles overlap. */
export const meet = (a: Rect, b: Rect) =>
	a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Every label that overlaps a box or another label, as readable pairs (empty when the layout is clean). */
export function overlaps(layout: Layout): string[] {
	const found: string[] = [];
	layout.labels.forEach((label, i) => {
		for (const rect of layout.rects)
			if (meet(label, rect)) found.push(`label "${label.text}" overlaps a box`);
		for (const other of layout.labels.slice(i + 1))
			if (meet(label, other)) found.push(`labels "${label.text}" and "${other.text}" overlap`);
		if (
			label.x < 0 ||
			label.y < 0 ||
			label.x + label.w > layout.width ||
			label.y + label.h > layout.height
		)
			found.push(`label "${label.text}" is cut off`);
	});
	return found;
}

/** An arrowhead marker; its colour comes from the page's CSS, so it follows the theme. */
export function arrowMarker(id: string): string {
	return `<defs><marker id="${id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path class="dg-arrowhead" d="M0,0 L10,5 L0,10 z"/></marker></defs>`;
}

/** Wraps drawn content in an accessible `<svg>` (role img, title and description). */
export function svgRoot(
	id: string,
	width: number,
	height: number,
	title: string,
	alt: string,
	body: string,
	variant = '',
): string {
	const w = Math.ceil(width);
	const h = Math.ceil(height);
	return `<svg class="diagram-svg${variant ? ` ${variant}` : ''}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-labelledby="${id}-title ${id}-desc"><title id="${id}-title">${esc(title)}</title><desc id="${id}-desc">${esc(alt)}</desc>${body}</svg>`;
}
