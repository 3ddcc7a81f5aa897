import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Root, Heading, Paragraph, Text, TableCell, Code, Image } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Diagnostic } from '../lib/diagnostics.ts';
import { WIKI_LINK, parseWikiLink, type WikiLinkParts } from './wiki-link.ts';

export interface Position {
	line: number;
	column: number;
}

/** A heading as written, before ids are assigned. */
export interface HeadingSyntax extends Position {
	depth: number;
	text: string;
}

/** A wiki-link as written, with the paragraph around it for backlink context. */
export interface WikiLinkSyntax extends WikiLinkParts, Position {
	raw: string;
	/** Plain text of the enclosing paragraph, wiki-links still raw. */
	paragraph: string;
}

/** A JSX element such as `<Cite …/>` or `<Diagram …/>` as written; attributes kept as strings. */
export interface ElementSyntax extends Position {
	name: string;
	attributes: Record<string, string>;
	/** Names of attributes given as `{expressions}`, which cannot be checked. */
	dynamic: string[];
}

/** A fenced code block, for content lint and YAML checks. */
export interface CodeSyntax extends Position {
	lang: string | null | undefined;
	meta: string | null | undefined;
	value: string;
}

/** An image, from Markdown `![alt](url)` or a JSX `<img>`. */
export interface ImageSyntax extends Position {
	url: string;
	alt: string | null | undefined;
}

export interface BodySyntax {
	headings: HeadingSyntax[];
	links: WikiLinkSyntax[];
	/** JSX elements, by name; `<Cite>` and `<Diagram>` are checked. */
	elements: ElementSyntax[];
	code: CodeSyntax[];
	images: ImageSyntax[];
	/** The prose as plain text (no code), for the search vocabulary. */
	text: string;
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** Line and column of an offset in `text`, both 1-based. */
export function positionAt(text: string, offset: number): Position {
	let line = 1;
	let lineStart = 0;
	for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
		line++;
		lineStart = i + 1;
	}
	return { line, column: offset - lineStart + 1 };
}

/**
 * Reads the parts of an MDX body that the link index needs, with positions in the file.
 * `body` must keep the file's line numbering (see `splitFrontmatter`).
 */
export function readBody(body: string, file: string, diagnostics: Diagnostic[]): BodySyntax {
	const syntax: BodySyntax = { headings: [], links: [], elements: [], code: [], images: [], text: '' };
	let tree: Root;
	try {
		tree = parser.parse(body);
	} catch (error) {
		const place = (error as { place?: { line?: number; column?: number; start?: { line: number; column: number } } }).place;
		const start = place && 'start' in place && place.start ? place.start : (place as Position | undefined);
		diagnostics.push({
			file,
			line: start?.line ?? 0,
			column: start?.column ?? 0,
			message: `MDX syntax error: ${(error as Error).message.split('\n')[0]}`,
			hint: 'escape a literal "<" as "&lt;" and "{" as "\\{", and close every tag',
			severity: 'error',
		});
		return syntax;
	}

	const prose: string[] = [];
	visit(tree, (node) => {
		if (node.type === 'heading') {
			const heading = node as Heading;
			syntax.headings.push({ depth: heading.depth, text: toString(heading), ...start(node) });
		} else if (node.type === 'code') {
			const code = node as Code;
			syntax.code.push({ lang: code.lang, meta: code.meta, value: code.value, ...start(node) });
		} else if (node.type === 'image') {
			const image = node as Image;
			syntax.images.push({ url: image.url, alt: image.alt, ...start(node) });
		} else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
			const element = node as MdxJsxFlowElement | MdxJsxTextElement;
			if (element.name) syntax.elements.push(readElement(element));
			if (element.name === 'img') {
				const { src = '', alt } = syntax.elements.at(-1)!.attributes;
				syntax.images.push({ url: src, alt, ...start(node) });
			}
		}
		// Phrasing blocks never nest, so each text node is read exactly once.
		if (node.type === 'paragraph' || node.type === 'tableCell' || node.type === 'heading') {
			collectLinks(node as Paragraph | TableCell | Heading, body, syntax.links);
			prose.push(toString(node));
		}
	});
	syntax.text = prose.join('\n');
	return syntax;
}

function start(node: { position?: { start: { line: number; column: number } } }): Position {
	return { line: node.position?.start.line ?? 0, column: node.position?.start.column ?? 0 };
}

function readElement(element: MdxJsxFlowElement | MdxJsxTextElement): ElementSyntax {
	const attributes: Record<string, string> = {};
	const dynamic: string[] = [];
	for (const attribute of element.attributes) {
		if (attribute.type !== 'mdxJsxAttribute') continue;
		if (typeof attribute.value === 'string') attributes[attribute.name] = attribute.value;
		else if (attribute.value === null || attribute.value === undefined) attributes[attribute.name] = '';
		else dynamic.push(attribute.name);
	}
	return { name: element.name ?? '', attributes, dynamic, ...start(element) };
}

/** Finds `[[…]]` in the text of one block, positioned by the raw source of each text node. */
function collectLinks(block: Paragraph | TableCell | Heading, body: string, into: WikiLinkSyntax[]): void {
	const paragraph = toString(block);
	visit(block, 'text', (text: Text) => {
		const from = text.position?.start.offset;
		const to = text.position?.end.offset;
		if (from === undefined || to === undefined) return;
		const raw = body.slice(from, to);
		for (const match of raw.matchAll(WIKI_LINK)) {
			into.push({ ...parseWikiLink(match[1]!), raw: match[0], paragraph, ...positionAt(body, from + match.index) });
		}
	});
}
