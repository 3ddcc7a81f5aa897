import { editDistance } from './closest.ts';

/** Words of at least three letters, lower-cased, as the vocabulary stores them: "Pod-disruption budgets" → pod, disruption, budgets. */
export function words(text: string): string[] {
	return text.toLowerCase().match(/[a-z][a-z0-9]{2,}/g) ?? [];
}

/** Words too common to help a full-text search; dropped when a question finds nothing. */
const STOP_WORDS = new Set(
	'a an and are as at be by can do does did for from how i in is it of on or our should the to we what when where which who why with you your'.split(
		' ',
	),
);

/** The query without stop words, or the query itself when nothing would be left. */
export function withoutStopWords(query: string): string {
	const kept = query.split(/\s+/).filter((w) => w && !STOP_WORDS.has(w.toLowerCase()));
	return kept.length ? kept.join(' ') : query;
}

/** How many edits a word of this length may need to count as a misspelling. */
const allowance = (length: number) => (length <= 4 ? 1 : length <= 8 ? 2 : 3);

/**
 * Corrects each unknown word of `query` to the nearest word of `vocabulary` (fewest edits,
 * then most frequent). Returns undefined when nothing needed or could be corrected.
 */
export function correctQuery(
	query: string,
	vocabulary: Record<string, number>,
): string | undefined {
	let changed = false;
	// Words are compared as the vocabulary stores them: runs of letters and digits ("blue-green" is two).
	const corrected = query.replace(/[a-z][a-z0-9]{2,}/gi, (raw) => {
		const word = raw.toLowerCase();
		if (word in vocabulary || STOP_WORDS.has(word)) return raw;
		let best: { word: string; distance: number; count: number } | undefined;
		for (const [candidate, count] of Object.entries(vocabulary)) {
			if (count === 0 || Math.abs(candidate.length - word.length) > allowance(word.length))
				continue;
			const distance = editDistance(word, candidate);
			if (distance > allowance(word.length)) continue;
			if (!best || distance < best.distance || (distance === best.distance && count > best.count))
				best = { word: candidate, distance, count };
		}
		if (!best) return raw;
		changed = true;
		return best.word;
	});
	return changed ? corrected : undefined;
}
