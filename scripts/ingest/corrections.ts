import { escapeRegExp } from '../../src/lib/regexp.ts';

/** The cleaned reading of a text: known mis-hearings corrected, each correction recorded. */
export interface Reading {
	reading: string;
	fixes: { start: number; end: number; was: string }[];
}

/**
 * Fixes known transcription errors: whole words, case-insensitive, longest phrase first,
 * written as configured. Returns the reading and where each fix is in it, so a page can show
 * every correction beside the recorded text.
 */
export function applyCorrections(text: string, corrections: Record<string, string>): Reading {
	const phrases = Object.keys(corrections).sort((a, b) => b.length - a.length);
	if (phrases.length === 0) return { reading: text, fixes: [] };
	const lookup = new Map(phrases.map((p) => [p.toLowerCase(), corrections[p]!]));
	const pattern = new RegExp(
		`(?<![\\p{L}\\p{N}])(?:${phrases.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
		'giu',
	);
	const fixes: Reading['fixes'] = [];
	let reading = '';
	let last = 0;
	for (const match of text.matchAll(pattern)) {
		const right = lookup.get(match[0].toLowerCase())!;
		reading += text.slice(last, match.index);
		if (right !== match[0])
			fixes.push({ start: reading.length, end: reading.length + right.length, was: match[0] });
		reading += right;
		last = match.index + match[0].length;
	}
	return { reading: reading + text.slice(last), fixes };
}
