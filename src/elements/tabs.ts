import type { Element } from 'hast';
import { h, isMdx, significant, text, type NoteElement } from './types.ts';

/**
 * Alternatives of which a reader needs one (AWS or Azure, kubectl or Helm). Without JavaScript
 * the panels are stacked, each under its label; tabs.client.ts turns them into WAI-ARIA tabs
 * (arrow keys, Home, End) and, with a `syncKey`, shows the same choice in every set of tabs of
 * the page and remembers it.
 */
export const Tabs: NoteElement = {
	name: 'Tabs',
	purpose: 'alternatives of which a reader needs one, as tabs (stacked panels without JavaScript)',
	attributes: {
		syncKey: {
			pattern: { test: /^[a-z0-9-]+$/, expected: 'lower-case letters, digits and dashes' },
			doc: 'tabs with the same key switch together and remember the choice',
		},
	},
	children: 'only `<TabItem label="…">` elements, at least two',
	example:
		'<Tabs syncKey="cloud">\n<TabItem label="AWS">\n\nText.\n\n</TabItem>\n<TabItem label="Azure">\n\nText.\n\n</TabItem>\n</Tabs>',
	broken: {
		source: '<Tabs>\n\nJust text.\n\n</Tabs>',
		message: /<Tabs> may hold only <TabItem> elements/,
	},
	client: 'src/elements/tabs.client.ts',
	check(node, report) {
		const inside = significant(node.children);
		const stray = inside.find((c) => !isMdx(c, 'TabItem'));
		if (stray)
			report(
				'<Tabs> may hold only <TabItem> elements',
				'put each alternative in <TabItem label="…"> … </TabItem>, each on its own lines',
				stray,
			);
		else if (inside.length < 2)
			report('<Tabs> needs at least two <TabItem> elements', 'a single alternative needs no tabs');
	},
	render(node, context) {
		const properties: Element['properties'] = { className: ['tabs'], id: context.id('tabs') };
		if (node.attributes.syncKey) properties.dataSyncKey = node.attributes.syncKey;
		return h('div', properties, significant(node.children));
	},
	css: `
.tabs { margin-block: var(--space-3); }
.tab-panel { border: 1px solid var(--border); border-radius: var(--radius); padding: 0 var(--space-3); margin-block: var(--space-2); }
.tab-label { font-weight: 700; margin: var(--space-2) 0; }
.tabs[data-enhanced] .tab-label { display: none; }
.tabs[data-enhanced] .tab-panel { margin-top: 0; border-top-left-radius: 0; }
.tabs[data-enhanced] .tab-panel[hidden] { display: none; }
.tab-list { display: flex; flex-wrap: wrap; gap: var(--space-1); }
.tab-list [role='tab'] {
	font: inherit;
	color: var(--text);
	background: var(--bg-soft);
	border: 1px solid var(--border);
	border-bottom: 0;
	border-radius: var(--radius) var(--radius) 0 0;
	padding: var(--space-1) var(--space-3);
	min-height: 2.75rem;
	cursor: pointer;
}
.tab-list [role='tab'][aria-selected='true'] {
	background: var(--bg);
	font-weight: 700;
	box-shadow: inset 0 3px 0 var(--accent);
}
`,
};

/** One alternative of `<Tabs>`: a labelled panel. */
export const TabItem: NoteElement = {
	name: 'TabItem',
	purpose: 'one alternative inside `<Tabs>`',
	attributes: { label: { required: true, doc: 'the tab’s name ("AWS", "kubectl")' } },
	children: 'Markdown blocks; only directly inside `<Tabs>`',
	example: '<TabItem label="AWS">\n\nText.\n\n</TabItem>',
	broken: {
		source: '<TabItem label="AWS">\n\nAlone.\n\n</TabItem>',
		message: /<TabItem> belongs directly inside <Tabs>/,
	},
	check(_node, report, { parent }) {
		if (parent !== 'Tabs')
			report(
				'<TabItem> belongs directly inside <Tabs>',
				'wrap the alternatives in <Tabs> … </Tabs>',
			);
	},
	render: (node) =>
		h('div', { className: ['tab-panel'], dataLabel: node.attributes.label ?? '' }, [
			h('p', { className: ['tab-label'] }, [text(node.attributes.label ?? '')]),
			...node.children,
		]),
};
