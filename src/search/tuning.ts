/**
 * Every number that decides the order of search results, in one place: Pagefind's own ranking
 * and the fusion layer on top of it (src/search/engine.ts). Each was measured with the tuning
 * query set (tests/search/queries.yaml); docs/decisions.md gives the figures.
 */

/**
 * Pagefind's ranking for this site: titles and aliases are the names people search for; the
 * other metadata is for display and filters only.
 */
export const PAGEFIND_RANKING = {
	termFrequency: 0.8,
	pageLength: 0.6,
	termSaturation: 1.2,
	metaWeights: {
		title: 5,
		aliases: 8,
		related: 2,
		term: 0,
		summary: 0,
		note_title: 0,
		note_url: 0,
		type: 0,
		pillar_label: 0,
	},
};

/** Fewer explained pages than this for the whole query and search relaxes it. */
export const ENOUGH = 3;
/** Questions can be long; each word and pair is a search, so only the first few are tried. */
export const MAX_WORDS = 6;
/** How much each kind of sub-query counts in the fused ranking. */
export const WEIGHT = { all: 4, side: 2, pair: 1.5, word: 1 };
/**
 * Notes explain, glossary entries define: for the same match a note comes first (an exact
 * glossary name still gets its answer card).
 */
export const TYPE_FACTOR: Record<string, number> = { glossary: 0.6 };
/** A question about where to start ranks the reading paths it matches this much higher. */
export const START_PATH_FACTOR = 3;
/** How far down a list a hit may sit and still count: smooths the difference between ranks 1 and 2. */
export const RANK_OFFSET = 4;
