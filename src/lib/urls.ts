import type { NoteSlug } from './slug.ts';

/** Joins the site base (`/` or `/kb/`) with a path, leaving exactly one slash between them. */
export function withBase(base: string, path: string): string {
	return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** URL of a note page, optionally at a heading. */
export function noteUrl(base: string, slug: NoteSlug | string, headingId?: string): string {
	return withBase(base, `notes/${slug}/${headingId ? `#${headingId}` : ''}`);
}

export const pillarUrl = (base: string, pillar: string) => withBase(base, `pillars/${pillar}/`);
export const tagUrl = (base: string, tag: string) => withBase(base, `tags/${tag}/`);
export const glossaryUrl = (base: string, id: string) => withBase(base, `glossary/${id}/`);
export const sourceUrl = (base: string, id: string, anchor?: string) => withBase(base, `sources/${id}/${anchor ? `#${anchor}` : ''}`);
