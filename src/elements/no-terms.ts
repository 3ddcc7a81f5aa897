import { h, type NoteElement } from './types.ts';

/** A passage the glossary leaves alone (src/render/glossary-terms.ts skips `.no-terms`). */
export const NoTerms: NoteElement = {
	name: 'NoTerms',
	purpose:
		'a passage whose words are not linked to the glossary, where a glossary word means something else',
	attributes: {},
	example: '<NoTerms>their staging was a shared cluster</NoTerms>',
	render: (node) => h(node.flow ? 'div' : 'span', { className: ['no-terms'] }, node.children),
};
