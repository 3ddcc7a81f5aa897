import type { NoteElement } from './types.ts';

/** A citation; resolved against content/sources by the check, rendered by src/render/citations.ts. */
export const Cite: NoteElement = {
	name: 'Cite',
	purpose: 'a citation of a source segment, after the claim it supports',
	attributes: {
		src: { required: true, doc: 'the source id (a file in `content/sources/`)' },
		at: {
			required: true,
			doc: 'the segment: `00:20:19`, `slide 202`, `turn 14` or a notes anchor',
		},
		quote: { doc: 'words that occur in that segment, shown as a quote' },
	},
	example: '<Cite src="talk-managed-platform" at="00:20:19" />',
};
