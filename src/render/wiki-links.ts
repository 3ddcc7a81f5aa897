import type { ElementContent } from 'hast';
import { linkText } from '../pipeline/site.ts';
import { WIKI_LINK, parseWikiLink } from '../pipeline/wiki-link.ts';
import { h, rewrite, text } from './hast.ts';
import type { Transform } from './transform.ts';

const NO_LINKS = new Set(['a', 'code', 'pre']);

/**
 * Turns `[[target#heading|label]]` into links to note pages, resolved by the same link index
 * the checks used. A link the checks reported (only possible in the dev server) stays visible
 * as marked text rather than breaking the page.
 */
export const wikiLinks: Transform = {
	name: 'wiki-links',
	transform(tree, { note, published, urls }) {
		const from = note.slug;
		const { site } = published;
		rewrite(
			tree,
			(node) => {
				if (node.type !== 'text' || !node.value.includes('[[')) return node;
				const parts: ElementContent[] = [];
				let last = 0;
				for (const match of node.value.matchAll(WIKI_LINK)) {
					if (match.index > last) parts.push(text(node.value.slice(last, match.index)));
					const link = parseWikiLink(match[1]!);
					const result = site.resolver.resolve(link, from);
					parts.push(
						result.ok && published.has(result.slug)
							? h(
									'a',
									{ href: urls.note(result.slug, result.headingId), className: ['wiki-link'] },
									[text(linkText(site.notes, link, result.slug, result.headingId))],
								)
							: h(
									'span',
									{
										className: ['broken-link'],
										title: result.ok ? 'links to a draft' : result.message,
									},
									[text(match[0])],
								),
					);
					last = match.index + match[0].length;
				}
				if (last < node.value.length) parts.push(text(node.value.slice(last)));
				return parts;
			},
			(node) => node.type === 'element' && NO_LINKS.has(node.tagName),
		);
	},
};
