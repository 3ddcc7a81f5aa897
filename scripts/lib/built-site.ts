import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { BuildManifest } from '../../src/integrations/artefacts.ts';
import { filesUnder, linkProblems, type LinkProblem } from './links.ts';

/** A built page, as a reader sees it: its title and the words of its main region. */
export interface BuiltPage {
	/** URL path under the base: `/`, `/notes/x/`, `/404.html`. */
	url: string;
	title: string;
	bytes: number;
	/** SHA-256 of the main region's text (whitespace collapsed): markup changes leave it alone. */
	hash: string;
	words: string[];
}

/** What `npm run report:pr` knows of one build (a `dist/` folder). */
export interface BuiltSite {
	dir: string;
	base: string;
	/** Undefined when the build wrote no manifest (a build older than the manifest). */
	buildMs?: number;
	notes: BuildManifest['notes'];
	redirects: BuildManifest['redirects'];
	/** Every page that is not a redirect, by URL path. */
	pages: Map<string, BuiltPage>;
	/** Bytes by part of the site. */
	weight: { total: number; html: number; assets: number; search: number; other: number };
	/** The search vocabulary's words (`search-vocabulary.json`). */
	words: Set<string>;
	/** Pages in the Pagefind index. */
	indexed?: number;
	links: LinkProblem[];
}

/** A folder that is not a built site, or a manifest of a format this script does not know. */
export class BuiltSiteError extends Error {}

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
};
const decode = (text: string) =>
	text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) =>
		name[0] === '#'
			? String.fromCodePoint(
					name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)),
				)
			: (ENTITIES[name] ?? whole),
	);

/** The text a reader reads in a page's `<main>` (or its body): no markup, scripts or styles. */
export function mainText(html: string): string {
	const region =
		/<main\b[^>]*>([^]*)<\/main>/.exec(html)?.[1] ??
		/<body\b[^>]*>([^]*)<\/body>/.exec(html)?.[1] ??
		html;
	return decode(
		region
			.replace(/<(script|style|template)\b[^]*?<\/\1>/g, ' ')
			.replace(/<!--[^]*?-->/g, ' ')
			.replace(/<[^>]+>/g, ' '),
	)
		.replace(/\s+/g, ' ')
		.trim();
}

/** The page's title without the site's name after it ("Autoscaling · Platform KB"). */
const titleOf = (html: string) =>
	decode(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '')
		.replace(/\s+/g, ' ')
		.replace(/ · [^·]*$/, '')
		.trim();
const refreshTarget = (html: string) =>
	/<meta http-equiv="refresh" content="0;url=([^"]*)"/.exec(html)?.[1];

/** Reads a built site; throws BuiltSiteError with what to do when `dir` is not one. */
export function readBuiltSite(dir: string): BuiltSite {
	if (!fs.existsSync(path.join(dir, 'index.html')))
		throw new BuiltSiteError(
			`${dir} is not a built site (no index.html): build it with "npm run build" and pass its dist folder`,
		);
	const manifestFile = path.join(dir, 'build-manifest.json');
	let manifest: BuildManifest | undefined;
	if (fs.existsSync(manifestFile)) {
		manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as BuildManifest;
		if (manifest.format !== 1)
			throw new BuiltSiteError(
				`${manifestFile}: manifest format ${String(manifest.format)} is not one this script reads (1); update the script`,
			);
	}
	const base = manifest?.base ?? '/';
	const pages = new Map<string, BuiltPage>();
	const redirects: BuildManifest['redirects'] = [];
	const weight = { total: 0, html: 0, assets: 0, search: 0, other: 0 };
	for (const file of filesUnder(dir).sort()) {
		const rel = path.relative(dir, file).split(path.sep).join('/');
		const bytes = fs.statSync(file).size;
		weight.total += bytes;
		const part = rel.endsWith('.html')
			? 'html'
			: rel.startsWith('_astro/')
				? 'assets'
				: rel.startsWith('pagefind/')
					? 'search'
					: 'other';
		weight[part] += bytes;
		if (part !== 'html') continue;
		const url = `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
		const html = fs.readFileSync(file, 'utf8');
		const to = refreshTarget(html);
		if (to !== undefined) {
			const from = /^\/notes\/([^/]+)\/$/.exec(url)?.[1];
			const slug = /\/notes\/([^/]+)\/$/.exec(to)?.[1];
			if (from && slug) redirects.push({ from, to: slug });
			continue;
		}
		const text = mainText(html);
		pages.set(url, {
			url,
			title: titleOf(html),
			bytes,
			hash: createHash('sha256').update(text).digest('hex'),
			words:
				text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu) ?? [],
		});
	}
	// Without a manifest, the note pages and redirect pages stand for it (no source file known).
	const notes =
		manifest?.notes ??
		[...pages.values()].flatMap((p) => {
			const slug = /^\/notes\/([^/]+)\/$/.exec(p.url)?.[1];
			return slug
				? [{ slug, title: p.title.replace(/ [·|–-] .*$/, ''), pillar: '', file: '' }]
				: [];
		});
	const vocabularyFile = path.join(dir, 'search-vocabulary.json');
	const words = new Set(
		fs.existsSync(vocabularyFile)
			? Object.keys(JSON.parse(fs.readFileSync(vocabularyFile, 'utf8')) as object)
			: [],
	);
	const entryFile = path.join(dir, 'pagefind', 'pagefind-entry.json');
	const indexed = fs.existsSync(entryFile)
		? Object.values(
				(
					JSON.parse(fs.readFileSync(entryFile, 'utf8')) as {
						languages: Record<string, { page_count: number }>;
					}
				).languages,
			).reduce((sum, l) => sum + l.page_count, 0)
		: undefined;
	return {
		dir,
		base,
		...(manifest ? { buildMs: manifest.buildMs } : {}),
		notes,
		redirects: manifest?.redirects ?? redirects,
		pages,
		weight,
		words,
		...(indexed !== undefined ? { indexed } : {}),
		links: linkProblems(dir, base).problems,
	};
}
