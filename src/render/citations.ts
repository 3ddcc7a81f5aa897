import type { NoteSlug } from '../lib/slug.ts';
import type { SiteUrls } from '../lib/urls.ts';
import { previewText } from '../lib/preview.ts';
import type { Citation } from '../pipeline/citations.ts';
import { startOf, type NoteNode } from '../pipeline/note-syntax.ts';
import type { Published } from '../pipeline/publish.ts';
import { h, rewrite, text } from './hast.ts';

/** The id of the k-th citation marker of a note (1-based, document order), which "Cited by" on source pages links back to. */
export const citeId = (n: number, k: number) => `cite-${n}-${k}`;

/**
 * Replaces each `<Cite src at />` with a numbered marker linking to the cited segment, and a
 * preview of the segment shown on hover and focus (CSS only, no script). The numbers come from
 * the citation index, so markers and the note's source list agree.
 */
export function renderCitations(
	tree: NoteNode,
	slug: NoteSlug,
	published: Published,
	urls: SiteUrls,
): void {
	const citations = published.citations(slug);
	rewrite(tree, (node) => {
		if (
			(node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') ||
			node.name !== 'Cite'
		)
			return node;
		const { line, column } = startOf(node);
		const citation = citations.find((c) => c.line === line && c.column === column);
		if (!citation) return h('span', { className: ['broken-link'] }, [text('[citation not found]')]);
		return marker(citation, citations.indexOf(citation) + 1, published, urls);
	});
}

function marker(citation: Citation, k: number, published: Published, urls: SiteUrls) {
	const id = citeId(citation.n, k);
	const source = published.site.sources.get(citation.src)!;
	return h('span', { className: ['cite'] }, [
		h(
			'a',
			{
				href: urls.source(citation.src, citation.segment.anchor),
				className: ['cite-link'],
				id,
				ariaDescribedBy: [`${id}-preview`],
			},
			[h('sup', {}, [text(`[${citation.n}]`)])],
		),
		h(
			'span',
			{ className: ['cite-preview'], role: 'tooltip', id: `${id}-preview`, dataPagefindIgnore: '' },
			[
				h('strong', {}, [text(`${source.data.title}, ${citation.segment.label}`)]),
				text(` ${previewText(citation.quote ?? citation.segment.text)}`),
			],
		),
	]);
}
