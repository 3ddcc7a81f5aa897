import { words } from '../search/spelling.ts';
import type { Published } from './publish.ts';

/**
 * The site's own vocabulary with word counts, for "did you mean" in search: published notes
 * and glossary only, so a draft's words never reach the site. Names (titles, headings,
 * aliases, glossary terms, tags) count extra, so a correction prefers the team's terms.
 */
export function vocabulary(published: Published): Record<string, number> {
	const counts = new Map<string, number>();
	const add = (text: string, weight: number) => {
		for (const word of words(text)) counts.set(word, (counts.get(word) ?? 0) + weight);
	};
	for (const note of published.notes) {
		add(
			[
				note.data.title,
				...note.data.aliases,
				...note.data.tags,
				...note.headings.map((h) => h.text),
			].join(' '),
			5,
		);
		add(note.syntax.text, 1);
	}
	for (const entry of published.glossary)
		add([entry.data.term, ...entry.data.aliases, entry.data.definition].join(' '), 5);
	// Count 0 marks a known word that a correction should never produce (the transcripts' misspellings):
	// searching for it is never "corrected".
	for (const source of published.site.sources.values())
		for (const segment of source.data.segments) add(segment.text, 0);
	return Object.fromEntries([...counts].sort(([a], [b]) => a.localeCompare(b)));
}
