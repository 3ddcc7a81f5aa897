import { toHtml } from 'hast-util-to-html';
import type { SiteUrls } from '../lib/urls.ts';
import { termMatcher } from '../pipeline/glossary-terms.ts';
import type { Published } from '../pipeline/publish.ts';
import type { NoteFile } from '../pipeline/read.ts';
import { renderCitations } from './citations.ts';
import { createCodeHighlighter, renderCode } from './code.ts';
import { drawDiagram } from '../diagrams/index.ts';
import { renderElements } from './elements.ts';
import { renderGlossaryTerms } from './glossary-terms.ts';
import { renderWikiLinks } from './wiki-links.ts';
import { renderTables } from './tables.ts';
import { renderTaskLists } from './task-lists.ts';

/** A note's body as HTML, and its outline. */
export interface RenderedNote {
	html: string;
	headings: { depth: number; slug: string; text: string }[];
}

export interface Renderer {
	render(note: NoteFile): RenderedNote;
	/** The stylesheet for the code colours of every note rendered so far. */
	codeCss(): string;
	/** Each diagram drawn once, as SVG, by id: for the notes that show it and its own page. */
	drawings: ReadonlyMap<string, string>;
}

/**
 * The note renderer for a published view: each note's parsed tree (from the one parse that the
 * checks read) goes through the site's transforms and comes out as HTML. Notes never run as
 * code: MDX elements are data here, turned into HTML by the project's own functions.
 * Rendering consumes the tree, so each note is rendered once.
 */
export async function createRenderer(published: Published, urls: SiteUrls): Promise<Renderer> {
	const code = await createCodeHighlighter(
		published.notes.flatMap((n) => n.syntax.code.map((c) => c.lang ?? 'text')),
	);
	const terms = termMatcher(published.glossary);
	const drawings = new Map(
		[...published.site.diagrams.values()].map((d) => [d.id, drawDiagram(d.id, d.data)]),
	);
	return {
		render(note) {
			const tree = note.syntax.tree;
			renderElements(tree, published, urls, drawings);
			renderCitations(tree, note.slug, published, urls);
			renderWikiLinks(tree, note.slug, published, urls);
			renderCode(tree, code.highlight);
			renderTables(tree);
			renderTaskLists(tree);
			renderGlossaryTerms(tree, note.slug, note.data.pillar, terms, urls);
			return {
				html: toHtml(tree, { allowDangerousHtml: true }),
				headings: note.headings.map((h) => ({ depth: h.depth, slug: h.id, text: h.text })),
			};
		},
		codeCss: () => code.css(),
		drawings,
	};
}
