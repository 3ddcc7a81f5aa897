import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** The real site's build output; `npm test` builds it before the tests run. */
export const DIST = path.resolve(process.env.KB_DIST ?? 'dist');

export function requireDist(): string {
	if (!fs.existsSync(path.join(DIST, 'index.html')))
		throw new Error(`No built site in ${DIST}: run "npm run build" first (npm test does).`);
	return DIST;
}

/** Every file under `dir`, recursively. */
export function walk(dir: string): string[] {
	return fs
		.readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => path.join(e.parentPath, e.name));
}

/** Text of a built file; Pagefind's index files are gzip-compressed. */
export function readText(file: string): string {
	const raw = fs.readFileSync(file);
	if (raw[0] === 0x1f && raw[1] === 0x8b) return zlib.gunzipSync(raw).toString('utf8');
	return raw.toString('utf8');
}

/** The URL path of every built page ("/", "/notes/x/", "/404.html"). */
export function builtPages(dist: string): string[] {
	return walk(dist)
		.filter((f) => f.endsWith('.html'))
		.map(
			(f) =>
				`/${path
					.relative(dist, f)
					.split(path.sep)
					.join('/')
					.replace(/index\.html$/, '')}`,
		)
		.sort();
}

/** Folders whose pages share one template and one route shape: one of each stands for the rest. */
const ONE_OF_EACH = new Set(['glossary', 'tags', 'diagrams', 'pillars']);

/**
 * The pages whole-site checks (axe, overflow, HTML validity) look at: every note page and every
 * source and path page, and one page of every other template (a tag, a term, a diagram, a
 * pillar), instead of 349 pages of which most are the same template with other words.
 */
export function samplePages(dist: string): string[] {
	const seen = new Set<string>();
	return builtPages(dist).filter((url) => {
		const [folder, leaf] = url.split('/').slice(1);
		if (!leaf || !ONE_OF_EACH.has(folder!)) return true;
		if (seen.has(folder!)) return false;
		seen.add(folder!);
		return true;
	});
}
