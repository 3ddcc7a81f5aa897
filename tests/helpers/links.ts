import fs from 'node:fs';
import path from 'node:path';
import { walk } from './dist.ts';

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
export function brokenLinks(dist: string, base = '/'): { broken: string[]; checked: number } {
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
	const broken: string[] = [];
	let checked = 0;
	for (const page of walk(dist).filter((f) => f.endsWith('.html'))) {
		const html = fs.readFileSync(page, 'utf8');
		const from = base + path.relative(dist, page).split(path.sep).join('/');
		for (const [, attr, value] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
			if (!value || /^(https?:|mailto:|data:)/.test(value)) continue;
			const url = new URL(value.replace(/&amp;/g, '&'), `http://site${from}`);
			if (url.host !== 'site') continue;
			checked++;
			if (!url.pathname.startsWith(base)) {
				broken.push(`${from}: ${attr}="${value}" (outside the base path ${base})`);
				continue;
			}
			const target = fileFor(dist, url.pathname.slice(base.length - 1));
			if (!target) broken.push(`${from}: ${attr}="${value}" (no such page)`);
			else if (
				url.hash &&
				target.endsWith('.html') &&
				!idsOf(target).has(decodeURIComponent(url.hash.slice(1)))
			) {
				broken.push(`${from}: ${attr}="${value}" (no id "${url.hash.slice(1)}" there)`);
			}
		}
	}
	return { broken, checked };
}
