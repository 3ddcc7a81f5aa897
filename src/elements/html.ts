import type { Properties } from 'hast';
import { h, type AttributeRule, type NoteElement } from './types.ts';

/** An HTML element a note may write as is, with only the attributes listed. */
function html(
	name: string,
	purpose: string,
	example: string,
	attributes: Record<string, AttributeRule> = {},
): NoteElement {
	return {
		name,
		purpose,
		attributes,
		example,
		render(node) {
			const properties: Properties = {};
			for (const [key, value] of Object.entries(node.attributes))
				if (Object.hasOwn(attributes, key)) properties[key] = key === 'open' ? true : value;
			return h(name, properties, node.children);
		},
	};
}

export const HTML_ELEMENTS: readonly NoteElement[] = [
	html(
		'details',
		'a "Check yourself" question, its answer hidden until opened',
		'<details><summary>Question?</summary> answer </details>',
		{ open: { doc: 'shown open' } },
	),
	html('summary', 'the question line inside `<details>`', '<summary>Question?</summary>'),
	html('kbd', 'a key', '<kbd>Ctrl</kbd>'),
	html(
		'abbr',
		'an abbreviation with its expansion',
		'<abbr title="Pod disruption budget">PDB</abbr>',
		{
			title: { doc: 'the expansion' },
		},
	),
	html('br', 'a line break', 'line one<br />line two'),
	html('sub', 'subscript', 'H<sub>2</sub>O'),
	html('sup', 'superscript', '2<sup>10</sup>'),
];
