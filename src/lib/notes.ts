import { getCollection, type CollectionEntry } from 'astro:content';
import { PILLARS, type Pillar } from '../schemas/common.ts';

export type Note = CollectionEntry<'notes'>;

/** Published notes (drafts show only in dev), hubs first, then by title. */
export async function publishedNotes(): Promise<Note[]> {
	const notes = await getCollection('notes', (n) => n.data.status !== 'draft' || import.meta.env.DEV);
	return notes.sort((a, b) => Number(b.data.hub) - Number(a.data.hub) || a.data.title.localeCompare(b.data.title));
}

/** Notes grouped by pillar, in the pillars' canonical order, empty pillars left out. */
export function byPillar(notes: readonly Note[]): { pillar: Pillar; notes: Note[] }[] {
	return PILLARS.map((pillar) => ({ pillar, notes: notes.filter((n) => n.data.pillar === pillar) })).filter((g) => g.notes.length > 0);
}
