/**
 * Ingest refuses by default. A source is published only when:
 * - sources.yaml declares its privacy (checked in metadata.ts);
 * - if private, it has redaction rules of its own, not marked public (a public rules entry is
 *   left out of the privacy scans);
 * - its record holds no private term of any source (every name, place and dropped phrase of
 *   every rules entry not marked public, found by hash): a copy of private notes under a new id
 *   or under a public source's file name holds them, and is refused unless its own rules replace
 *   or drop them.
 */
import path from 'node:path';
import { privateTermsIn, type HashedTerm } from './hashed-terms.ts';
import { redactsAnything, type RedactionRules, type SourceRules } from './redaction-rules.ts';
import type { SourceEntry } from './metadata.ts';
import { IngestError } from './types.ts';

const RULES_HINT =
	'map its names to roles and mark its private passages in the clear-text rules file, then run npm run redactions -- <clear-text rules>';

/** The rules a source is ingested with, refusing a private source that has none. */
export function rulesFor(
	file: string,
	entry: SourceEntry,
	rules: RedactionRules,
): SourceRules | undefined {
	const own = rules.sources[entry.meta.id];
	if (entry.meta.privacy !== 'private') return own;
	if (!redactsAnything(own))
		throw new IngestError(
			file,
			`private source "${entry.meta.id}" (${entry.where}) has no redaction rules`,
			`${RULES_HINT}; a private source is never published without them`,
		);
	if (own.public)
		throw new IngestError(
			file,
			`private source "${entry.meta.id}" (${entry.where}) has redaction rules marked public`,
			'remove "public: true" from its clear-text rules and run npm run redactions: the privacy tests skip the terms of public rules',
		);
	return own;
}

interface OwnedTerm extends HashedTerm {
	/** The source id whose rules hold the term. */
	owner: string;
}

/** Every private term of every rules entry not marked public, with the source it belongs to. */
export function privateTerms(rules: RedactionRules): OwnedTerm[] {
	return Object.entries(rules.sources)
		.filter(([, source]) => !source.public)
		.flatMap(([owner, source]) =>
			[...source.replace, ...source.mustNotAppear].map((t) => ({ ...t, owner })),
		);
}

/** Every string in a record. */
function stringsOf(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(stringsOf);
	if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
	return [];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Refuses a record that holds a private term, naming the raw file and the line where the first
 * such term is (or the source's entry in sources.yaml, when the term came from there) and the
 * sources the terms belong to, never the terms.
 */
export function refuseLeaks(
	file: string,
	raw: string,
	record: object,
	entry: SourceEntry,
	terms: readonly OwnedTerm[],
	salt: string,
): void {
	const hashes = new Map<string, string>();
	const found = new Set<OwnedTerm>();
	for (const text of stringsOf(record))
		for (const { term } of privateTermsIn(text, terms, salt, hashes)) found.add(term);
	if (found.size === 0) return;
	const first = privateTermsIn(raw, [...found], salt, hashes)[0];
	let where = `${file} (${entry.where})`;
	if (first) {
		const before = raw.slice(0, first.start).split('\n');
		where = `${file}:${before.length}:${before.at(-1)!.length + 1}`;
	}
	const owners = [...new Set([...found].map((t) => t.owner))].sort();
	throw new IngestError(
		where,
		`holds ${plural(found.size, 'private term')} of ${owners.join(', ')}, known to ingest only as hashes`,
		`private text is refused under any id: give "${entry.meta.id}" clear-text rules that replace or drop ${found.size === 1 ? 'it' : 'them'} and run npm run redactions -- <clear-text rules>, or leave ${path.basename(file)} out`,
	);
}
