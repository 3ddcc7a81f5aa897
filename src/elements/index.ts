import { Badge } from './badge.ts';
import { Callout } from './callout.ts';
import { Cite } from './cite.ts';
import { Diagram } from './diagram.ts';
import { FileTree } from './file-tree.ts';
import { HTML_ELEMENTS } from './html.ts';
import { CardGrid, LinkCard } from './link-card.ts';
import { NoTerms } from './no-terms.ts';
import { Steps } from './steps.ts';
import { TabItem, Tabs } from './tabs.ts';
import type { NoteElement } from './types.ts';

export type { NoteElement } from './types.ts';

/** The registry: every element a note may use, by name. A Map, so `constructor` or `__proto__` is no element. */
export type ElementRegistry = ReadonlyMap<string, NoteElement>;

export const registry = (definitions: Iterable<NoteElement>): ElementRegistry =>
	new Map([...definitions].map((d) => [d.name, d]));

/** Every element notes may use. Adding one: its definition file, and its name in this list. */
export const ELEMENTS: ElementRegistry = registry([
	Cite,
	Diagram,
	Callout,
	Steps,
	Tabs,
	TabItem,
	FileTree,
	Badge,
	LinkCard,
	CardGrid,
	NoTerms,
	...HTML_ELEMENTS,
]);

/**
 * One stylesheet with every element's styles, emitted once as `note-elements.css`. It may load
 * before the site's stylesheet, and the first mention of a layer fixes its place in the cascade,
 * so it repeats the site's layer order (src/styles/global.css) before using a layer.
 */
export const elementsCss = (elements: ElementRegistry = ELEMENTS): string =>
	`/* Generated from src/elements/: the styles of the note elements. */\n@layer reset, tokens, base, layout, components, utilities;\n@layer components {\n${[
		...elements.values(),
	]
		.filter((e) => e.css)
		.map((e) => `/* <${e.name}> */${e.css!.replace(/\n$/, '')}`)
		.join('\n')}\n}\n`;

const code = (s: string) => `\`${s.replace(/\|/g, '\\|').replace(/\n+/g, ' ')}\``;

/** The table of elements in docs/writing-notes.md, generated (npm run docs:elements). */
export function elementsTable(elements: ElementRegistry = ELEMENTS): string {
	const rows = [...elements.values()].map((e) => {
		const attributes = Object.entries(e.attributes)
			.map(([name, rule]) => {
				const flags = [
					rule.required ? 'required' : '',
					rule.values ? rule.values.map((v) => `\`${v}\``).join(' \\| ') : '',
					rule.pattern ? rule.pattern.expected : '',
				].filter(Boolean);
				return `\`${name}\`${flags.length ? ` (${flags.join('; ')})` : ''}: ${rule.doc}`;
			})
			.join('<br>');
		return `| \`<${e.name}>\` | ${e.purpose} | ${attributes || '—'} | ${e.children ?? '—'} | ${code(e.example)} |`;
	});
	return [
		'| element | for | attributes | content | example |',
		'| ------- | --- | ---------- | ------- | ------- |',
		...rows,
	].join('\n');
}

export const TABLE_START =
	'<!-- elements:start (generated from src/elements/ by npm run docs:elements; do not edit) -->';
export const TABLE_END = '<!-- elements:end -->';

/** `doc` with the text between the markers replaced by the table. */
export function withElementsTable(doc: string, elements: ElementRegistry = ELEMENTS): string {
	const start = doc.indexOf(TABLE_START);
	const end = doc.indexOf(TABLE_END);
	if (start === -1 || end < start)
		throw new Error(`docs/writing-notes.md lacks the markers ${TABLE_START} … ${TABLE_END}`);
	return `${doc.slice(0, start + TABLE_START.length)}\n<!-- prettier-ignore-start -->\n${elementsTable(elements)}\n<!-- prettier-ignore-end -->\n${doc.slice(end)}`;
}
