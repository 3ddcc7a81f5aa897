import { foldKey, splitNoteRef, type NoteSlug } from '../lib/slug.ts';
import { escapeRegExp } from '../lib/regexp.ts';
import type { Pillar } from '../schemas/common.ts';
import type { GlossaryData } from '../schemas/glossary.ts';
import type { GlossaryFile } from './read.ts';

/** The glossary fields whose names link a term in notes; search-only spellings never link. */
const LINKING_FIELDS = ['aliases', 'formerly', 'relatedNames'] as const;

/** Every name a term links by (its term, other names, former names, related names), with the field path it is written at. */
export function linkingNames(data: GlossaryData): { name: string; field: (string | number)[] }[] {
	return [
		{ name: data.term, field: ['term'] },
		...LINKING_FIELDS.flatMap((key) => data[key].map((name, i) => ({ name, field: [key, i] }))),
	];
}

/** Every term's own names (term, other names, former names), folded, with the id of the term. */
export function ownNames(glossary: readonly GlossaryFile[]): Map<string, string> {
	const owners = new Map<string, string>();
	for (const entry of glossary)
		for (const name of [entry.data.term, ...entry.data.aliases, ...entry.data.formerly])
			if (!owners.has(foldKey(name))) owners.set(foldKey(name), entry.id);
	return owners;
}

/**
 * The names a term links by in notes: its `linkingNames`, less the related names that are
 * another term's own name ("RoleBinding" under RBAC, where RoleBinding has a term): those are
 * cross-references, shown linked to their own term, and link only that term in notes.
 */
export function claimedNames(
	entry: GlossaryFile,
	owners: ReadonlyMap<string, string>,
): { name: string; field: (string | number)[] }[] {
	return linkingNames(entry.data).filter(
		({ name, field }) =>
			field[0] !== 'relatedNames' || (owners.get(foldKey(name)) ?? entry.id) === entry.id,
	);
}

/** A glossary entry as the term linker needs it. */
export interface TermTarget {
	id: string;
	term: string;
	definition: string;
	/** Slug of the note that explains the term: that note does not link to its own term. */
	note: NoteSlug;
	/** Pillars whose notes link the term; empty for all. */
	pillars: readonly Pillar[];
}

export interface TermHit {
	index: number;
	text: string;
	target: TermTarget;
}

export interface TermMatcher {
	/** Glossary names in `text` as a note of `pillar` would link them, in order, with their offsets. */
	find(text: string, pillar: Pillar): TermHit[];
}

/**
 * Acronyms ("PDB", "mTLS", "GoCD") only match as written: in lower case they are often other
 * words. Plain names ("pod", "node pool") match in any case.
 */
const isAcronym = (name: string) => (name.match(/\p{Lu}/gu) ?? []).length >= 2;

/** A name and its plural: node pool → node pools, policy → policies, mesh → meshes, PDB → PDBs. */
export function inflections(name: string): string[] {
	const last = /(\p{L}+)$/u.exec(name)?.[1];
	if (!last || (last.length < 3 && !isAcronym(last))) return [name];
	if (/^\p{Lu}+$/u.test(last)) return /S$/.test(last) ? [name] : [name, `${name}s`];
	if (/[^aeiou]y$/i.test(last)) return [name, `${name.slice(0, -1)}ies`];
	if (/(s|x|z|ch|sh)$/i.test(last)) return [name, `${name}es`];
	return [name, `${name}s`];
}

interface Name {
	/** How a match is looked up: as written for exact names, lower-cased for the rest. */
	exact: boolean;
	targets: TermTarget[];
	/** Phrases around a match that mean something else (per target id). */
	avoid: Map<string, RegExp>;
}

/**
 * The term linker: one regular expression over every term, alias and plural (longest first, so
 * "Helm umbrella chart" beats "Helm"), then per match the rules of its entry: case
 * (`caseSensitive`, acronyms), phrases to avoid, and the pillars it applies to.
 */
export function termMatcher(glossary: readonly GlossaryFile[]): TermMatcher {
	const names = new Map<string, Name>();
	const owners = ownNames(glossary);
	for (const entry of glossary) {
		const { term, definition, note, caseSensitive, avoid, pillars } = entry.data;
		const target: TermTarget = {
			id: entry.id,
			term,
			definition,
			note: splitNoteRef(note).slug,
			pillars,
		};
		// Longest first, so "failing health checks" is tried before "failing health check".
		const phrases = avoid.flatMap(inflections).sort((a, b) => b.length - a.length);
		const avoiding = phrases.length
			? new RegExp(phrases.map(escapeRegExp).join('|'), 'giu')
			: undefined;
		for (const name of claimedNames(entry, owners).flatMap((n) => inflections(n.name))) {
			const exact = caseSensitive || isAcronym(name);
			const key = exact ? name : name.toLowerCase();
			const slot: Name = names.get(key) ?? { exact, targets: [], avoid: new Map() };
			if (!slot.targets.includes(target)) slot.targets.push(target);
			if (avoiding) slot.avoid.set(entry.id, avoiding);
			names.set(key, slot);
		}
	}
	// Names that match as written and names that match in any case are looked for separately, so
	// a long name in the wrong case never hides a shorter one that fits ("ClusterIP Service").
	const patternOf = (exact: boolean) => {
		const list = [...names].filter(([, slot]) => slot.exact === exact).map(([key]) => key);
		const alternatives =
			list
				.sort((a, b) => b.length - a.length)
				.map(escapeRegExp)
				.join('|') || '(?!)';
		return new RegExp(
			`(?<![\\p{L}\\p{N}_/-])(${alternatives})(?![\\p{L}\\p{N}_/-])`,
			exact ? 'gu' : 'giu',
		);
	};
	const patterns = [patternOf(true), patternOf(false)];
	return {
		find(text, pillar) {
			const candidates: TermHit[] = [];
			for (const pattern of patterns) {
				for (const match of text.matchAll(pattern)) {
					const found = match[1]!;
					const slot = names.get(found) ?? names.get(found.toLowerCase());
					// A term meant for this note's pillar wins over one meant for every pillar.
					const target =
						slot?.targets.find((t) => t.pillars.includes(pillar)) ??
						slot?.targets.find((t) => t.pillars.length === 0);
					if (
						!slot ||
						!target ||
						avoided(text, match.index, found.length, slot.avoid.get(target.id))
					)
						continue;
					candidates.push({ index: match.index, text: found, target });
				}
			}
			// Where two names overlap, the earlier one wins, then the longer.
			candidates.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
			const hits: TermHit[] = [];
			for (const hit of candidates) {
				const last = hits.at(-1);
				if (!last || hit.index >= last.index + last.text.length) hits.push(hit);
			}
			return hits;
		},
	};
}

/** True when the match at `index` lies inside a phrase that means something else. */
function avoided(text: string, index: number, length: number, avoid: RegExp | undefined): boolean {
	if (!avoid) return false;
	for (const phrase of text.matchAll(avoid)) {
		if (phrase.index <= index && index + length <= phrase.index + phrase[0].length) return true;
	}
	return false;
}
