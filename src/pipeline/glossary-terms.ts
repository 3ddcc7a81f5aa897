import { splitNoteRef, type NoteSlug } from '../lib/slug.ts';
import { escapeRegExp } from '../lib/regexp.ts';
import type { GlossaryFile } from './read.ts';

/** A glossary entry as the term linker needs it. */
export interface TermTarget {
	id: string;
	term: string;
	definition: string;
	/** Slug of the note that explains the term: that note does not link to its own term. */
	note: NoteSlug;
}

export interface TermMatcher {
	/** Glossary names in `text`, in order, with their offsets. */
	find(text: string): { index: number; text: string; target: TermTarget }[];
}

/** Short abbreviations ("PDB", "mTLS") only match as written; longer names in any case. */
const exact = (name: string) => name.length <= 4 && /[A-Z]/.test(name);

/** One regular expression over every term and alias, longest names first so "Helm umbrella chart" beats "Helm". */
export function termMatcher(glossary: readonly GlossaryFile[]): TermMatcher {
	const byName = new Map<string, TermTarget>();
	for (const entry of glossary) {
		const target: TermTarget = {
			id: entry.id,
			term: entry.data.term,
			definition: entry.data.definition,
			note: splitNoteRef(entry.data.note).slug,
		};
		for (const name of [entry.data.term, ...entry.data.aliases]) {
			const key = exact(name) ? name : name.toLowerCase();
			if (!byName.has(key)) byName.set(key, target);
		}
	}
	const names = [...byName.keys()].sort((a, b) => b.length - a.length);
	// Case-insensitive search; a hit on an exact-case name in another case ("pdb") is skipped.
	const pattern = new RegExp(
		`(?<![\\p{L}\\p{N}_/-])(${names.map(escapeRegExp).join('|') || '(?!)'})(?![\\p{L}\\p{N}_/-])`,
		'giu',
	);
	const lookup = (name: string) =>
		byName.get(name) ?? (exact(name) ? undefined : byName.get(name.toLowerCase()));
	return {
		find(text) {
			const hits: { index: number; text: string; target: TermTarget }[] = [];
			for (const match of text.matchAll(pattern)) {
				const target = lookup(match[1]!);
				if (target) hits.push({ index: match.index, text: match[1]!, target });
			}
			return hits;
		},
	};
}
