import type { ElementContent } from 'hast';
import { h, text, rewrite } from './hast.ts';
import type { Transform } from './transform.ts';

/** Longer than this, a token (a URL, a long path) may still break rather than widen a phone screen. */
const LONGEST_UNBROKEN = 32;

/**
 * Keeps each word of inline code whole: a flag such as `--ignore-daemonsets` or a path such as
 * `policy/v1` never breaks at its hyphen or slash. Code of one short word gets the `nobr` class;
 * in longer code each short word is wrapped in `<span class="nobr">`, so lines still break at its
 * spaces. Code blocks (`pre`) are left alone.
 */
export const inlineCode: Transform = {
	name: 'inline-code',
	transform: (tree) =>
		rewrite(
			tree,
			(node) => {
				if (node.type !== 'element' || node.tagName !== 'code') return node;
				if (node.children.length !== 1 || node.children[0]!.type !== 'text') return node;
				const value = node.children[0]!.value;
				if (!/\s/.test(value)) {
					if (value.length <= LONGEST_UNBROKEN)
						node.properties.className = [...asList(node.properties.className), 'nobr'];
					return node;
				}
				const parts: ElementContent[] = value
					.split(/(\s+)/)
					.filter(Boolean)
					.map((piece) =>
						/\s/.test(piece) || piece.length > LONGEST_UNBROKEN
							? text(piece)
							: h('span', { className: ['nobr'] }, [text(piece)]),
					);
				node.children = parts;
				return node;
			},
			(node) => node.type === 'element' && node.tagName === 'pre',
		),
};

const asList = (value: unknown): string[] =>
	Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
