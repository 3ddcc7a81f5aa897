/** The parts of Pagefind's browser API that search uses (Pagefind ships it as /pagefind/pagefind.js). */

export interface ResultData {
	url: string;
	/** Escaped text with `<mark>` around the matched words. */
	excerpt: string;
	meta: Record<string, string>;
	sub_results: { title: string; url: string; excerpt: string }[];
}

/** One hit: known by id and score at once; its text (a fragment file) loads on demand. */
export interface Hit {
	id: string;
	score: number;
	data(): Promise<ResultData>;
}

/** Filter values as Pagefind takes them, including compound ones (`{ none: ['source'] }`). */
export type Filters = Record<string, string | string[] | Record<string, string[]>>;

/**
 * Page types with a `type` filter value. Notes have none (see SearchMeta.astro): a note is a
 * page of no other type, so the reader's "Notes" filter is `NOTES_ONLY`.
 */
export const FILTERED_TYPES = ['glossary', 'source', 'path'] as const;
export type FilteredType = (typeof FILTERED_TYPES)[number];
export type PageType = 'note' | FilteredType;
export const NOTES_ONLY = { none: [...FILTERED_TYPES] };

export interface SearchOptions {
	filters?: Filters;
	sort?: Record<string, 'asc' | 'desc'>;
}

export interface Pagefind {
	options(options: object): Promise<void>;
	init(): Promise<void>;
	/** Every filter's values with their page counts (loads every filter's file). */
	filters(): Promise<Record<string, Record<string, number>>>;
	search(
		term: string | null,
		options?: SearchOptions,
	): Promise<{
		results: Hit[];
		/** Hits for the term alone, before the filters. */
		unfilteredResultCount: number;
		/** Hits per filter value after the filters, and for the term alone. */
		filters: Record<string, Record<string, number>>;
		totalFilters: Record<string, Record<string, number>>;
	} | null>;
}
