import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Settings } from '../settings.ts';

/** What the content pipeline emits besides pages, by the URL path each is served at. */
const FILES = {
	'code-colors.css': 'text/css; charset=utf-8',
	'note-elements.css': 'text/css; charset=utf-8',
	'search-vocabulary.json': 'application/json',
} as const;

export interface Artefacts {
	/** The colours of every highlighted code token, as classes; linked by pages that show code. */
	codeCss: string;
	/** The styles of the note elements (src/elements/), collected once; linked by every note page. */
	elementsCss: string;
	/** The word list behind search's "did you mean", fetched only when a correction is needed. */
	vocabulary: Record<string, number>;

	/** Each published note's body as HTML, by slug. */
	notes: ReadonlyMap<string, string>;
	/** What the build published, for tools that compare two builds (docs/pr-report.md). */
	manifest: Pick<BuildManifest, 'notes' | 'redirects'>;
}

/**
 * `dist/build-manifest.json`: the published notes and redirects, the base path and how long the
 * build took, so that `npm run report:pr` compares two builds without parsing pages for them.
 * Only published notes are listed (never a draft), so it says nothing the pages do not.
 */
export interface BuildManifest {
	format: 1;
	base: string;
	/** Milliseconds from Astro's first hook to the end of the build (search index included). */
	buildMs: number;
	notes: { slug: string; title: string; pillar: string; file: string }[];
	redirects: { from: string; to: string }[];
}
export const MANIFEST = 'build-manifest.json';

/**
 * Written by the content loader at the end of each pipeline run. A note's HTML is a file here
 * rather than part of its content entry: Astro keeps every entry in memory, serialises them all
 * and bundles the result, which held ten thousand notes' HTML three times over (docs/benchmarks.md).
 */
export function writeArtefacts(dir: string, artefacts: Artefacts): void {
	const notes = path.join(dir, 'notes');
	fs.mkdirSync(notes, { recursive: true });
	fs.writeFileSync(path.join(dir, 'code-colors.css'), artefacts.codeCss);
	fs.writeFileSync(path.join(dir, 'note-elements.css'), artefacts.elementsCss);
	fs.writeFileSync(path.join(dir, 'search-vocabulary.json'), JSON.stringify(artefacts.vocabulary));
	fs.writeFileSync(path.join(dir, MANIFEST), JSON.stringify(artefacts.manifest));
	for (const [slug, html] of artefacts.notes)
		fs.writeFileSync(path.join(notes, `${slug}.html`), html);
	for (const file of fs.readdirSync(notes))
		if (!artefacts.notes.has(file.replace(/\.html$/, ''))) fs.rmSync(path.join(notes, file));
}

/** A note's body as the last pipeline run rendered it (the build's, or the dev server's). */
export function noteHtml(settings: Settings, dev: boolean, slug: string): string {
	return fs.readFileSync(
		path.join(settings.artefactDir(dev ? 'dev' : 'build'), 'notes', `${slug}.html`),
		'utf8',
	);
}

/**
 * Puts the pipeline's other files where readers get them: copied into the build output, and
 * served by the dev server (from the dev run, which shows drafts) under the site's base path.
 */
export function artefacts(settings: Settings): AstroIntegration {
	return {
		name: 'platform-kb:artefacts',
		hooks: {
			'astro:server:setup': ({ server }) => {
				server.middlewares.use((req, res, next) => {
					const pathname = new URL(req.url ?? '/', 'http://x').pathname;
					const name = pathname.slice(settings.base.length) as keyof typeof FILES;
					const file = path.join(settings.artefactDir('dev'), name);
					if (!pathname.startsWith(settings.base) || !(name in FILES) || !fs.existsSync(file))
						return next();
					res.setHeader('content-type', FILES[name]);
					res.end(fs.readFileSync(file));
				});
			},
			'astro:build:done': ({ dir }) => {
				const out = fileURLToPath(dir);
				for (const name of Object.keys(FILES))
					fs.copyFileSync(path.join(settings.artefactDir('build'), name), path.join(out, name));
			},
		},
	};
}

/**
 * Writes `build-manifest.json` into the build output; listed last among the integrations, so its
 * build time covers everything from Astro's first hook to the search index.
 */
export function buildManifest(settings: Settings): AstroIntegration {
	let started = performance.now();
	return {
		name: 'platform-kb:build-manifest',
		hooks: {
			'astro:config:setup': () => {
				started = performance.now();
			},
			'astro:build:done': ({ dir }) => {
				const published = JSON.parse(
					fs.readFileSync(path.join(settings.artefactDir('build'), MANIFEST), 'utf8'),
				) as Artefacts['manifest'];
				const manifest: BuildManifest = {
					format: 1,
					base: settings.base,
					buildMs: Math.round(performance.now() - started),
					...published,
				};
				fs.writeFileSync(
					path.join(fileURLToPath(dir), MANIFEST),
					`${JSON.stringify(manifest, null, '\t')}\n`,
				);
			},
		},
	};
}
