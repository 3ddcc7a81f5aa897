import type { RawSegment } from './types.ts';
import { escapeRegExp } from '../../src/lib/regexp.ts';

/** Privacy rules for one source (see redactions.yaml). */
export interface Redaction {
	replace?: Record<string, string>;
	dropFrom?: string;
	dropBefore?: string;
	mustNotAppear?: string[];
}

/** Removes whole passages by line, before the text is cut into segments. */
export function dropPassages(text: string, rules: Redaction): string {
	let lines = text.split('\n');
	if (rules.dropBefore) {
		const start = lines.findIndex((l) => new RegExp(rules.dropBefore!).test(l));
		if (start > 0) lines = lines.slice(start);
	}
	if (rules.dropFrom) {
		const end = lines.findIndex((l) => new RegExp(rules.dropFrom!).test(l));
		if (end !== -1) lines = lines.slice(0, end);
	}
	return lines.join('\n');
}

/**
 * Replaces names with roles, longest names first so "Allianz Ireland" wins over "Allianz".
 * Matching is case-insensitive on whole words.
 */
export function replaceNames(text: string, replace: Record<string, string> = {}): string {
	const names = Object.keys(replace).sort((a, b) => b.length - a.length);
	if (names.length === 0) return text;
	const pattern = new RegExp(`(?<!\\w)(${names.map(escapeRegExp).join('|')})(?![\\w])`, 'gi');
	const lookup = new Map(names.map((n) => [n.toLowerCase(), replace[n]!]));
	return text.replace(pattern, (found) => lookup.get(found.toLowerCase()) ?? found);
}

/** Applies name replacement to every text field of every segment. */
export function redactSegments(segments: RawSegment[], rules: Redaction): RawSegment[] {
	return segments.map((s) => ({
		...s,
		label: replaceNames(s.label, rules.replace),
		...(s.heading ? { heading: replaceNames(s.heading, rules.replace) } : {}),
		text: replaceNames(s.text, rules.replace),
	}));
}
