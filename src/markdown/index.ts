import { transformerMetaHighlight, transformerNotationDiff, transformerNotationHighlight } from '@shikijs/transformers';
import type { RehypePlugins, RemarkPlugins, ShikiConfig } from '@astrojs/markdown-remark';
import { remarkWikiLinks } from './remark-wiki-links.ts';
import { remarkCitations } from './remark-citations.ts';
import { transformerCodeTitle } from './shiki-code-title.ts';
import { rehypeGlossaryTerms } from './rehype-glossary-terms.ts';

/** The remark plugins every note goes through, in order. */
export function remarkPlugins(base: string): RemarkPlugins {
	return [
		[remarkWikiLinks, { base }],
		[remarkCitations, { base }],
	];
}

/** The rehype plugins every note goes through, after Shiki. */
export function rehypePlugins(base: string): RehypePlugins {
	return [[rehypeGlossaryTerms, { base }]];
}

/** Code highlighting: light and dark themes as CSS variables, line highlight, diff and titles. */
export const shikiConfig: ShikiConfig = {
	themes: { light: 'github-light', dark: 'github-dark' },
	defaultColor: false,
	transformers: [transformerMetaHighlight(), transformerNotationHighlight(), transformerNotationDiff(), transformerCodeTitle()],
};
