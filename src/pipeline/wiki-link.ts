/** The parts of a `[[target#heading|label]]` link. */
export interface WikiLinkParts {
	/** Slug, title or alias; empty for a link to a heading of the same note (`[[#heading]]`). */
	target: string;
	heading?: string;
	label?: string;
}

/** Matches one wiki-link; the inner text may not contain brackets or line breaks. */
export const WIKI_LINK = /\[\[([^[\]\n]+?)\]\]/g;

/** Splits the inside of `[[…]]` into target, heading and label. */
export function parseWikiLink(inner: string): WikiLinkParts {
	const pipe = inner.indexOf('|');
	const ref = (pipe === -1 ? inner : inner.slice(0, pipe)).trim();
	const label = pipe === -1 ? undefined : inner.slice(pipe + 1).trim() || undefined;
	const hash = ref.indexOf('#');
	const target = (hash === -1 ? ref : ref.slice(0, hash)).trim();
	const heading = hash === -1 ? undefined : ref.slice(hash + 1).trim() || undefined;
	return { target, heading, label };
}
