import type { WordPresence } from '../search/engine.ts';
import {
	FILTERED_TYPES,
	type FilteredType,
	type Hit,
	type Pagefind,
} from '../search/pagefind-api.ts';
import { PAGEFIND_RANKING } from '../search/tuning.ts';

/** A filter value no page has: the search returns no hits, only the counts per page type. */
const COUNT_ONLY = { type: '-' };

/** Pagefind, started, with what search needs to know before loading any result's text. */
export interface SiteIndex {
	api: Pagefind;
	/** The page type of a hit, undefined for a note. */
	typeOf(hit: Hit): FilteredType | undefined;
	/** Whether the explained pages and the raw sources hold `word` itself (not a longer or shorter word). */
	has(word: string): Promise<WordPresence>;
}

/** The page's search dialog, which opens the index once and hands it to every search panel. */
export interface SiteIndexOwner {
	siteIndex(): Promise<SiteIndex>;
}

/**
 * Loads and starts Pagefind, then learns which pages are glossary entries, sources and paths
 * (filter-only searches). Doing this when the reader reaches for search, before the first key
 * press, also warms Pagefind's own first-search set-up.
 */
export async function openSiteIndex(base: string): Promise<SiteIndex> {
	const url = `${base.replace(/\/+$/, '')}/pagefind/pagefind.js`;
	const api = (await import(/* @vite-ignore */ url)) as Pagefind;
	// In the page, not a worker: the worker script is 13 KB more to fetch before the first
	// result, and passing hundreds of hits back from it costs as much as the search itself.
	await api.options({ ranking: PAGEFIND_RANKING, noWorker: true });
	await api.init();
	// Every page that is not a note has a type filter value (see SearchMeta.astro).
	const typed = new Map<string, FilteredType>();
	await Promise.all(
		FILTERED_TYPES.map(async (type) => {
			const found = await api.search(null, { filters: { type } });
			for (const hit of found?.results ?? []) typed.set(hit.id, type);
		}),
	);
	return {
		api,
		typeOf: (hit) => typed.get(hit.id),
		async has(word) {
			const found = await api.search(`"${word}"`, { filters: COUNT_ONLY });
			const sources = found?.totalFilters.type?.source ?? 0;
			// Notes have no type value (see SearchMeta.astro): every page that is not a source counts.
			return { pages: (found?.unfilteredResultCount ?? 0) > sources, sources: sources > 0 };
		},
	};
}
