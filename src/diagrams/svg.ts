/** Escapes text for SVG/HTML content and attribute values. */
export function esc(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

/** Rough width of a label in px at `size`, enough to size boxes without a font engine. */
export function textWidth(text: string, size: number): number {
	return text.length * size * 0.6;
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
