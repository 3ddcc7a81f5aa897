import { splitNoteRef, type NoteSlug } from '../lib/slug.ts';
import type { Site } from './site.ts';

/**
 * Every place that refers to a note, as `file:line:col  how`: wiki-links, related and
 * prerequisites lists, glossary entries and paths. Used before renaming or deleting a note.
 */
export function referencesTo(site: Site, slug: string): string[] {
	const refs: string[] = [];
	const at = (file: string, pos: { line: number; column: number }, how: string) =>
		refs.push(`${file}:${pos.line}:${pos.column}  ${how}`);
	for (const note of site.notes.values()) {
		for (const link of site.links.get(note.slug) ?? [])
			if (link.to === slug && link.from !== slug) at(note.file, link, 'wiki-link');
		for (const field of ['related', 'prerequisites'] as const) {
			note.data[field].forEach((s, i) => {
				if (s === slug) at(note.file, note.at([field, i]), field);
			});
		}
	}
	for (const entry of site.glossary)
		if (splitNoteRef(entry.data.note).slug === slug)
			at(entry.file, entry.at(['note']), 'glossary note');
	for (const path of site.paths) {
		path.data.steps.forEach((step, i) => {
			if (step.note === (slug as NoteSlug))
				at(path.file, path.at(['steps', i, 'note']), 'path step');
		});
	}
	return refs;
}
