import { h, text, type NoteElement } from './types.ts';

/** A short status word inline: "beta", "deprecated", "since 1.29". */
export const Badge: NoteElement = {
	name: 'Badge',
	purpose: 'a short status word in a line of text ("beta", "removed in 1.25")',
	attributes: {
		text: { required: true, doc: 'the word(s) shown' },
		variant: {
			values: ['default', 'note', 'tip', 'caution', 'danger'],
			doc: 'its colour; `default` when left out',
		},
	},
	example: '<Badge text="removed in 1.25" variant="caution" />',
	render: (node) =>
		h('span', { className: ['badge', `badge-${node.attributes.variant || 'default'}`] }, [
			text(node.attributes.text ?? ''),
		]),
	css: `
.badge {
	display: inline-block;
	font-size: 0.78em;
	font-weight: 600;
	line-height: 1.4;
	padding: 0 0.45em;
	border-radius: 999px;
	border: 1px solid var(--badge, var(--border));
	color: var(--text);
	background: color-mix(in srgb, var(--badge, var(--border)) 14%, var(--bg));
	vertical-align: 0.1em;
}
.badge-note { --badge: light-dark(#0b5cad, #6cb6ff); }
.badge-tip { --badge: light-dark(#1a7f37, #56d364); }
.badge-caution { --badge: light-dark(#b35900, #f0a04b); }
.badge-danger { --badge: light-dark(#cf222e, #ff7b72); }
`,
};
