import { visit } from 'unist-util-visit';
import type { Root, Parent } from 'mdast';
import type { ElementContent } from 'hast';
import type { VFile } from 'vfile';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { loadSite } from '../graph/site.ts';
import { slugFromPath } from '../lib/slug.ts';
import { sourceUrl } from '../lib/urls.ts';
import { previewText } from '../lib/preview.ts';

/**
 * Replaces each `<Cite src at />` with a numbered marker linking to the cited source segment,
 * with the segment's text as a preview shown on hover and focus (CSS only, no script). The
 * numbers come from the shared citation index, so the marker and the note's source list agree.
 */
export function remarkCitations({ base }: { base: string }) {
	return (tree: Root, file: VFile) => {
		const slug = slugFromPath(file.path);
		const site = loadSite();
		const citations = site.citations.byNote.get(slug) ?? [];
		let next = 0;
		visit(tree, (node, index, parent: Parent | undefined) => {
			if ((node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') || (node as MdxJsxTextElement).name !== 'Cite') return undefined;
			if (!parent || index === undefined) return undefined;
			const citation = citations[next++];
			if (!citation) throw new Error(`${file.path}: citation ${next} was not found in the citation index; run npm run check`);
			const source = site.sources.get(citation.src)!;
			const id = `cite-${citation.n}-${next}`;
			const preview: ElementContent[] = [
				{ type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: `${source.data.title}, ${citation.segment.label}` }] },
				{ type: 'text', value: ` ${previewText(citation.quote ?? citation.segment.text)}` },
			];
			const marker = {
				type: 'citeMarker',
				data: {
					hName: 'span',
					hProperties: { className: ['cite'] },
					hChildren: [
						{
							type: 'element',
							tagName: 'a',
							properties: { href: sourceUrl(base, citation.src, citation.segment.anchor), className: ['cite-link'], 'aria-describedby': `${id}-preview`, id },
							children: [{ type: 'element', tagName: 'sup', properties: {}, children: [{ type: 'text', value: `[${citation.n}]` }] }],
						},
						{ type: 'element', tagName: 'span', properties: { className: ['cite-preview'], role: 'tooltip', id: `${id}-preview` }, children: preview },
					],
				},
			};
			(parent.children as unknown[])[index] = marker as unknown as MdxJsxFlowElement;
			return undefined;
		});
	};
}
