import { mdxToHast } from 'satteri';
import type { Element, Root, RootContent, Text } from 'hast';
import type {
	MdxJsxAttributeNode as MdxJsxAttribute,
	MdxJsxExpressionAttributeNode as MdxJsxExpressionAttribute,
} from 'satteri';
import type { Diagnostic } from '../lib/diagnostics.ts';
import { positionAt, type Position } from './position.ts';
import { WIKI_LINK, parseWikiLink, type WikiLinkParts } from './wiki-link.ts';
import { ELEMENTS, type ElementRegistry } from '../elements/index.ts';
import type { TreeNode } from '../elements/types.ts';

/** A heading as written, before ids are assigned. */
export interface HeadingSyntax extends Position {
	depth: number;
	text: string;
	/** Where the heading starts in the file: how later stages find it in the tree. */
	offset: number;
}

/** A wiki-link as written, with the block of text around it for backlink context. */
export interface WikiLinkSyntax extends WikiLinkParts, Position {
	raw: string;
	/** Plain text of the enclosing block, wiki-links still raw. */
	paragraph: string;
}

/** An MDX element (`<Cite …/>`, `<details>`) as written. */
export interface ElementSyntax extends Position {
	name: string;
	/** Where the element starts in the file: how later stages find it in the tree. */
	offset: number;
	/** Attributes written as plain strings (`src="…"`); a bare attribute (`open`) is ''. */
	attributes: Record<string, string>;
	/** Attributes written as `{expressions}` or `{...spread}`, which notes may not use. */
	dynamic: string[];
	/** The text of the enclosing block up to the element: the claim a `<Cite>` supports. */
	before: string;
}

/** A fenced code block, for content lint and YAML checks. */
export interface CodeSyntax extends Position {
	lang: string | undefined;
	meta: string | undefined;
	value: string;
}

/** A Markdown link or image target, checked for unsafe schemes. */
export interface UrlSyntax extends Position {
	url: string;
	kind: 'link' | 'image';
	alt?: string;
}

/** A part of MDX that would run as code: `import`/`export`, or a `{…}` expression. */
export interface ScriptSyntax extends Position {
	kind: 'esm' | 'expression';
	value: string;
}

/** A problem in how an element is used (its structure), found while the note is read. */
export interface StructureProblem extends Position {
	message: string;
	hint?: string;
}

/** The hast tree Sätteri produces for MDX: standard hast plus MDX nodes. */
export type NoteTree = Root;
/** A node of that tree, MDX nodes included. */
export type NoteNode = Root | RootContent | MdxNode;
/** MDX nodes in a Sätteri hast tree. */
export type MdxNode =
	| {
			type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
			name: string | null;
			attributes: (MdxJsxAttribute | MdxJsxExpressionAttribute)[];
			children: NoteNode[];
			position?: Element['position'];
	  }
	| {
			type: 'mdxFlowExpression' | 'mdxTextExpression' | 'mdxjsEsm';
			value: string;
			position?: Element['position'];
	  };

/**
 * What the link index and the checks need of a note body, read from its parse. The tree itself
 * is not kept: ten thousand notes' trees held at once cost gigabytes and most of the check's
 * time in garbage collection; the renderer parses each note again, one at a time (Sätteri
 * takes about 0.1 ms a note), and finds the same nodes at the same offsets.
 */
export interface NoteSyntax {
	headings: HeadingSyntax[];
	links: WikiLinkSyntax[];
	elements: ElementSyntax[];
	code: CodeSyntax[];
	urls: UrlSyntax[];
	scripts: ScriptSyntax[];
	/** Elements whose content breaks their structure rule (`<Steps>` without a list, …). */
	problems: StructureProblem[];
	/** The prose as plain text (no code), for the search vocabulary. */
	text: string;
}

