import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Pagefind also writes its own ready-made UIs; this site has its own, so they are not shipped. */
function removeUnusedUi(dir: string): void {
	for (const name of fs.readdirSync(dir)) {
		if (/^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(name))
			fs.rmSync(path.join(dir, name));
	}
}

/** Content types of the files Pagefind writes. */
const TYPES: Record<string, string> = {
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
};

/**
 * The dev server has no search index of its own (Pagefind indexes built HTML): it serves the
 * last build's index from `dist/pagefind/`, so search works on the pages of that build. Without
 * a build the request is a 404 and the search panel says to run `npm run build`.
 */
export function lastBuildIndex(distDir: string) {
	const root = path.resolve(distDir, 'pagefind');
	return (
		req: { url?: string | undefined },
		res: {
			statusCode: number;
			setHeader(name: string, value: string): void;
			end(body?: Buffer | string): void;
		},
		next: () => void,
	): void => {
		const url = new URL(req.url ?? '/', 'http://dev');
		const at = url.pathname.indexOf('/pagefind/');
		if (at === -1) return next();
		const file = path.resolve(
			root,
			decodeURIComponent(url.pathname.slice(at + '/pagefind/'.length)),
		);
		if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
			res.statusCode = 404;
			res.setHeader('Content-Type', 'text/plain');
			return res.end('No search index: run `npm run build` once, then search uses its index.');
		}
		res.setHeader('Content-Type', TYPES[path.extname(file)] ?? 'application/octet-stream');
		res.setHeader('Cache-Control', 'no-store');
		res.end(fs.readFileSync(file));
	};
}

/**
 * Builds the search index from the finished HTML with Pagefind's Node API. Only regions
 * marked `data-pagefind-body` are indexed; filters and meta come from data attributes.
 */
export function pagefindIndex(): AstroIntegration {
	let dist = path.resolve('dist');
	return {
		name: 'platform-kb:pagefind',
		hooks: {
			'astro:config:done': ({ config }) => {
				dist = fileURLToPath(config.outDir);
			},
			'astro:server:setup': ({ server, logger }) => {
				server.middlewares.use(lastBuildIndex(dist));
				if (!fs.existsSync(path.join(dist, 'pagefind', 'pagefind.js')))
					logger.warn('no search index yet: run `npm run build` once for search in dev');
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const fail = (step: string, errors: string[]) =>
					new Error(`Pagefind failed to ${step}: ${errors.join('; ')}`);
				try {
					const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
					if (!index) throw fail('start', errors);
					const added = await index.addDirectory({ path: outDir });
					if (added.errors.length) throw fail('index the site', added.errors);
					const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
					if (written.errors.length) throw fail('write the index', written.errors);
					removeUnusedUi(path.join(outDir, 'pagefind'));
					logger.info(`search index: ${added.page_count} pages`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
