import type { Element, ElementContent, Properties } from 'hast';

/**
 * A note element defined once: what it is for, its attributes, its structure rule, how it is
 * checked, how it renders and its styles. The check (src/pipeline/note-safety.ts), the renderer
 * (src/render/elements.ts), the table in docs/writing-notes.md, the stylesheet and the bad-input
 * tests all read these definitions from the registry in src/elements/index.ts. This stage imports
 * nothing of the pipeline or the renderer, so both can import it.
 */
export interface NoteElement {
	/** As written in a note: `Callout`, `details`. */
	name: string;
	/** What it is for, one line: the docs table's "for" column. */
	purpose: string;
	attributes: Readonly<Record<string, AttributeRule>>;
	/** The structure rule for its content, in words (docs); `check` enforces it. */
	children?: string;
	/** A short valid use, shown in hints and docs and rendered by the tests. */
	example: string;
	/** A use whose structure is wrong, and what the check must say about it (bad-input tests). */
	broken?: { source: string; message: RegExp };
	/** Structure checks at check time, beyond attributes (which the check validates itself). */
	check?(node: ElementView<TreeNode>, report: Report, context: CheckContext): void;
	/**
	 * The HTML for a use of it; its children are already rendered. Without `render`, the element
	 * is left in the tree for a later named transform (`Cite`: src/render/citations.ts).
	 */
	render?(node: ElementView<ElementContent>, context: ElementRenderContext): Rendered;
	/** Its styles, collected once into the `note-elements.css` artefact every note page links. */
	css?: string;
	/** The browser module that enhances it (docs only; imported by src/client/page.ts). */
	client?: string;
}

/** One attribute: whether it is required, which values it takes, and what it does. */
export interface AttributeRule {
	required?: boolean;
	/** The only values allowed. */
	values?: readonly string[];
	/** A pattern the value must match, and the words that say so. */
	pattern?: { test: RegExp; expected: string };
	doc: string;
}

/** A parsed node as the check sees it: hast plus MDX nodes, loosely typed. */
export interface TreeNode {
	type: string;
	tagName?: string;
	name?: string | null;
	value?: string;
	properties?: Properties;
	children?: TreeNode[];
	position?: Element['position'];
}

/** A use of an element: its attributes as written (plain strings) and its children. */
export interface ElementView<Child> {
	name: string;
	/** `<Callout>` on its own lines (a block) or inside a line of text. */
	flow: boolean;
	attributes: Readonly<Record<string, string>>;
	children: Child[];
	position?: Element['position'];
}

/** Reports a problem at `at` (a node inside the element), or at the element itself. */
export type Report = (message: string, hint?: string, at?: TreeNode) => void;

export interface CheckContext {
	/** The name of the nearest enclosing element, if any (`Tabs` for a `TabItem`). */
	parent: string | undefined;
}

/** What an element may ask of the site while it renders. */
export interface ElementRenderContext {
	/** A site path (`/notes/x/`) as an href under the site's base. */
	page(path: string): string;
	/** A diagram drawn at build time, with the page that shows it full size. */
	diagram(
		id: string,
	): { id: string; title: string; alt: string; svg: string; href: string } | undefined;
	/** An id unique in the note: `id('tabs')` → `tabs-1`, `tabs-2`… */
	id(prefix: string): string;
}

export type Rendered = ElementContent | ElementContent[];

/** Builds an element: `h('a', { href }, [text('x')])`. */
export const h = (
	tagName: string,
	properties: Properties = {},
	children: ElementContent[] = [],
): Element => ({ type: 'element', tagName, properties, children });

export const text = (value: string): ElementContent => ({ type: 'text', value });

/** Children that are not blank text: what structure rules look at. */
export const significant = <T extends { type: string; value?: string }>(children: T[]): T[] =>
	children.filter((c) => !(c.type === 'text' && !c.value?.trim()) && c.type !== 'comment');

/** The text of a node and its descendants. */
export const textOf = (node: TreeNode | ElementContent): string =>
	node.type === 'text'
		? ((node as { value: string }).value ?? '')
		: 'children' in node && node.children
			? (node.children as TreeNode[]).map(textOf).join('')
			: '';

/** True for an element node (hast) with this tag name. */
export const isTag = (node: TreeNode | ElementContent, tag: string): node is Element =>
	node.type === 'element' && (node as Element).tagName === tag;

/** True for an MDX element node with this name. */
export const isMdx = (node: TreeNode, name: string): boolean =>
	(node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name;
