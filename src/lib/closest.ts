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

/** A name as a reader compares it: case, spaces, hyphens and dots do not matter. */
const spellingKey = (name: string) =>
	name
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\s\-_./]+/g, '');

const wordsOf = (name: string) =>
	name
		.normalize('NFKC')
		.split(/[\s\-_./]+/)
		.filter(Boolean);
/** An acronym or a numbered name ("HPA", "L2", "k8s"): one letter more or less is another thing. */
const isCode = (word: string) => /\d/.test(word) || (word.match(/\p{Lu}/gu) ?? []).length >= 2;
const ENDING = /(ions?|ors?|ers?|ings?|ed|es|s|e)$/;
/** A word's stem and ending: "cordoned" → cordon + ed; "injector", "injection" → inject + or, ion; "centralised" → centraliz + ed. */
const split = (word: string) => {
	const lower = word.toLowerCase().replace(/is(e|ed|es|ing|ation)$/, 'iz$1');
	const ending = ENDING.exec(lower)?.[0] ?? '';
	return { stem: lower.slice(0, lower.length - ending.length), ending };
};
/** Two forms of one word ("cordon", "cordoned"), not one word spelt twice ("kubernets", "kubernetes"). */
const otherForm = (a: string, b: string) => {
	const [x, y] = [split(a), split(b)];
	const plural = (e: string) => e === 's' || e === 'es';
	return x.stem === y.stem && !(plural(x.ending) && plural(y.ending));
};

/**
 * The name in `others` that `name` looks like a misspelling of, or undefined. A misspelling is
 * one word that is one or two edits from the other name's word, at most a third of it
 * ("kubernates", "isito", "Graffana", "Splung"). Not misspellings: the same name with other
 * spaces, hyphens or capitals ("NetworkPolicy", "network policy": the linker needs both), another
 * ending of the word ("cordoned", "rehydrating"), British and American spelling, a word more
 * ("Concourse CI"), the opposite ("uncordon"), a different acronym or number ("HPA" and "VPA",
 * "L1" and "L2", "SSL" and "TLS"), and another short command ("top" and "htop").
 */
export function misspellingOf(name: string, others: Iterable<string>): string | undefined {
	const key = spellingKey(name);
	const words = wordsOf(name);
	for (const other of others) {
		const to = spellingKey(other);
		if (!key || !to || to === key) continue;
		const otherWords = wordsOf(other);
		if (words.length !== otherWords.length) continue;
		const differing = words
			.map((word, i) => [word, otherWords[i]!] as const)
			.filter(([a, b]) => a.toLowerCase() !== b.toLowerCase());
		if (differing.length !== 1) continue;
		const [a, b] = differing[0]!;
		if (isCode(a) || isCode(b) || otherForm(a, b)) continue;
		// Command names this short differ by a letter on purpose ("top" and "htop", "rm" and "rmi").
		if (Math.min(a.length, b.length) <= 3) continue;
		if (/^(un|de|dis|non|re)/i.test(a) && a.toLowerCase().endsWith(b.toLowerCase())) continue;
		if (/^(un|de|dis|non|re)/i.test(b) && b.toLowerCase().endsWith(a.toLowerCase())) continue;
		const distance = editDistance(a.toLowerCase(), b.toLowerCase());
		if (distance <= 2 && distance / Math.max(a.length, b.length) <= 1 / 3) return other;
	}
	return undefined;
}
