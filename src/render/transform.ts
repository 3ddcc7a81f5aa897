import type { SiteUrls } from '../lib/urls.ts';
import type { TermMatcher } from '../pipeline/glossary-terms.ts';
import type { NoteTree } from '../pipeline/note-syntax.ts';
import type { Published } from '../pipeline/publish.ts';
import type { NoteFile } from '../pipeline/read.ts';
import type { Element } from 'hast';

/** Highlights one code block: its text, fence language and meta string, as a `<pre>` (or a figure with a title). */
export type Highlight = (code: string, lang: string, meta: string | undefined) => Element;

/** What every transform may read while a note is rendered: the note, the site and the tools. */
export interface RenderContext {
	note: NoteFile;
	published: Published;
	urls: SiteUrls;
	highlight: Highlight;
	terms: TermMatcher;
	/** Each diagram drawn once, as SVG, by id. */
	drawings: ReadonlyMap<string, string>;
}

/**
 * One step of the note renderer: it rewrites the note's tree (a copy of the parsed one, never
 * the tree the checks read). The renderer runs its transforms in list order, so adding an
 * element or a rule is one entry in `TRANSFORMS` (src/render/index.ts).
 */
export interface Transform {
	name: string;
	transform(tree: NoteTree, context: RenderContext): void;
}
