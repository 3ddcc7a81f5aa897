/** Edit distance between two strings (insertions, deletions, substitutions, adjacent swaps). */
export function editDistance(a: string, b: string): number {
	const rows = a.length + 1;
	const cols = b.length + 1;
	const d: number[][] = Array.from({ length: rows }, (_, i) =>
		Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
	);
	for (let i = 1; i < rows; i++) {
		for (let j = 1; j < cols; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
			}
		}
	}
	return d[a.length]![b.length]!;
}

/**
 * The candidates nearest to `wanted`, best first, for "did you mean" hints. A candidate that
 * contains the wanted text (or is contained by it) counts as close whatever its length.
 */
export function closestMatches(wanted: string, candidates: Iterable<string>, limit = 3): string[] {
	const needle = wanted.toLowerCase();
	const scored: { candidate: string; score: number }[] = [];
	for (const candidate of new Set(candidates)) {
		const hay = candidate.toLowerCase();
		const contains = hay.includes(needle) || needle.includes(hay);
		const distance = editDistance(needle, hay);
		const relative = distance / Math.max(needle.length, hay.length, 1);
		// Containment ("pdb" in "pdb-basics") is a strong hint, so it halves the distance.
		const score = contains ? relative / 2 : relative;
		if (contains || relative <= 0.5) scored.push({ candidate, score });
	}
	return scored
		.sort((x, y) => x.score - y.score || x.candidate.localeCompare(y.candidate))
		.slice(0, limit)
		.map((entry) => entry.candidate);
}

/**
 * A "did you mean" hint naming the candidates nearest to `wanted`, or `otherwise` when none is
 * near. `show` formats each candidate (quotes by default).
 */
export function didYouMean(
	wanted: string,
	candidates: Iterable<string>,
	otherwise: string,
	show = (c: string) => `"${c}"`,
): string {
	const near = closestMatches(wanted, candidates);
	return near.length ? `did you mean ${near.map(show).join(', ')}?` : otherwise;
}
