import type { NoteSlug } from '../lib/slug.ts';
import type { SiteUrls } from '../lib/urls.ts';
import { excerptAround } from '../lib/preview.ts';
import { readingOf } from '../schemas/source.ts';
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
	const { outdated } = citation.segment;
	const { before, match, after } = excerptAround(
		readingOf(citation.segment),
		citation.support.start,
		citation.support.end,
	);
	return h('span', { className: ['cite'] }, [
		h(
			'a',
			{
				href: urls.source(citation.src, published.markId(citation)),
				className: ['cite-link'],
				id,
				ariaDescribedBy: [`${id}-preview`],
			},
			[
				h('sup', {}, [
					text(`[${citation.n}]`),
					// A citation of a part of a source that is out of date says so where it stands.
					...(outdated
						? [
								h('span', { className: ['cite-dated'], title: 'outdated source' }, [text('†')]),
								h('span', { className: ['visually-hidden'] }, [text(' (outdated source)')]),
							]
						: []),
				]),
			],
		),
		h(
			'span',
			{ className: ['cite-preview'], role: 'tooltip', id: `${id}-preview`, dataPagefindIgnore: '' },
			[
				h('strong', {}, [text(`${source.data.title}, ${citation.segment.label}`)]),
				text(' '),
				...(outdated
					? [
							h('span', { className: ['cite-preview-dated'] }, [
								text(`Outdated: ${outdated.reason} Today: ${outdated.today}`),
							]),
							text(' '),
						]
					: []),
				text(before),
				h('mark', {}, [text(match)]),
				text(after),
			],
		),
	]);
}
