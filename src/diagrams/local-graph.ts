import { esc, textWidth } from './svg.ts';

export interface GraphNode {
	url: string;
	title: string;
	/** How the neighbour relates: it links here, this note links there, or both. */
	direction: 'in' | 'out' | 'both';
}

const FONT = 14;
const RADIUS = 120;
/** Titles longer than this are shortened on the graph; the full title is the link's accessible name and tooltip. */
const MAX_LABEL = 28;
const shorten = (text: string) =>
	text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1).trimEnd()}…` : text;

/**
 * A note's neighbourhood as a static SVG: the note in the middle, the notes it links to and that
 * link to it around it, each a link. The picture is wide enough for every shortened label at a
 * readable size; each link's full title is its accessible name and hover text.
 */
export function drawLocalGraph(title: string, neighbours: readonly GraphNode[]): string {
	const reach =
		RADIUS + 10 + Math.max(0, ...neighbours.map((n) => textWidth(shorten(n.title), FONT)));
	const width = Math.ceil(reach * 2 + 16);
	const height = RADIUS * 2 + 80;
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
		const dy = anchor === 'middle' ? (Math.sin(angle) > 0 ? 20 : -12) : 5;
		parts.push(
			`<a href="${esc(node.url)}" aria-label="${esc(node.title)}"><title>${esc(node.title)}</title><circle class="lg-node" cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="6"/><text class="lg-label" x="${(x + dx).toFixed(1)}" y="${(y + dy).toFixed(1)}" text-anchor="${anchor}">${esc(shorten(node.title))}</text></a>`,
		);
	});
	parts.push(`<circle class="lg-self" cx="${cx}" cy="${cy}" r="9"/>`);
	return `<svg class="local-graph" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="group" aria-label="Notes linked with ${esc(title)}">${parts.join('')}</svg>`;
}
