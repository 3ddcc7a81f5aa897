import type { Element, ElementContent, Properties, Text } from 'hast';
import type { NoteNode } from '../pipeline/note-syntax.ts';

/** Builds an element: `h('a', { href }, [text('x')])`. */
export function h(
	tagName: string,
	properties: Properties = {},
	children: ElementContent[] = [],
): Element {
	return { type: 'element', tagName, properties, children };
}

export const text = (value: string): Text => ({ type: 'text', value });

/** True when the element's class list holds `name`. */
export function hasClass(node: NoteNode, name: string): boolean {
	return (
		node.type === 'element' &&
		Array.isArray(node.properties.className) &&
		node.properties.className.includes(name)
	);
}

/**
 * Rewrites a tree bottom-up in one pass: `replace` returns the node(s) to put in a node's place
 * (the node itself to keep it, [] to drop it). Children are visited first unless `skip` says the
 * subtree is left alone. Used for every note transform, so each is a small pure function.
 */
export function rewrite(
	root: NoteNode,
	replace: (node: NoteNode, ancestors: readonly NoteNode[]) => NoteNode | NoteNode[],
	skip: (node: NoteNode) => boolean = () => false,
): void {
	const visit = (parent: NoteNode, ancestors: NoteNode[]) => {
		if (!('children' in parent)) return;
		const trail = [...ancestors, parent];
		const out: NoteNode[] = [];
		for (const child of parent.children as NoteNode[]) {
			if (!skip(child)) visit(child, trail);
			const result = replace(child, trail);
			if (Array.isArray(result)) out.push(...result);
			else out.push(result);
		}
		(parent as { children: NoteNode[] }).children = out;
	};
	visit(root, []);
}
