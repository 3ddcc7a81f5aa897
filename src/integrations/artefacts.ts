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
}

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
