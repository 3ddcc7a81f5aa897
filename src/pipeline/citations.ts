import { error, type Diagnostic } from '../lib/diagnostics.ts';
import { didYouMean } from '../lib/closest.ts';
import type { NoteSlug } from '../lib/slug.ts';
import { readingOf, type Segment } from '../schemas/source.ts';
import { citeAt, quoteOccurs, resolveAnchor } from './anchors.ts';
import { sharedWords, supportFor, type Span } from './evidence.ts';
import type { Position } from './position.ts';
import type { NoteFile, SourceFile } from './read.ts';
import { lastSentence } from './sentence.ts';

/** A place in a source, resolved: the segment and the words of it that support the claim. */
export interface Evidence {
	src: string;
	segment: Segment;
	quote?: string;
	/** The supporting words, as offsets into the segment's reading. */
	support: Span;
}

/** One `<Cite>` in a note, resolved to its segment. */
export interface Citation extends Evidence {
	/** Marker number in the note: one per distinct segment, in order of first use. */
	n: number;
	/**
	 * The marker's element id, unique in the note (`cite-<n>-<k>` for the k-th citation): the
	 * renderer gives it to the marker and source pages' "Cited by" link back to it.
	 */
	id: string;
	line: number;
	column: number;
	/** Where the `<Cite>` starts in the note's file: how the renderer finds its element. */
	offset: number;
}

/** Key of a segment across sources: `source-id#anchor`. */
export const segmentKey = (src: string, anchor: string) => `${src}#${anchor}`;

export interface CitationIndex {
	/** Citations per note, in document order (a segment cited twice appears twice, same `n`). */
	byNote: Map<NoteSlug, Citation[]>;
	/** Notes citing each segment, keyed by `segmentKey`. */
	citedBy: Map<string, NoteSlug[]>;
}

export type ResolvedEvidence =
	{ ok: true; evidence: Evidence } | { ok: false; message: string; hint?: string };

/**
 * Resolves a reference to a source (`src`, `at`, optional `quote`) for a claim: the source, the
 * segment at that position, the quote in it, and the words that support the claim.
 */
export function resolveEvidence(
	sources: ReadonlyMap<string, SourceFile>,
	ref: { src: string; at: string; quote?: string | undefined },
	claim: string,
): ResolvedEvidence {
	const source = sources.get(ref.src);
	if (!source) {
		const otherwise = sources.size
			? `sources: ${[...sources.keys()].join(', ')}`
			: 'no sources are ingested yet: run npm run ingest';
		return {
			ok: false,
			message: `unknown source "${ref.src}"`,
			hint: didYouMean(ref.src, sources.keys(), otherwise),
		};
	}
	const found = resolveAnchor(source, ref.at);
	if (!found.ok) return found;
	if (ref.quote !== undefined && !quoteOccurs(found.segment, ref.quote)) {
		const elsewhere = source.data.segments.filter((s) => quoteOccurs(s, ref.quote!));
		return {
			ok: false,
			message: `quote not found in ${ref.src} at ${found.segment.label}: "${ref.quote}"`,
			hint: elsewhere.length
				? `the words occur at ${elsewhere
						.slice(0, 3)
						.map((s) => `${s.label} (at="${citeAt(s)}")`)
						.join(', ')}: cite that segment`
				: 'quote the words of that segment exactly (case and spacing may differ), or cite the segment that holds them',
		};
	}
	const support = supportFor(readingOf(found.segment), claim, ref.quote);
	return {
		ok: true,
		evidence: {
			src: ref.src,
			segment: found.segment,
			...(ref.quote ? { quote: ref.quote } : {}),
			support,
		},
	};
}

/** Resolves every `<Cite>` of every note, reporting unknown sources, positions and misquotes. */
export function indexCitations(
	notes: Iterable<NoteFile>,
	sources: ReadonlyMap<string, SourceFile>,
	diagnostics: Diagnostic[],
): CitationIndex {
	const index: CitationIndex = { byNote: new Map(), citedBy: new Map() };
	for (const note of notes) {
		const list: Citation[] = [];
		const numbers = new Map<string, number>();
		const unsupported = new WordlessCitations();
		for (const el of note.syntax.elements.filter((e) => e.name === 'Cite')) {
			const { src, at, quote } = el.attributes;
			// A <Cite> without plain src and at is reported by the note's syntax check.
			if (!src || !at || el.dynamic.length) continue;
			const at_: Position = { line: el.line, column: el.column };
			const claim = lastSentence(el.before);
			const resolved = resolveEvidence(sources, { src, at, quote }, claim);
			if (!resolved.ok) {
				diagnostics.push(
					error({
						file: note.file,
						...at_,
						message: resolved.message,
						...(resolved.hint ? { hint: resolved.hint } : {}),
					}),
				);
				continue;
			}
			if (!quote) unsupported.add(claim, resolved.evidence.segment, { file: note.file, ...at_ });
			const key = segmentKey(src, resolved.evidence.segment.anchor);
			if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
			const n = numbers.get(key)!;
			list.push({
				...resolved.evidence,
				n,
				id: `cite-${n}-${list.length + 1}`,
				offset: el.offset,
				...at_,
			});
			const citing = index.citedBy.get(key) ?? [];
			if (!citing.includes(note.slug)) citing.push(note.slug);
			index.citedBy.set(key, citing);
		}
		index.byNote.set(note.slug, list);
		diagnostics.push(...unsupported.problems());
	}
	return index;
}

/**
 * A cheap guard against citing the neighbouring segment: the cited segment (label and reading)
 * must share at least one word with the sentence it supports. Citations placed together after
 * one sentence are judged as a group (a claim may span two segments); a lead-in ending with ":"
 * is not judged, since its claim is the list that follows; a `quote=` is checked on its own.
 */
class WordlessCitations {
	readonly #groups = new Map<
		string,
		{ shared: boolean; places: (Position & { file: string; label: string })[] }
	>();

	add(claim: string, segment: Segment, place: Position & { file: string }) {
		if (!claim || claim.endsWith(':')) return;
		const group = this.#groups.get(claim) ?? { shared: false, places: [] };
		group.shared ||= sharedWords(`${segment.label} ${readingOf(segment)}`, claim).length > 0;
		group.places.push({ ...place, label: segment.label });
		this.#groups.set(claim, group);
	}

	problems(): Diagnostic[] {
		return [...this.#groups].flatMap(([claim, group]) =>
			group.shared
				? []
				: group.places.map(({ label, ...place }) =>
						error({
							...place,
							message: `the cited segment (${label}) shares no word with the sentence it supports: "${claim.length > 90 ? `${claim.slice(0, 87)}...` : claim}"`,
							hint: 'the words are probably in a neighbouring segment: cite the one that says it, or name in the sentence what the segment says',
						}),
					),
		);
	}
}
