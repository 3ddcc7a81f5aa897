import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ContentError, formatDiagnostic, sortDiagnostics } from '../lib/diagnostics.ts';
import { lastUpdated } from '../lib/git-dates.ts';
import { siteUrls } from '../lib/urls.ts';
import { checkContent } from '../pipeline/index.ts';
import { publish } from '../pipeline/publish.ts';
import { buildRoutes } from '../pipeline/routes.ts';
import { createRenderer, type RenderedNote } from '../render/index.ts';
import type { Settings } from '../settings.ts';

/** The collections the site's pages read; all are filled from one run of the content pipeline. */
export type CollectionName = 'notes' | 'glossary' | 'sources' | 'paths' | 'diagrams' | 'site';

interface Entry {
	id: string;
	data: object;
	rendered?: { html: string; metadata: { headings: RenderedNote['headings'] } };
}
type Entries = Record<CollectionName, Entry[]>;

/** A cheap fingerprint of the content tree (names, sizes, modification times), to know when to run again. */
function fingerprint(root: string): string {
	const hash = createHash('sha1');
	const visit = (dir: string) => {
		for (const entry of fs
			.readdirSync(dir, { withFileTypes: true })
			.sort((a, b) => a.name.localeCompare(b.name))) {
			const file = path.join(dir, entry.name);
			const stat = fs.lstatSync(file);
			hash.update(`${file}\0${stat.size}\0${stat.mtimeMs}\n`);
			if (entry.isDirectory()) visit(file);
		}
	};
	if (fs.existsSync(root)) visit(root);
	return hash.digest('hex');
}

/**
 * One run of the whole pipeline: read and check every file, publish (drafts too on the dev
 * server), render each note once, and compute every page's route data. Content errors stop a
 * build here, before any page renders; the dev server reports them and keeps going.
 */
async function run(settings: Settings, dev: boolean, context: LoaderContext): Promise<Entries> {
	const { site, diagnostics } = checkContent(settings.contentDir);
	const all = sortDiagnostics(diagnostics);
	const log = context.logger.fork('platform-kb:content');
	for (const d of all.filter((d) => d.severity === 'warning')) log.warn(formatDiagnostic(d));
	const errors = all.filter((d) => d.severity === 'error');
	if (errors.length && !dev) throw new ContentError(errors);
	for (const d of errors) log.error(formatDiagnostic(d));

	const published = publish(site, { drafts: dev });
	const renderer = await createRenderer(published, siteUrls(context.config.base));
	const rendered = new Map(published.notes.map((note) => [note.slug, renderer.render(note)]));
	const dates = lastUpdated(settings.contentDir);
	const routes = buildRoutes({
		published,
		rendered,
		updated: (file) => dates.get(path.resolve(file)),
		editUrl: (file) => `${settings.repoUrl}/edit/${settings.editBranch}/${file}`,
		today: settings.today,
		codeCss: renderer.codeCss(),
		drawings: renderer.drawings,
	});
	log.info(
		`${published.notes.length} notes, ${published.glossary.length} glossary terms, ${site.sources.size} sources${dev ? ' (drafts shown)' : ''}`,
	);
	return {
		notes: routes.notes.map((data) => {
			const { html, headings } = rendered.get(data.slug as never)!;
			return { id: data.slug, data, rendered: { html, metadata: { headings } } };
		}),
		glossary: routes.glossary.map((data) => ({ id: data.id, data })),
		sources: routes.sources.map((data) => ({ id: data.id, data })),
		paths: routes.paths.map((data) => ({ id: data.id, data })),
		diagrams: routes.diagrams.map((data) => ({ id: data.id, data })),
		site: [{ id: 'site', data: routes.site }],
	};
}

/** Replaces a collection's entries with `entries`, leaving unchanged ones untouched. */
function fill(context: LoaderContext, entries: Entry[]): void {
	const { store } = context;
	const ids = new Set(entries.map((e) => e.id));
	for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
	for (const entry of entries)
		store.set({
			...entry,
			data: entry.data as Record<string, unknown>,
			digest: context.generateDigest({
				data: entry.data,
				html: entry.rendered?.html ?? '',
			} as Record<string, unknown>),
		});
}

/**
 * The loaders of all content collections, sharing one pipeline run: the first collection to
 * load starts it, the others reuse it, and a change under the content folder (dev server)
 * starts the next one. Nothing of Astro's own file loading is used, so what `npm run check`
 * reads and passes is exactly what is published.
 */
export function contentLoaders(settings: Settings): Record<CollectionName, Loader> {
	let last: { key: string; entries: Promise<Entries> } | undefined;
	const entries = (context: LoaderContext) => {
		const dev = context.watcher !== undefined;
		const key = `${dev}:${fingerprint(settings.contentDir)}`;
		if (last?.key !== key) last = { key, entries: run(settings, dev, context) };
		return last.entries;
	};
	const loader = (name: CollectionName): Loader => ({
		name: `platform-kb:${name}`,
		async load(context) {
			fill(context, (await entries(context))[name]);
			let timer: NodeJS.Timeout | undefined;
			context.watcher?.add(settings.contentDir);
			context.watcher?.on('all', (_event, file) => {
				if (!path.resolve(file).startsWith(settings.contentDir + path.sep)) return;
				clearTimeout(timer);
				// Editors and git write several files at once: wait for the burst to end.
				timer = setTimeout(() => {
					entries(context).then(
						(fresh) => fill(context, fresh[name]),
						(error: unknown) =>
							context.logger.error(error instanceof Error ? error.message : String(error)),
					);
				}, 100);
			});
		},
	});
	return {
		notes: loader('notes'),
		glossary: loader('glossary'),
		sources: loader('sources'),
		paths: loader('paths'),
		diagrams: loader('diagrams'),
		site: loader('site'),
	};
}
