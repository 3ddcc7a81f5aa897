import type { NoteNode } from '../pipeline/note-syntax.ts';
import { rewrite } from './hast.ts';
import type { Transform } from './transform.ts';

/**
 * A `<summary>` is itself the control that opens its `<details>`, so a link inside it (a bare
 * URL that GFM turned into one, a wiki-link) would be a control inside a control, which neither
 * keyboards nor screen readers handle: inside a summary a link keeps only its text.
 */
export const summaries: Transform = {
	name: 'summaries',
	transform: (tree) =>
		rewrite(tree, (node, ancestors) =>
			node.type === 'element' &&
			node.tagName === 'a' &&
			ancestors.some((a) => a.type === 'element' && a.tagName === 'summary')
				? (node.children as NoteNode[])
				: node,
		),
};