const HEADING = /^h([1-6])$/;
/** Elements whose text is a block of its own, for backlink context and the vocabulary. */
const BLOCKS = new Set(['p', 'li', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd']);

export const startOf = (node: { position?: Element['position'] }): Position => ({
	line: node.position?.start.line ?? 0,
	column: node.position?.start.column ?? 0,
});

/** Offset of a node's start in its file: the key that ties a node to what the stages know of it. */
export const offsetOf = (node: { position?: Element['position'] }): number =>
	node.position?.start.offset ?? -1;

/** The text of a node and its descendants, as a reader sees it. */
export function textOf(node: NoteNode): string {
	if (node.type === 'text') return node.value;
	return 'children' in node ? (node.children as NoteNode[]).map(textOf).join('') : '';
}

function isMdxElement(node: NoteNode): node is Extract<MdxNode, { name: string | null }> {
	return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** The text of `block` that comes before `target`, in document order. */
function textBefore(block: NoteNode, target: NoteNode): string {
	let out = '';
	const walk = (node: NoteNode): boolean => {
		if (node === target) return true;
		if (node.type === 'text') out += node.value;
		return 'children' in node && (node.children as NoteNode[]).some(walk);
	};
	walk(block);
	return out;
}

function readElement(
	node: Extract<MdxNode, { name: string | null }>,
): Omit<ElementSyntax, 'before'> {
	const attributes: Record<string, string> = {};
	const dynamic: string[] = [];
	for (const attribute of node.attributes) {
		if (attribute.type === 'mdxJsxExpressionAttribute') dynamic.push(`{${attribute.value}}`);
		else if (typeof attribute.value === 'string') attributes[attribute.name] = attribute.value;
		else if (attribute.value === null || attribute.value === undefined)
			attributes[attribute.name] = '';
		else dynamic.push(attribute.name);
	}
	return { name: node.name ?? '', attributes, dynamic, offset: offsetOf(node), ...startOf(node) };
}

/** The position of an MDX parse error, read from Sätteri's "line:col: message". */
function syntaxError(error: unknown, file: string): Diagnostic {
	const message = error instanceof Error ? error.message : String(error);
	const place = /^(\d+):(\d+):\s*/.exec(message);
	const text = message.replace(/^(\d+):(\d+):\s*/, '').replace(/\s*\([a-z-]+:[a-z-]+\)$/, '');
	return {
		file,
		line: place ? Number(place[1]) : 1,
		column: place ? Number(place[2]) : 1,
		message: `MDX syntax error: ${text.split('\n')[0]}`,
		hint: 'write a literal "<" as "&lt;" and "{" as "\\{", and close every tag (<br /> not <br>)',
		severity: 'error',
	};
}

/**
 * Stands in for the `|` of a wiki-link while the note is parsed: a GFM table would otherwise
 * split `[[slug|text]]` into two cells. One UTF-16 unit for one, so every offset, line and
 * column the parser reports still points into the file as written.
 */
const WIKI_PIPE = '\uE000';

/** A GFM table's delimiter row (`| --- | :-: |`): without one, a note has no table to split. */
const TABLE_DELIMITER_ROW = /^[ \t]*\|[ \t]*:?-+:?[ \t]*(?:\||$)|^[ \t]*:?-+:?[ \t]*\|/m;

/**
 * `source` with the pipe inside each `[[…]]` replaced by `WIKI_PIPE` (same length), in notes
 * that have a table. Other notes are parsed as written: the parser's strings then share the
 * source the note keeps anyway, instead of holding a second copy of it (150 MB at 10,000 notes).
 */
export function shieldWikiLinkPipes(source: string): string {
	if (!source.includes('[[') || source.includes(WIKI_PIPE) || !TABLE_DELIMITER_ROW.test(source))
		return source;
	return source.replace(WIKI_LINK, (link) => link.replaceAll('|', WIKI_PIPE));
}

/**
 * Puts the wiki-link pipes back in every string of the parsed tree: text and code values, element
 * properties and MDX attributes. Walks keys with `for…in` (no entry arrays) and skips positions:
 * this runs over every node of most notes.
 */
function restoreWikiLinkPipes(node: Record<string, unknown>): void {
	for (const key in node) {
		if (key === 'position') continue;
		const value = node[key];
		if (typeof value === 'string') {
			if (value.includes(WIKI_PIPE)) node[key] = value.replaceAll(WIKI_PIPE, '|');
		} else if (value && typeof value === 'object')
			restoreWikiLinkPipes(value as Record<string, unknown>);
	}
}

/**
 * A note's body as a hast tree with positions (Sätteri, in Rust). `source` is the whole file:
 * the frontmatter block is parsed and skipped, so every position points into the real file.
 * The pipe of a wiki-link is hidden from the parser, so `[[slug|text]]` in a table cell stays in
 * its cell. Throws on MDX syntax errors.
 */
export function parseNote(source: string): NoteTree {
	return parseShielded(source).tree;
}

/** The parsed tree, and the source as the parser saw it (wiki-link pipes shielded). */
function parseShielded(source: string): { tree: NoteTree; shielded: string } {
	const shielded = shieldWikiLinkPipes(source);
	const tree = mdxToHast(shielded, {
		position: true,
		features: { gfm: true, frontmatter: true },
	}) as NoteTree;
	if (shielded !== source) restoreWikiLinkPipes(tree as unknown as Record<string, unknown>);
	return { tree, shielded };
}

/** The cells of one table row as written: split at each `|` that is not escaped. */
export function cellsOf(row: string): number {
	let line = row.trim();
	if (line.startsWith('|')) line = line.slice(1);
	if (/(^|[^\\])(\\\\)*\|$/.test(line)) line = line.slice(0, -1);
	let cells = 1;
	for (let i = 0; i < line.length; i++) {
		if (line[i] === '\\') i++;
		else if (line[i] === '|') cells++;
	}
	return cells;
}

/**
 * A table whose rows have more or fewer cells than its header: GFM pads a short row with empty
 * cells and drops the extra ones of a long row, so text silently lands in the wrong column.
 */
function checkTableCells(table: Element, source: string, file: string): Diagnostic[] {
	const rows = table.children
		.flatMap((section) => (section.type === 'element' ? section.children : []))
		.filter((row): row is Element => row.type === 'element' && row.tagName === 'tr');
	const span = (row: Element) =>
		source.slice(row.position?.start.offset ?? 0, row.position?.end.offset ?? 0);
	const [header, ...body] = rows;
	if (!header?.position) return [];
	const expected = cellsOf(span(header));
	const found: Diagnostic[] = [];
	for (const row of body) {
		if (!row.position) continue;
		const count = cellsOf(span(row));
		if (count === expected) continue;
		found.push({
			file,
			...startOf(row),
			message: `table row has ${count} cell${count === 1 ? '' : 's'}, its header has ${expected}: ${count < expected ? 'a cell is missing' : 'the extra cells are dropped'}`,
			hint: 'give every row one cell per column (an empty cell is "| |"); write a "|" inside a cell as "\\|" (a wiki-link\'s own "|" is fine)',
			severity: 'error',
		});
	}
	return found;
}

/** Parses a note and reads what the link index and the checks need, with positions in the file. */
export function readNoteBody(
	source: string,
	file: string,
	diagnostics: Diagnostic[],
	elements: ElementRegistry = ELEMENTS,
): NoteSyntax {
	let parsed: { tree: NoteTree; shielded: string };
	const syntax: NoteSyntax = {
		headings: [],
		links: [],
		elements: [],
		code: [],
		urls: [],
		scripts: [],
		problems: [],
		text: '',
	};
	try {
		parsed = parseShielded(source);
	} catch (error) {
		diagnostics.push(syntaxError(error, file));
		return syntax;
	}
	// Cells are counted in the source as the parser saw it: a wiki-link's pipe splits no cell.
	const { tree, shielded } = parsed;
	const prose: string[] = [];

	const visit = (
		node: NoteNode,
		block: NoteNode | undefined,
		inCode: boolean,
		parent: string | undefined,
	) => {
		let inner = block;
		let within = parent;
		if (node.type === 'element') {
			const depth = HEADING.exec(node.tagName)?.[1];
			if (depth && node.position)
				syntax.headings.push({
					depth: Number(depth),
					text: textOf(node).trim(),
					offset: offsetOf(node),
					...startOf(node),
				});
			if (node.tagName === 'pre') {
				const code = node.children.find(
					(c): c is Element => c.type === 'element' && c.tagName === 'code',
				);
				const data = (code?.data ?? {}) as { lang?: string | null; meta?: string | null };
				// The parser keeps the newline before the closing fence; the code itself ends before it.
				syntax.code.push({
					lang: data.lang ?? undefined,
					meta: data.meta ?? undefined,
					value: code ? textOf(code).replace(/\n$/, '') : '',
					...startOf(node),
				});
				return;
			}
			if (node.tagName === 'a' && typeof node.properties.href === 'string' && node.position)
				syntax.urls.push({ url: node.properties.href, kind: 'link', ...startOf(node) });
			if (node.tagName === 'img' && node.position)
				syntax.urls.push({
					url: String(node.properties.src ?? ''),
					kind: 'image',
					alt: typeof node.properties.alt === 'string' ? node.properties.alt : '',
					...startOf(node),
				});
			if (node.tagName === 'table') diagnostics.push(...checkTableCells(node, shielded, file));
			if (BLOCKS.has(node.tagName)) {
				inner = node;
				prose.push(textOf(node));
			}
			// Sätteri's directive feature drops `:::note` blocks from the tree, so it stays off and
			// a directive reads as a paragraph: refused, with the element to use instead.
			const first = node.tagName === 'p' ? node.children[0] : undefined;
			const directive =
				first?.type === 'text' && first.value.startsWith(':::')
					? /^:::\s*([a-z]+)/.exec(textOf(node))
					: null;
			if (directive)
				syntax.problems.push({
					...startOf(node),
					message: `":::${directive[1]}" directives are not supported`,
					hint: `write <Callout type="${['note', 'tip', 'caution', 'danger'].includes(directive[1]!) ? directive[1] : 'note'}"> … </Callout>`,
				});
			inCode ||= node.tagName === 'code';
		} else if (isMdxElement(node)) {
			const element = readElement(node);
			syntax.elements.push({ ...element, before: block ? textBefore(block, node) : '' });
			const definition = elements.get(element.name);
			definition?.check?.(
				{
					name: element.name,
					flow: node.type === 'mdxJsxFlowElement',
					attributes: element.attributes,
					children: node.children as TreeNode[],
					...(node.position ? { position: node.position } : {}),
				},
				(message, hint, at) =>
					syntax.problems.push({
						...startOf(at ?? node),
						message,
						...(hint ? { hint } : {}),
					}),
				{ parent },
			);
			within = element.name;
		} else if (
			node.type === 'mdxFlowExpression' ||
			node.type === 'mdxTextExpression' ||
			node.type === 'mdxjsEsm'
		) {
			syntax.scripts.push({
				kind: node.type === 'mdxjsEsm' ? 'esm' : 'expression',
				value: node.value,
				...startOf(node),
			});
			return;
		} else if (node.type === 'text' && !inCode) {
			collectLinks(node, source, block, syntax.links);
		}
		if ('children' in node)
			for (const child of node.children as NoteNode[]) visit(child, inner, inCode, within);
	};
	visit(tree, undefined, false, undefined);
	syntax.text = prose.join('\n');
	return syntax;
}

/** Finds `[[…]]` in one text node, positioned by the raw source the node came from. */
function collectLinks(
	text: Text,
	source: string,
	block: NoteNode | undefined,
	into: WikiLinkSyntax[],
): void {
	const from = text.position?.start.offset;
	const to = text.position?.end.offset;
	if (from === undefined || to === undefined) return;
	const raw = source.slice(from, to);
	if (!raw.includes('[[')) return;
	const paragraph = block ? textOf(block) : text.value;
	for (const match of raw.matchAll(WIKI_LINK)) {
		into.push({
			...parseWikiLink(match[1]!),
			raw: match[0],
			paragraph,
			...positionAt(source, from + match.index),
		});
	}
}
