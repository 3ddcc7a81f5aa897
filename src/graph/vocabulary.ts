import type { Site } from './site.ts';
import { words } from '../lib/spelling.ts';


/**
 * The site's own vocabulary with word counts, for "did you mean" in search. Names (titles,
 * headings, aliases, glossary terms, tags) count extra, so a correction prefers the team's terms.
 */
export function vocabulary(site: Site): Record<string, number> {
	const counts = new Map<string, number>();
	const add = (text: string, weight: number) => {
		for (const word of words(text)) counts.set(word, (counts.get(word) ?? 0) + weight);
	};
	// Count 0 marks a known word that a correction should never produce (the transcripts' misspellings).
	for (const note of site.notes.values()) {
		add([note.data.title, ...note.data.aliases, ...note.data.tags, ...note.headings.map((h) => h.text)].join(' '), 5);
		add(note.body.text, 1);
	}
	for (const entry of site.glossary) add([entry.data.term, ...entry.data.aliases, entry.data.definition].join(' '), 5);
	// Words that only the sources use are known too, so searching for them is never "corrected".
	for (const source of site.sources.values()) for (const segment of source.data.segments) add(segment.text, 0);
	return Object.fromEntries([...counts].sort(([a], [b]) => a.localeCompare(b)));
}
