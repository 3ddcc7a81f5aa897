/**
 * The sentence of `text` that contains the span `[start, end)`, trimmed, for backlink
 * context. Sentences end at `.`, `!` or `?` followed by white space.
 */
export function sentenceAround(text: string, start: number, end: number): string {
	const before = text.slice(0, start);
	const boundary = /[.!?]\s+(?=\S)/g;
	let from = 0;
	for (const match of before.matchAll(boundary)) from = match.index + match[0].length;
	const after = /[.!?](?=\s|$)/.exec(text.slice(end));
	const to = after ? end + after.index + 1 : text.length;
	return text.slice(from, to).replace(/\s+/g, ' ').trim();
}

/** The last sentence of `text`, or all of it: the claim a citation placed after it supports. */
export function lastSentence(text: string): string {
	const trimmed = text.trim();
	return sentenceAround(trimmed, trimmed.length, trimmed.length);
}
