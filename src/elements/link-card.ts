import { h, isMdx, significant, text, type NoteElement, type TreeNode } from './types.ts';

/** A link set out as a card: a title, where it goes, and a line on why to follow it. */
export const LinkCard: NoteElement = {
	name: 'LinkCard',
	purpose: 'a link set out as a card, with a line on why to follow it',
	attributes: {
		title: { required: true, doc: 'the link text' },
		href: {
			required: true,
			pattern: {
				test: /^(?:\/(?!\/)[^\s]*|https:\/\/[^\s]+)$/,
				expected: 'a site path starting with "/" or an https:// URL',
			},
			doc: 'a site path (`/notes/cordon-and-drain/`) or an `https://` URL',
		},
		description: { doc: 'one line on what the reader finds there' },
	},
	example:
		'<LinkCard title="Cordon and drain" href="/notes/cordon-and-drain/" description="Move pods off a node safely." />',
	render(node, context) {
		const href = node.attributes.href ?? '';
		return h('div', { className: ['link-card'] }, [
			h(
				'a',
				{ href: href.startsWith('/') ? context.page(href) : href, className: ['link-card-title'] },
				[text(node.attributes.title ?? '')],
			),
			...(node.attributes.description
				? [h('p', { className: ['link-card-description'] }, [text(node.attributes.description)])]
				: []),
		]);
	},
	css: `
.link-card {
	position: relative;
	padding: var(--space-2) var(--space-3);
	border: 1px solid var(--border);
	border-radius: var(--radius);
	background: var(--bg-raised);
	margin-block: var(--space-2);
}
.link-card:hover { border-color: var(--accent); }
.link-card-title { font-weight: 700; }
.link-card-title::after { content: ''; position: absolute; inset: 0; }
.link-card-description { margin: var(--space-1) 0 0; color: var(--text-muted); }
`,
};

/** Link cards side by side where the page is wide enough. */
export const CardGrid: NoteElement = {
	name: 'CardGrid',
	purpose: 'link cards side by side (one column on a phone)',
	attributes: {},
	children: 'only `<LinkCard>` elements',
	example:
		'<CardGrid>\n<LinkCard title="A" href="/notes/a/" />\n<LinkCard title="B" href="/notes/b/" />\n</CardGrid>',
	broken: {
		source: '<CardGrid>\n\nSome text.\n\n</CardGrid>',
		message: /<CardGrid> may hold only <LinkCard> elements/,
	},
	check(node, report) {
		const stray = cards(node.children).find((c) => !isMdx(c, 'LinkCard'));
		if (stray)
			report(
				'<CardGrid> may hold only <LinkCard> elements',
				'put each link in <LinkCard title="…" href="…" />',
				stray,
			);
	},
	render: (node) =>
		h(
			'ul',
			{ className: ['card-grid'], role: 'list' },
			cards(node.children as never[]).map((card) => h('li', {}, [card as never])),
		),
	css: `
.card-grid {
	list-style: none;
	padding: 0;
	margin-block: var(--space-3);
	display: grid;
	gap: var(--space-2);
	grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
}
.card-grid .link-card { margin: 0; height: 100%; }
`,
};

/** The cards of a grid, looking through the paragraph Markdown may wrap around inline cards. */
function cards<T extends TreeNode>(children: T[]): T[] {
	return significant(children).flatMap((c) =>
		c.type === 'element' && c.tagName === 'p' ? significant((c.children ?? []) as T[]) : [c],
	);
}
