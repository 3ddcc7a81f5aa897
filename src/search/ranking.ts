/**
 * Pagefind's ranking for this site (measured with tests/search/queries.yaml): titles and aliases
 * are the names people search for; the other metadata is for display and filters only.
 */
export const RANKING = {
	termFrequency: 0.8,
	pageLength: 0.6,
	termSaturation: 1.2,
	metaWeights: {
		title: 5,
		aliases: 4,
		term: 0,
		summary: 0,
		note_title: 0,
		note_url: 0,
		type: 0,
		pillar_label: 0,
	},
};
