/**
 * The colours of a diagram for a standalone SVG file: the page's stylesheet is not there, so the
 * file carries the theme's colours itself (light, and dark when the reader's system is dark).
 */
const STYLE = `
svg { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; background: #ffffff; }
.dg-box { fill: #ffffff; stroke: #4f5863; stroke-width: 1.2; }
.dg-note { fill: #e6f0fb; stroke: #0b5cad; stroke-width: 1; }
.dg-label { fill: #1b1f24; font-size: 13px; font-weight: 600; }
.dg-msg { fill: #1b1f24; font-size: 12px; }
.dg-detail { fill: #4f5863; font-size: 12px; }
.dg-edge { stroke: #0b5cad; stroke-width: 1.6; fill: none; }
.dg-dashed { stroke-dasharray: 5 4; }
.dg-lifeline { stroke: #d0d7de; stroke-width: 1.2; stroke-dasharray: 4 4; }
.dg-arrowhead { fill: #0b5cad; }
@media (prefers-color-scheme: dark) {
	svg { background: #0f1419; }
	.dg-box { fill: #1b232d; stroke: #a8b3bf; }
	.dg-note { fill: #15293f; stroke: #6cb6ff; }
	.dg-label, .dg-msg { fill: #e6edf3; }
	.dg-detail { fill: #a8b3bf; }
	.dg-edge { stroke: #6cb6ff; }
	.dg-lifeline { stroke: #36414d; }
	.dg-arrowhead { fill: #6cb6ff; }
}`;

/**
 * The wide picture of a diagram (the first SVG of `drawDiagram`'s output) as a file of its own,
 * at its natural size: a browser opens it whole, and the reader zooms it freely.
 */
export function standaloneSvg(drawn: string): string {
	const wide = drawn.slice(0, drawn.indexOf('</svg>') + '</svg>'.length);
	return `<?xml version="1.0" encoding="UTF-8"?>\n${wide.replace(/(<desc [^>]*>.*?<\/desc>)/s, `$1<style>${STYLE}</style>`)}\n`;
}
