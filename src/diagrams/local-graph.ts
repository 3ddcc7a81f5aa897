import { esc } from './svg.ts';

export interface GraphNode {
	url: string;
	title: string;
	/** How the neighbour relates: it links here, this note links there, or both. */
	direction: 'in' | 'out' | 'both';
}

const WIDTH = 260;
const HEIGHT = 240;
const RADIUS = 88;
const shorten = (text: string, max = 22) =>
	text.length > max ? `${text.slice(0, max - 1)}…` : text;

/**
 * A note's neighbourhood as a static SVG: the note in the middle, the notes it links to and
 * that link to it around it, each a link. Arrowheads show the direction of the wiki-links.
 */
export function drawLocalGraph(title: string, neighbours: readonly GraphNode[]): string {
	const cx = WIDTH / 2;
	const cy = HEIGHT / 2;
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
		const dx = anchor === 'middle' ? 0 : anchor === 'start' ? 8 : -8;
		const dy = anchor === 'middle' ? (Math.sin(angle) > 0 ? 16 : -10) : 4;
		parts.push(
			`<a href="${esc(node.url)}"><title>${esc(node.title)}</title><circle class="lg-node" cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="5"/><text class="lg-label" x="${(x + dx).toFixed(1)}" y="${(y + dy).toFixed(1)}" text-anchor="${anchor}">${esc(shorten(node.title))}</text></a>`,
		);
	});
	parts.push(`<circle class="lg-self" cx="${cx}" cy="${cy}" r="8"/>`);
	return `<svg class="local-graph" viewBox="-120 0 ${WIDTH + 240} ${HEIGHT}" role="group" aria-label="Notes linked with ${esc(title)}">${parts.join('')}</svg>`;
}
