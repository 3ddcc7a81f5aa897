import { findAndReplace } from 'mdast-util-find-and-replace';
import type { Link, Root } from 'mdast';
import type { VFile } from 'vfile';
import { displayPath } from '../lib/diagnostics.ts';
import { slugFromPath } from '../lib/slug.ts';
import { noteUrl } from '../lib/urls.ts';
import { linkText, loadSite } from '../graph/site.ts';
import { WIKI_LINK, parseWikiLink } from '../graph/wiki-link.ts';

export interface WikiLinkOptions {
	/** The site's base path, e.g. `/` or `/kb/`. */
	base: string;
}

/**
 * Turns `[[target#heading|label]]` into links to note pages. Targets are resolved by the
 * link index shared with the checks, so what renders is exactly what was checked.
 */
export function remarkWikiLinks({ base }: WikiLinkOptions) {
	return (tree: Root, file: VFile) => {
		const from = slugFromPath(file.path);
		const site = loadSite();
		findAndReplace(tree, [
			new RegExp(WIKI_LINK),
			(raw: string, inner: string) => {
				const parts = parseWikiLink(inner);
				const result = site.resolver.resolve(parts, from);
				if (!result.ok) {
					// The content check stops the build before this; reaching here means dev mode.
					throw new Error(`${displayPath(file.path)}: ${result.message} in ${raw} (${result.hint})`);
				}
				const link: Link = {
					type: 'link',
					url: noteUrl(base, result.slug, result.headingId),
					children: [{ type: 'text', value: linkText(site, parts, result.slug, result.headingId) }],
					data: { hProperties: { className: ['wiki-link'] } },
				};
				return link;
			},
		]);
	};
}
