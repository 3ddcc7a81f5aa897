/** Where the sentence holding offset `at` of `text` starts. Sentences end at `.`, `!` or `?` followed by white space. */
function sentenceStart(text: string, at: number): number {
	let from = 0;
	for (const match of text.slice(0, at).matchAll(/[.!?]\s+(?=\S)/g))
		from = match.index + match[0].length;
	return from;
}

const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The sentence of `text` that contains the span `[start, end)`, trimmed, for backlink context. */
export function sentenceAround(text: string, start: number, end: number): string {
	const after = /[.!?](?=\s|$)/.exec(text.slice(end));
	const to = after ? end + after.index + 1 : text.length;
	return tidy(text.slice(sentenceStart(text, start), to));
}

/** The last sentence of `text`, or all of it: the claim a citation placed after it supports. */
export function lastSentence(text: string): string {
	return lastSentences(text, 1);
}

/** The last `count` sentences of `text`: a claim with the sentence it may refer back to. */
export function lastSentences(text: string, count: number): string {
	const trimmed = text.trim();
	let from = trimmed.length;
	for (let i = 0; i < count && from > 0; i++)
		from = sentenceStart(trimmed, from === trimmed.length ? from : from - 1);
	return tidy(trimmed.slice(from));
}
