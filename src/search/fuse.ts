import { RANK_OFFSET } from './tuning.ts';

/** One ranked list of hits and how much its order counts. */
export interface WeightedList<T> {
	items: readonly T[];
	weight: number;
}

/**
 * Reciprocal-rank fusion: each list adds `weight / (RANK_OFFSET + rank)` to every hit it holds,
 * so a hit found by many lists, or near the top of a heavy one, comes first. Scores from
 * different searches are not comparable; ranks are. Returns each hit once with its fused score,
 * best first (ties keep the order in which hits were first seen).
 */
export function fuse<T>(
	lists: readonly WeightedList<T>[],
	key: (item: T) => string,
): { item: T; score: number }[] {
	const fused = new Map<string, { item: T; score: number; first: number }>();
	for (const { items, weight } of lists) {
		items.forEach((item, index) => {
			const id = key(item);
			const entry = fused.get(id) ?? { item, score: 0, first: fused.size };
			entry.score += weight / (RANK_OFFSET + index + 1);
			fused.set(id, entry);
		});
	}
	return [...fused.values()]
		.sort((a, b) => b.score - a.score || a.first - b.first)
		.map(({ item, score }) => ({ item, score }));
}
