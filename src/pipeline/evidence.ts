/**
 * Which words of a cited segment support a claim: the quote when the citation gives one, else the
 * sentence of the segment that shares most content words with the claim. Citation previews and
 * source pages highlight these words, so a reader sees the evidence rather than the start of a
 * 30-second stretch of transcript.
 */

/** A stretch of a segment's reading, as offsets. */
export interface Span {
	start: number;
	end: number;
}

const STOP = new Set(
	'about after again also because been before being between both could does doing down during each from further have having here into itself just more most much only other over same should some such than that their them then there these they this those through under until very were what when where which while with would your will team teams'.split(
		' ',
	),
);

/** Content words as comparable stems: "upgrading" and "upgrades" both become "upgra". */
function stems(text: string): Set<string> {
	return new Set(
		(text.toLowerCase().match(/[a-z0-9]{4,}/g) ?? [])
			.filter((w) => !STOP.has(w))
			.map((w) => w.slice(0, 5)),
	);
}

/** Sentences of a text with their offsets. */
function sentencesOf(text: string): Span[] {
	const spans: Span[] = [];
	const boundary = /[.!?]+(?=\s|$)|\n+/g;
	let start = 0;
	for (const match of text.matchAll(boundary)) {
		const end = match.index + (match[0].startsWith('\n') ? 0 : match[0].length);
		if (text.slice(start, end).trim()) spans.push(trim(text, { start, end }));
		start = match.index + match[0].length;
	}
	if (text.slice(start).trim()) spans.push(trim(text, { start, end: text.length }));
	return spans;
}

function trim(text: string, span: Span): Span {
	let { start, end } = span;
	while (start < end && /\s/.test(text[start]!)) start++;
	while (end > start && /\s/.test(text[end - 1]!)) end--;
	return { start, end };
}

/**
 * Text as quotes are compared: lower case, typographic quotes and dashes made plain, each run of
 * white space one space; with, for each folded character, its offset in the text.
 */
function fold(text: string): { folded: string; origin: number[] } {
	let folded = '';
	const origin: number[] = [];
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (/\s/.test(c)) {
			if (folded.endsWith(' ')) continue;
			folded += ' ';
		} else
			folded += c
				.toLowerCase()
				.replace(/[‘’‛′]/, "'")
				.replace(/[“”„″]/, '"')
				.replace(/[–—]/, '-');
		origin.push(i);
	}
	return { folded, origin };
}

/** Folds text for quote matching: case, white space, typographic quotes and dashes. */
export const foldQuote = (text: string) => fold(text).folded.trim();

/** Where `quote` occurs in `text`, ignoring case, runs of white space, and typographic quotes and dashes. */
export function findQuote(text: string, quote: string): Span | undefined {
	const { folded, origin } = fold(text);
	const needle = foldQuote(quote);
	const at = folded.indexOf(needle);
	if (at === -1 || needle === '') return undefined;
	return { start: origin[at]!, end: origin[at + needle.length - 1]! + 1 };
}

/** The span of `reading` that supports `claim`: the quote, or the best-matching sentence. */
export function supportFor(reading: string, claim: string, quote?: string): Span {
	if (quote) {
		const found = findQuote(reading, quote);
		if (found) return found;
	}
	const wanted = stems(claim);
	let best: { span: Span; score: number } | undefined;
	for (const span of sentencesOf(reading)) {
		const have = stems(reading.slice(span.start, span.end));
		const score = [...wanted].filter((w) => have.has(w)).length;
		if (!best || score > best.score) best = { span, score };
	}
	return best?.span ?? { start: 0, end: reading.length };
}

const SHORT_STOP = new Set(
	'the and for are was you not but can has had its our out who how why all any one two may did get got use let yes now new see own way per via too off'.split(
		' ',
	),
);

/** Words that can carry a claim, numbers and three-letter names (API, AWS, six) included. */
function claimWords(text: string): Set<string> {
	return new Set(
		(text.toLowerCase().match(/[a-z0-9]+/g) ?? [])
			.filter((w) =>
				/^\d+$/.test(w) ? true : w.length === 3 ? !SHORT_STOP.has(w) : w.length > 3 && !STOP.has(w),
			)
			.map((w) => w.slice(0, 5)),
	);
}

/**
 * The words of `claim` that the cited segment (its label and reading) also has. None at all means
 * the segment cannot be the one that says the claim: usually the citation points at its neighbour.
 */
export function sharedWords(segment: string, claim: string): string[] {
	const have = claimWords(segment);
	return [...claimWords(claim)].filter((w) => have.has(w));
}

/** A highlighted stretch of a segment, with the id a citation links to. */
export interface Mark extends Span {
	id: string;
}

/**
 * The supporting stretches of one segment, merged where they overlap, each with an id
 * (`<anchor>-w<k>`): the source page highlights them and each citation links to its own.
 */
export function supportMarks(anchor: string, supports: readonly Span[]): Mark[] {
	const sorted = [...supports].sort((a, b) => a.start - b.start || a.end - b.end);
	const merged: Span[] = [];
	for (const span of sorted) {
		const last = merged.at(-1);
		if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
		else merged.push({ ...span });
	}
	return merged.map((span, i) => ({ ...span, id: `${anchor}-w${i + 1}` }));
}

/** The mark that holds a support span. */
export function markOf(marks: readonly Mark[], support: Span): Mark | undefined {
	return marks.find((m) => m.start <= support.start && support.end <= m.end);
}
