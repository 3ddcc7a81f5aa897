import { findTerms } from './hashed-terms.ts';
import type { SourceRules } from './redaction-rules.ts';
import { IngestError, type RawSegment } from './types.ts';

type LineRule = NonNullable<SourceRules['dropFrom']>;

/**
 * The index of the line a rule points at: the recorded line if its text still hashes the same,
 * else the line that does (the raw file moved). A rule that matches nothing stops the ingest:
 * publishing a passage that was meant to be dropped is worse than publishing nothing.
 */
function lineOf(
	lines: string[],
	rule: LineRule,
	hash: (text: string) => string,
	file: string,
	name: string,
): number {
	if (lines[rule.line - 1] !== undefined && hash(lines[rule.line - 1]!) === rule.hash)
		return rule.line - 1;
	const moved = lines.findIndex((l) => hash(l) === rule.hash);
	if (moved === -1)
		throw new IngestError(
			file,
			`the ${name} line recorded for line ${rule.line} is not in the file any more`,
			'the raw file changed: rewrite the rules with npm run redactions -- <clear-text rules>',
		);
	return moved;
}

/** Removes the private passages, by line, before the text is cut into segments. */
export function dropPassages(
	text: string,
	rules: SourceRules,
	hash: (text: string) => string,
	file: string,
): string {
	let lines = text.split('\n');
	if (rules.dropFrom) lines = lines.slice(0, lineOf(lines, rules.dropFrom, hash, file, 'dropFrom'));
	if (rules.dropBefore)
		lines = lines.slice(lineOf(lines, rules.dropBefore, hash, file, 'dropBefore'));
	return lines.join('\n');
}

/** Replaces each private name with its role, on whole words, case-insensitively, longest name first. */
export function replaceNames(
	text: string,
	rules: SourceRules,
	hash: (text: string) => string,
): string {
	let out = '';
	let last = 0;
	for (const { start, end, term } of findTerms(text, rules.replace, hash)) {
		out += text.slice(last, start) + term.role;
		last = end;
	}
	return out + text.slice(last);
}

/** Applies name replacement to every text field of every segment. */
export function redactSegments(
	segments: RawSegment[],
	rules: SourceRules,
	hash: (text: string) => string,
): RawSegment[] {
	return segments.map((s) => ({
		...s,
		label: replaceNames(s.label, rules, hash),
		...(s.heading ? { heading: replaceNames(s.heading, rules, hash) } : {}),
		text: replaceNames(s.text, rules, hash),
	}));
}
