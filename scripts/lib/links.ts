import fs from 'node:fs';
import path from 'node:path';

/** A link in a built page that does not resolve. */
export interface LinkProblem {
	/** The URL path of the page that carries the link. */
	page: string;
	attr: string;
	value: string;
	/** A citation points into a source page; an anchor is a `#fragment` its page lacks. */
	kind: 'link' | 'citation' | 'anchor';
	reason: string;
}

/** Every file under `dir`, recursively. */
export function filesUnder(dir: string): string[] {
	return fs
		.readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => path.join(e.parentPath, e.name));
}

/** The file a site URL path is served from, or undefined. */
function fileFor(dist: string, urlPath: string): string | undefined {
	const candidate = path.join(dist, decodeURIComponent(urlPath));
	if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
	const index = path.join(candidate, 'index.html');
	return fs.existsSync(index) ? index : undefined;
}

/**
 * Crawls every HTML page of a built site served under `base` and returns each internal link or
 * `#fragment` that does not resolve (a page that is not there, an id the page lacks, a path
 * outside the base), and how many links were checked.
 */
export function linkProblems(
	dist: string,
	base = '/',
): { problems: LinkProblem[]; checked: number } {
	const ids = new Map<string, Set<string>>();
	const idsOf = (file: string) => {
		let set = ids.get(file);
		if (!set)
			ids.set(
				file,
				(set = new Set(
					[...fs.readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!),
				)),
			);
		return set;
	};
	const problems: LinkProblem[] = [];
	let checked = 0;
	const pages = filesUnder(dist)
		.filter((f) => f.endsWith('.html'))
		.sort();
	for (const file of pages) {
		const html = fs.readFileSync(file, 'utf8');
		const rel = path.relative(dist, file).split(path.sep).join('/');
		const page = base + rel.replace(/(^|\/)index\.html$/, '$1');
		for (const [, attr, value] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
			if (!value || /^(https?:|mailto:|data:)/.test(value)) continue;
			const url = new URL(value.replace(/&amp;/g, '&'), `http://site${page}`);
			if (url.host !== 'site') continue;
			checked++;
			const problem = (kind: LinkProblem['kind'], reason: string) =>
				problems.push({ page, attr: attr!, value: value!, kind, reason });
			if (!url.pathname.startsWith(base)) {
				problem('link', `outside the base path ${base}`);
				continue;
			}
			const citation = url.pathname.startsWith(`${base}sources/`) && url.hash !== '';
			const target = fileFor(dist, url.pathname.slice(base.length - 1));
			if (!target) problem(citation ? 'citation' : 'link', 'no such page');
			else if (
				url.hash &&
				target.endsWith('.html') &&
				!idsOf(target).has(decodeURIComponent(url.hash.slice(1)))
			)
				problem(citation ? 'citation' : 'anchor', `no id "${url.hash.slice(1)}" there`);
		}
	}
	return { problems, checked };
}

/** One line per problem: `page: attr="value" (reason)`. */
export const describeLink = (p: LinkProblem): string =>
	`${p.page}: ${p.attr}="${p.value}" (${p.reason})`;
