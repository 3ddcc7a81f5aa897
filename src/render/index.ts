import { toHtml } from 'hast-util-to-html';
import type { SiteUrls } from '../lib/urls.ts';
import { termMatcher } from '../pipeline/glossary-terms.ts';
import type { Published } from '../pipeline/publish.ts';
import { parseNote } from '../pipeline/note-syntax.ts';
import type { NoteFile } from '../pipeline/read.ts';
import { drawDiagram } from '../diagrams/index.ts';
import { citations } from './citations.ts';
import { code, createCodeHighlighter } from './code.ts';
import { elements } from './elements.ts';
import { glossaryTerms } from './glossary-terms.ts';
import { headings } from './headings.ts';
import { summaries } from './summaries.ts';
import { inlineCode } from './inline-code.ts';
import { tables } from './tables.ts';
import { taskLists } from './task-lists.ts';
import type { RenderContext, Transform } from './transform.ts';
import { wikiLinks } from './wiki-links.ts';

/**
 * The renderer's steps, in order. Elements run before citations and links so that a component's
 * content is plain HTML by then; the glossary runs last, over the text no other step claimed.
 */
export const TRANSFORMS: readonly Transform[] = [
	headings,
	elements,
	citations,
	wikiLinks,
	code,
	inlineCode,
	tables,
	taskLists,
	summaries,
	glossaryTerms,
];

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
 * The note renderer for a published view: each note is parsed again (the checks keep what they
 * read of it, not its tree), goes through `TRANSFORMS` and comes out as HTML. Notes never run as
 * code: MDX elements are data here, turned into HTML by the project's own functions. Rendering
 * leaves the checked site untouched, so it can be rendered again, and holds one tree at a time.
 */
export async function createRenderer(published: Published, urls: SiteUrls): Promise<Renderer> {
	const highlighter = await createCodeHighlighter(
		published.notes.flatMap((n) => n.syntax.code.map((c) => c.lang ?? 'text')),
	);
	const terms = termMatcher(published.glossary);
	const drawings = new Map(
		[...published.site.diagrams.values()].map((d) => [d.id, drawDiagram(d.id, d.data)]),
	);
	return {
		render(note) {
			const context: RenderContext = {
				note,
				published,
				urls,
				highlight: highlighter.highlight,
				terms,
				drawings,
			};
			const tree = parseNote(note.source);
			for (const step of TRANSFORMS) step.transform(tree, context);
			return {
				html: toHtml(tree, { allowDangerousHtml: true }),
				headings: note.headings.map((h) => ({ depth: h.depth, slug: h.id, text: h.text })),
			};
		},
		codeCss: () => highlighter.css(),
		drawings,
	};
}
