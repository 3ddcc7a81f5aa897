import { foldKey } from './slug.ts';

/** What re-ranking needs of a search hit. */
export interface RankedHit {
	score: number;
	meta: Record<string, string>;
}

/**
 * Notes explain, glossary entries define, sources are raw material: for the same match a
 * note should come first. Measured with tests/search/queries.yaml (see README).
 */
export const TYPE_FACTOR: Record<string, number> = { note: 1, glossary: 0.6, source: 0.3 };
/** A query that is exactly a note's title or one of its aliases names that note (glossary entries define, so they get no boost). */
export const EXACT_NAME_FACTOR = 3;

/** The names a hit answers to: its title and the aliases stored in its search metadata. */
export function names(meta: Record<string, string>): string[] {
	return [meta.title ?? '', ...(meta.aliases ?? '').split('|')].map(foldKey).filter(Boolean);
}

/** Re-orders Pagefind's hits by type and exact names, keeping Pagefind's order for ties. */
export function rerank<T extends RankedHit>(query: string, hits: readonly T[]): T[] {
	const wanted = foldKey(query);
	const exact = (hit: T) => hit.meta.type === 'note' && names(hit.meta).includes(wanted);
	const adjusted = (hit: T) =>
		hit.score * (TYPE_FACTOR[hit.meta.type ?? ''] ?? 0.5) * (exact(hit) ? EXACT_NAME_FACTOR : 1);
	return hits
		.map((hit, index) => ({ hit, index, value: adjusted(hit) }))
		.sort((a, b) => b.value - a.value || a.index - b.index)
		.map((entry) => entry.hit);
}
