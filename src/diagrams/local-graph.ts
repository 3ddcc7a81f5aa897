import { esc, textWidth } from './svg.ts';

export interface GraphNode {
	url: string;
	title: string;
	/** How the neighbour relates: it links here, this note links there, or both. */
	direction: 'in' | 'out' | 'both';
}

const FONT = 14;
const LINE = 17;
const RADIUS = 120;
/** Characters per label line; a title takes at most two lines, and only a longer one is shortened. */
const MAX_LINE = 24;

/** A title as one or two lines of words, the second shortened with "…" if the title does not fit. */
export function labelLines(title: string): string[] {
	const lines: string[] = [];
	for (const word of title.split(/\s+/)) {
		const last = lines.at(-1);
		if (last !== undefined && `${last} ${word}`.length <= MAX_LINE)
			lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	if (lines.length <= 2) return lines;
	const second = lines.slice(1).join(' ');
	return [lines[0]!, `${second.slice(0, MAX_LINE - 1).trimEnd()}…`];
}

/**
 * A note's neighbourhood as a static SVG: the note in the middle, the notes it links to and that
 * link to it around it, each a link. The picture is wide enough for every shortened label at a
 * readable size; each link's full title is its accessible name and hover text.
 */
export function drawLocalGraph(title: string, neighbours: readonly GraphNode[]): string {
	const labels = neighbours.map((n) => labelLines(n.title));
	const reach = RADIUS + 10 + Math.max(0, ...labels.flat().map((line) => textWidth(line, FONT)));
	const width = Math.ceil(reach * 2 + 16);
	const height = RADIUS * 2 + 2 * (40 + LINE);
	const [cx, cy] = [width / 2, height / 2];
	const parts: string[] = [];
	neighbours.forEach((node, i) => {
		const angle = (2 * Math.PI * i) / neighbours.length - Math.PI / 2;
		const x = cx + RADIUS * Math.cos(angle);
		const y = cy + RADIUS * Math.sin(angle);
		parts.push(
			`<line class="lg-edge lg-${node.direction}" x1="${cx.toFixed(1)}" y1="${cy.toFixed(1)}" x2="${x.toFixed(1)}" y2="${y.toFixed(1)}"/>`,
		);
		const anchor =
			Math.abs(Math.cos(angle)) < 0.3 ? 'middle' : Math.cos(angle) > 0 ? 'start' : 'end';
		const dx = anchor === 'middle' ? 0 : anchor === 'start' ? 10 : -10;
		const lines = labels[i]!;
		const extra = (lines.length - 1) * LINE;
		// Labels above a node grow upwards, those beside it stay centred on it.
		const dy = anchor === 'middle' ? (Math.sin(angle) > 0 ? 20 : -12 - extra) : 5 - extra / 2;
		const lx = (x + dx).toFixed(1);
		const tspans = lines
			.map((line, k) => `<tspan x="${lx}"${k > 0 ? ` dy="${LINE}"` : ''}>${esc(line)}</tspan>`)
			.join('');
		// The visible label is the link's name; <title> gives the full title on hover when it was shortened.
		parts.push(
			`<a href="${esc(node.url)}"><title>${esc(node.title)}</title><circle class="lg-node" cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="6"/><text class="lg-label" x="${lx}" y="${(y + dy).toFixed(1)}" text-anchor="${anchor}">${tspans}</text></a>`,
		);
	});
	parts.push(`<circle class="lg-self" cx="${cx}" cy="${cy}" r="9"/>`);
	return `<svg class="local-graph" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="group" aria-label="Notes linked with ${esc(title)}">${parts.join('')}</svg>`;
}
