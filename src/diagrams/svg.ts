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
): string {
	const w = Math.ceil(width);
	const h = Math.ceil(height);
	return `<svg class="diagram-svg" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-labelledby="${id}-title ${id}-desc"><title id="${id}-title">${esc(title)}</title><desc id="${id}-desc">${esc(alt)}</desc>${body}</svg>`;
}
