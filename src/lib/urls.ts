/** A URL path inside the site, base included: what goes in an `href`. */
export type SitePath = string & { readonly __brand: 'SitePath' };

/** Every internal URL of the site, built from one base path (`/` or `/platform-kb/`). */
export interface SiteUrls {
	base: string;
	/** Any page or file by its path under the base: `page('search/')`, `page('favicon.svg')`. */
	page(path: string): SitePath;
	note(slug: string, headingId?: string): SitePath;
	glossary(id: string): SitePath;
	source(id: string, anchor?: string): SitePath;
	pillar(pillar: string): SitePath;
	tag(tag: string): SitePath;
	path(id: string): SitePath;
}

/** Joins the base with a path, leaving exactly one slash between them. */
function join(base: string, path: string): SitePath {
	return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}` as SitePath;
}

const at = (fragment?: string) => (fragment ? `#${fragment}` : '');

/** The URL builders for a site served under `base`. */
export function siteUrls(base: string): SiteUrls {
	return {
		base,
		page: (path) => join(base, path),
		note: (slug, headingId) => join(base, `notes/${slug}/${at(headingId)}`),
		glossary: (id) => join(base, `glossary/${id}/`),
		source: (id, anchor) => join(base, `sources/${id}/${at(anchor)}`),
		pillar: (pillar) => join(base, `pillars/${pillar}/`),
		tag: (tag) => join(base, `tags/${tag}/`),
		path: (id) => join(base, `paths/${id}/`),
	};
}
