import type { SiteUrls } from '../lib/urls.ts';
import { excerptAround } from '../lib/preview.ts';
import { readingOf } from '../schemas/source.ts';
import type { Citation } from '../pipeline/citations.ts';
import { offsetOf } from '../pipeline/note-syntax.ts';
import type { Published } from '../pipeline/publish.ts';
import { h, rewrite, text } from './hast.ts';
import type { Transform } from './transform.ts';

/**
 * Replaces each `<Cite src at />` with a numbered marker linking to the cited segment, and a
 * preview of the segment shown on hover and focus (CSS only, no script). Number and id come
 * from the citation index, so markers, the note's source list and "Cited by" agree.
 */
export const citations: Transform = {
	name: 'citations',
	transform(tree, { note, published, urls }) {
		const at = new Map(published.citations(note.slug).map((c) => [c.offset, c]));
		rewrite(tree, (node) => {
			if (
				(node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') ||
				node.name !== 'Cite'
			)
				return node;
			const citation = at.get(offsetOf(node));
			return citation
				? marker(citation, published, urls)
				: h('span', { className: ['broken-link'] }, [text('[citation not found]')]);
		});
	},
};

function marker(citation: Citation, published: Published, urls: SiteUrls) {
	const { id } = citation;
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
