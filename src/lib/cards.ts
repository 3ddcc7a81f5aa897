import type { NoteCard, NoteRoute } from '../pipeline/routes.ts';

/** A note page's route data as a card. */
export const cardOfRoute = (route: NoteRoute): NoteCard => ({
	slug: route.slug,
	title: route.data.title,
	summary: route.data.summary,
	pillar: route.data.pillar,
});
