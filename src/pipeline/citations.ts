import { error, type Diagnostic } from '../lib/diagnostics.ts';
import { didYouMean } from '../lib/closest.ts';
import type { NoteSlug } from '../lib/slug.ts';
import type { Segment } from '../schemas/source.ts';
import { quoteOccurs, resolveAnchor } from './anchors.ts';
import type { NoteFile, SourceFile } from './read.ts';

/** One `<Cite>` in a note, resolved to its segment. */
export interface Citation {
	/** Marker number in the note: one per distinct segment, in order of first use. */
	n: number;
	src: string;
	segment: Segment;
	quote?: string;
	line: number;
	column: number;
}

/** Key of a segment across sources: `source-id#anchor`. */
export const segmentKey = (src: string, anchor: string) => `${src}#${anchor}`;

export interface CitationIndex {
	/** Citations per note, in document order (a segment cited twice appears twice, same `n`). */
	byNote: Map<NoteSlug, Citation[]>;
	/** Notes citing each segment, keyed by `segmentKey`. */
	citedBy: Map<string, NoteSlug[]>;
}

/** Resolves every `<Cite>` of every note, reporting unknown sources, positions and misquotes. */
export function indexCitations(
	notes: Iterable<NoteFile>,
	sources: Map<string, SourceFile>,
	diagnostics: Diagnostic[],
): CitationIndex {
	const index: CitationIndex = { byNote: new Map(), citedBy: new Map() };
	for (const note of notes) {
		const list: Citation[] = [];
		const numbers = new Map<string, number>();
		const fail = (el: { line: number; column: number }, message: string, hint?: string) =>
			diagnostics.push(
				error({
					file: note.file,
					line: el.line,
					column: el.column,
					message,
					...(hint ? { hint } : {}),
				}),
			);
		for (const el of note.syntax.elements.filter((e) => e.name === 'Cite')) {
			const { src, at, quote } = el.attributes;
			// A <Cite> without plain src and at is reported by the note's syntax check.
			if (!src || !at || el.dynamic.length) continue;
			const source = sources.get(src);
			if (!source) {
				fail(
					el,
					`unknown source "${src}"`,
					didYouMean(
						src,
						sources.keys(),
						sources.size
							? `sources: ${[...sources.keys()].join(', ')}`
							: 'no sources are ingested yet: run npm run ingest',
					),
				);
				continue;
			}
			const found = resolveAnchor(source, at);
			if (!found.ok) {
				fail(el, found.message, found.hint);
				continue;
			}
			if (quote !== undefined && !quoteOccurs(found.segment, quote)) {
				fail(
					el,
					`quote not found in ${src} at ${found.segment.label}: "${quote}"`,
					'quote the cleaned text of that segment exactly (case and spacing may differ), or cite the segment that holds it',
				);
				continue;
			}
			const key = segmentKey(src, found.segment.anchor);
			if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
			list.push({
				n: numbers.get(key)!,
				src,
				segment: found.segment,
				...(quote ? { quote } : {}),
				line: el.line,
				column: el.column,
			});
			const citing = index.citedBy.get(key) ?? [];
			if (!citing.includes(note.slug)) citing.push(note.slug);
			index.citedBy.set(key, citing);
		}
		index.byNote.set(note.slug, list);
	}
	return index;
}
