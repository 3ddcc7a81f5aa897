import { h, text, type NoteElement } from './types.ts';

const TYPES = ['note', 'tip', 'caution', 'danger'] as const;
const LABEL: Record<string, string> = {
	note: 'Note',
	tip: 'Tip',
	caution: 'Caution',
	danger: 'Danger',
};

/** A note, tip, caution or danger set apart from the text (role="note", named by its title). */
export const Callout: NoteElement = {
	name: 'Callout',
	purpose: 'a note, tip, caution or danger set apart from the text',
	attributes: {
		type: { required: true, values: TYPES, doc: 'how serious it is' },
		title: { doc: 'its heading; the type ("Caution") when left out' },
	},
	children: 'Markdown blocks',
	example: '<Callout type="caution">Draining evicts every pod on the node.</Callout>',
	render(node) {
		const type = node.attributes.type ?? 'note';
		const title = node.attributes.title || LABEL[type] || 'Note';
		return h('div', { className: ['callout', `callout-${type}`], role: 'note', ariaLabel: title }, [
			h('p', { className: ['callout-title'] }, [text(title)]),
			...node.children,
		]);
	},
	css: `
.callout {
	margin-block: var(--space-3);
	padding: var(--space-2) var(--space-3);
	border: 1px solid var(--border);
	border-inline-start: 4px solid var(--callout, var(--accent));
	border-radius: var(--radius);
	background: color-mix(in srgb, var(--callout, var(--accent)) 8%, var(--bg));
}
.callout > :first-child { margin-top: 0; }
.callout > :last-child { margin-bottom: 0; }
.callout-title { font-weight: 700; margin-bottom: var(--space-1); }
.callout-note { --callout: light-dark(#0b5cad, #6cb6ff); }
.callout-tip { --callout: light-dark(#1a7f37, #56d364); }
.callout-caution { --callout: light-dark(#b35900, #f0a04b); }
.callout-danger { --callout: light-dark(#cf222e, #ff7b72); }
`,
};
