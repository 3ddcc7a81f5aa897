import { offsetOf } from '../pipeline/note-syntax.ts';
import { rewrite } from './hast.ts';
import type { Transform } from './transform.ts';

/** Gives each heading the id the read stage assigned it, which the outline and `[[note#heading]]` links use. */
export const headings: Transform = {
	name: 'headings',
	transform(tree, { note }) {
		const ids = new Map(note.headings.map((h) => [h.offset, h.id]));
		rewrite(tree, (node) => {
			if (node.type !== 'element' || !/^h[1-6]$/.test(node.tagName)) return node;
			const id = ids.get(offsetOf(node));
			if (id) node.properties.id = id;
			return node;
		});
	},
};
