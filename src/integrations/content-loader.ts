import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ContentError, formatDiagnostic, sortDiagnostics } from '../lib/diagnostics.ts';
import { lastUpdated } from '../lib/git-dates.ts';
import { isInside } from '../lib/paths.ts';
import { siteUrls } from '../lib/urls.ts';
import { checkContent } from '../pipeline/index.ts';
import { publish } from '../pipeline/publish.ts';
import { vocabulary } from '../pipeline/vocabulary.ts';
import { createRenderer } from '../render/index.ts';
import { buildRoutes } from '../routes/routes.ts';
import type { Settings } from '../settings.ts';
import { writeArtefacts } from './artefacts.ts';
import { elementsCss } from '../elements/index.ts';

/** The collections the site's pages read; all are filled from one run of the content pipeline. */
export type CollectionName =
	'notes' | 'glossary' | 'sources' | 'paths' | 'diagrams' | 'tags' | 'site';
const COLLECTIONS: readonly CollectionName[] = [
	'notes',
	'glossary',
	'sources',
	'paths',
	'diagrams',
	'tags',
	'site',
];

interface Entry {
	id: string;
	data: object;
}
type Entries = Record<CollectionName, Entry[]>;

/**
 * One run of the whole pipeline, each stage taking the one before's output: read and check every
 * file, publish (drafts too on the dev server), render each note, compute every page's route
 * data, and emit the files that are not pages. Content errors stop a build here, before any page
 * renders; the dev server reports them and keeps going.
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
		drawings: renderer.drawings,
	});
	writeArtefacts(settings.artefactDir(dev ? 'dev' : 'build'), {
		codeCss: renderer.codeCss(),
		elementsCss: elementsCss(),
		vocabulary: vocabulary(published),
		notes: new Map([...rendered].map(([slug, note]) => [slug, note.html])),
		manifest: {
			notes: published.notes.map((n) => ({
				slug: n.slug,
				title: n.data.title,
				pillar: n.data.pillar,
				file: n.file,
			})),
			redirects: routes.site.redirects,
		},
	});
	log.info(
		`${published.notes.length} notes, ${published.glossary.length} glossary terms, ${site.sources.size} sources${dev ? ' (drafts shown)' : ''}`,
	);
	return {
		notes: routes.notes.map((data) => ({ id: data.slug, data })),
		glossary: routes.glossary.map((data) => ({ id: data.id, data })),
		sources: routes.sources.map((data) => ({ id: data.id, data })),
		paths: routes.paths.map((data) => ({ id: data.id, data })),
		diagrams: routes.diagrams.map((data) => ({ id: data.id, data })),
		tags: routes.tags.map((data) => ({ id: data.tag, data })),
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
			digest: context.generateDigest(entry.data as Record<string, unknown>),
		});
}

/**
 * The loaders of all content collections, sharing one pipeline run: the first collection to
 * load starts it and the others reuse it. On the dev server one watcher re-runs the pipeline
 * once per burst of changes under the content folder and refills every collection. Nothing of
 * Astro's own file loading is used, so what `npm run check` reads and passes is exactly what is
 * published.
 */
export function contentLoaders(settings: Settings): Record<CollectionName, Loader> {
	const contexts = new Map<CollectionName, LoaderContext>();
	let current: Promise<Entries> | undefined;
	let watching = false;
	const entries = (context: LoaderContext) =>
		(current ??= run(settings, context.watcher !== undefined, context));

	const watch = (context: LoaderContext) => {
		if (watching || !context.watcher) return;
		watching = true;
		let timer: NodeJS.Timeout | undefined;
		context.watcher.add(settings.contentDir);
		context.watcher.on('all', (_event, file) => {
			if (!isInside(settings.contentDir, file)) return;
			clearTimeout(timer);
			// Editors and git write several files at once: wait for the burst to end.
			timer = setTimeout(() => {
				current = undefined;
				entries(context).then(
					(fresh) => {
						for (const [name, ctx] of contexts) fill(ctx, fresh[name]);
					},
					(error: unknown) =>
						context.logger.error(error instanceof Error ? error.message : String(error)),
				);
			}, 100);
		});
	};

	const loader = (name: CollectionName): Loader => ({
		name: `platform-kb:${name}`,
		async load(context) {
			contexts.set(name, context);
			fill(context, (await entries(context))[name]);
			watch(context);
		},
	});
	return Object.fromEntries(COLLECTIONS.map((name) => [name, loader(name)])) as Record<
		CollectionName,
		Loader
	>;
}
