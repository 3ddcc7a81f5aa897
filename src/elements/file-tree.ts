import type { Element, ElementContent } from 'hast';
import {
	h,
	isTag,
	significant,
	text,
	textOf,
	type NoteElement,
	type Report,
	type TreeNode,
} from './types.ts';

/**
 * A directory layout written as one nested bulleted list: each item starts with a name, a
 * directory's name ends with `/` and its contents are the nested list under it; words after the
 * name are a comment. Rendered as a nested list with the names in monospace.
 */
export const FileTree: NoteElement = {
	name: 'FileTree',
	purpose: 'a directory layout, from one nested bulleted list',
	attributes: {},
	children:
		'exactly one bulleted list; each item a name (directories end with `/` and hold the nested list), then an optional comment',
	example:
		'<FileTree>\n\n- content/\n  - notes/ one folder per pillar\n- package.json\n\n</FileTree>',
	broken: {
		source: '<FileTree>\n\n- content\n  - notes/\n\n</FileTree>',
		message: /"content" holds a nested list, so it is a directory: write "content\/"/,
	},
	check(node, report) {
		const inside = significant(node.children);
		if (inside.length !== 1 || !isTag(inside[0]!, 'ul')) {
			report(
				'<FileTree> must hold exactly one bulleted list',
				'write the layout as "- dir/" items, nested by indenting two spaces',
				inside.find((c) => !isTag(c, 'ul')),
			);
			return;
		}
		checkList(inside[0]!, report);
	},
	render(node) {
		const list = significant(node.children).find((c) => isTag(c, 'ul'));
		return h('div', { className: ['file-tree'], role: 'group', ariaLabel: 'File tree' }, [
			list && list.type === 'element' ? renderList(list) : text(''),
		]);
	},
	css: `
.file-tree {
	margin-block: var(--space-3);
	padding: var(--space-2) var(--space-3);
	border: 1px solid var(--border);
	border-radius: var(--radius);
	background: var(--bg-soft);
	font-size: 0.92rem;
	overflow-x: auto;
}
.file-tree ul { list-style: none; margin: 0; padding-inline-start: 1.25rem; border-inline-start: 1px solid var(--border); }
.file-tree > ul { padding-inline-start: 0; border: 0; }
.file-tree li { margin: 0.1rem 0; }
.file-tree .ft-name { font-family: var(--font-mono); }
.file-tree .ft-dir > .ft-name { font-weight: 700; }
.file-tree .ft-note { color: var(--text-muted); margin-inline-start: var(--space-2); }
`,
};

/** An item's own content: its text before any nested list (a loose list wraps it in <p>). */
function parts(item: TreeNode): { label: string; nested: TreeNode[]; other: TreeNode[] } {
	const nested: TreeNode[] = [];
	const other: TreeNode[] = [];
	let label = '';
	for (const child of significant(item.children ?? [])) {
		if (isTag(child as never, 'ul') || isTag(child as never, 'ol')) nested.push(child);
		else if (child.type === 'text' || isTag(child as never, 'p') || child.type === 'element')
			label += textOf(child);
		else other.push(child);
	}
	return { label: label.trim(), nested, other };
}

function checkList(list: TreeNode, report: Report): void {
	for (const item of significant(list.children ?? [])) {
		if (!isTag(item as never, 'li')) continue;
		const { label, nested, other } = parts(item);
		const name = label.split(/\s+/)[0] ?? '';
		if (!name)
			report(
				'a <FileTree> item has no name',
				'start each item with a file or directory name',
				item,
			);
		if (other.length)
			report(
				`a <FileTree> item holds <${other[0]!.name ?? other[0]!.type}>`,
				'an item is a name and an optional comment, nothing else',
				other[0],
			);
		if (nested.length > 1)
			report(
				`"${name}" holds ${nested.length} nested lists`,
				'list a directory’s contents in one nested list',
				item,
			);
		for (const sub of nested) {
			if (isTag(sub as never, 'ol'))
				report(
					`"${name}" holds a numbered list`,
					'a directory’s contents are a bulleted "- " list',
					sub,
				);
			if (name && !name.endsWith('/'))
				report(
					`"${name}" holds a nested list, so it is a directory: write "${name}/"`,
					'directory names end with "/"; files have no nested list',
					item,
				);
			checkList(sub, report);
		}
	}
}

function renderList(list: Element): Element {
	const items: ElementContent[] = [];
	for (const item of significant(list.children)) {
		if (!isTag(item, 'li')) continue;
		const { label, nested } = parts(item as TreeNode);
		const [name = '', ...note] = label.split(/\s+/);
		const directory = name.endsWith('/');
		items.push(
			h('li', { className: [directory ? 'ft-dir' : 'ft-file'] }, [
				h('span', { className: ['ft-name'] }, [text(name)]),
				...(note.length ? [h('span', { className: ['ft-note'] }, [text(note.join(' '))])] : []),
				...nested.map((sub) => renderList(sub as Element)),
			]),
		);
	}
	return h('ul', {}, items);
}
