import GithubSlugger from 'github-slugger';

/** A note's slug: its file name without extension, also the last part of its URL. */
export type NoteSlug = string & { readonly __brand: 'NoteSlug' };
/** An id on a rendered page, as produced for headings. */
export type HeadingId = string & { readonly __brand: 'HeadingId' };

/** Ids of every content file (note slugs, glossary, source, path and diagram ids): the file name, which becomes a URL. */
const CONTENT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True when a file name (without extension) is a valid id: lower-case words joined by hyphens. */
export function isContentId(name: string): boolean {
	return CONTENT_ID.test(name);
}

/** The id a name should have: `"Sidecar"` → `sidecar`, `"Node pool quotas"` → `node-pool-quotas`. */
export function contentId(name: string): string {
	return slugify(name);
}

/** Turns a title into a slug: `"Pod Disruption Budgets (PDB)"` → `pod-disruption-budgets-pdb`. */
export function slugify(text: string): NoteSlug {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '') as NoteSlug;
}

/**
 * Heading ids in page order, made exactly as Astro makes them (github-slugger, which
 * de-duplicates repeats as `name-1`, `name-2`), so `[[note#heading]]` can be checked before rendering.
 */
export function headingIds(headingTexts: readonly string[]): HeadingId[] {
	const slugger = new GithubSlugger();
	return headingTexts.map((text) => startWithLetter(slugger.slug(text)));
}

/** An id that starts with a digit ("1. Staging" → `1-staging`) gets `h-` in front, as HTML validators expect. */
export function startWithLetter(id: string): HeadingId {
	return (/^[0-9]/.test(id) ? `h-${id}` : id) as HeadingId;
}

/** Splits a `slug#heading` reference (glossary entries point at notes this way). */
export function splitNoteRef(ref: string): { slug: NoteSlug; heading?: string } {
	const [slug, heading] = ref.split('#') as [string, string | undefined];
	return heading ? { slug: slug as NoteSlug, heading } : { slug: slug as NoteSlug };
}

/** Folds a link target or alias for case-insensitive matching: `Mutual  TLS` → `mutual tls`. */
export function foldKey(text: string): string {
	return text.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
}
