import type { Element } from 'hast';
import { textOf } from '../pipeline/note-syntax.ts';
import { h, rewrite } from './hast.ts';
import type { Transform } from './transform.ts';

/**
 * Wraps each table in a box that scrolls sideways on narrow screens, so a wide table never makes
 * the page wider than the phone; the box can be focused and scrolled from the keyboard, and is
 * named after the table's column headings.
 */
export const tables: Transform = {
	name: 'tables',
	transform: (tree) =>
		rewrite(
			tree,
			(node) => {
				if (node.type !== 'element' || node.tagName !== 'table') return node;
				const header = node.children.find(
					(c): c is Element => c.type === 'element' && c.tagName === 'thead',
				);
				if (header) emptyHeadersToCells(header);
				scopeHeaders(node);
				const label = header ? textOf(header).replace(/\s+/g, ' ').trim() : '';
				return h(
					'div',
					{
						className: ['table-scroll'],
						tabIndex: 0,
						role: 'group',
						ariaLabel: label ? `Table: ${label}` : 'Table',
					},
					[node],
				);
			},
			(node) => node.type === 'element' && node.tagName === 'table',
		),
};

/** Says what each heading cell heads: a column in the head, its row in the body. */
function scopeHeaders(table: Element): void {
	for (const section of table.children) {
		if (section.type !== 'element') continue;
		const scope = section.tagName === 'thead' ? 'col' : 'row';
		for (const row of section.children) {
			if (row.type !== 'element') continue;
			for (const cell of row.children)
				if (cell.type === 'element' && cell.tagName === 'th') cell.properties.scope = scope;
		}
	}
}

/** An empty heading cell (the corner of a table whose rows are labelled) heads nothing: make it a plain cell. */
function emptyHeadersToCells(thead: Element): void {
	for (const row of thead.children) {
		if (row.type !== 'element') continue;
		for (const cell of row.children) {
			if (cell.type === 'element' && cell.tagName === 'th' && !textOf(cell).trim())
				cell.tagName = 'td';
		}
	}
}
