import { hasClass, h, rewrite, text } from './hast.ts';
import type { Transform } from './transform.ts';

/**
 * A task list (`- [ ] item`) is a checklist to read, not a form: each disabled checkbox, which
 * would be an unlabelled control, becomes a drawn box, and a ticked one says "Done" to screen readers.
 */
export const taskLists: Transform = {
	name: 'task-lists',
	transform: (tree) =>
		rewrite(tree, (node, ancestors) => {
			if (node.type !== 'element' || node.tagName !== 'input') return node;
			if (!hasClass(ancestors.at(-1)!, 'task-list-item')) return node;
			const done = Boolean(node.properties.checked);
			const box = h('span', {
				className: ['task-box', ...(done ? ['task-box--done'] : [])],
				ariaHidden: 'true',
			});
			return done ? [box, h('span', { className: ['visually-hidden'] }, [text('Done: ')])] : box;
		}),
};
