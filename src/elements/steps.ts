import { isTag, significant, type NoteElement } from './types.ts';

/** A procedure: one ordered list whose items are the steps, numbered large. */
export const Steps: NoteElement = {
	name: 'Steps',
	purpose: 'a procedure (a runbook): numbered steps, each with its commands and notes',
	attributes: {},
	children: 'exactly one ordered list (`1.`), nothing else',
	example: '<Steps>\n\n1. Cordon the node.\n2. Drain it.\n\n</Steps>',
	broken: {
		source: '<Steps>\n\n- not numbered\n\n</Steps>',
		message: /<Steps> must hold exactly one ordered list/,
	},
	check(node, report) {
		const inside = significant(node.children);
		const list = inside.length === 1 && isTag(inside[0]!, 'ol');
		if (!list)
			report(
				`<Steps> must hold exactly one ordered list, found ${inside.map(describe).join(', ') || 'nothing'}`,
				'write the steps as "1. …", "2. …" with a blank line after <Steps> and before </Steps>',
				inside.find((c) => !isTag(c, 'ol')),
			);
	},
	render(node) {
		const list = significant(node.children).find((c) => isTag(c, 'ol'));
		if (list && list.type === 'element') {
			list.properties = { ...list.properties, className: ['steps'], role: 'list' };
			return list;
		}
		return node.children;
	},
	css: `
ol.steps {
	list-style: none;
	counter-reset: step;
	padding-inline-start: 0;
	margin-block: var(--space-3);
}
ol.steps > li {
	counter-increment: step;
	position: relative;
	padding-inline-start: 2.75rem;
	padding-bottom: var(--space-3);
}
ol.steps > li::before {
	content: counter(step);
	position: absolute;
	inset-inline-start: 0;
	top: 0;
	width: 1.9rem;
	height: 1.9rem;
	border-radius: 50%;
	display: grid;
	place-items: center;
	font-weight: 700;
	font-size: 0.9rem;
	background: var(--bg-soft);
	border: 1px solid var(--border);
}
ol.steps > li:not(:last-child)::after {
	content: '';
	position: absolute;
	inset-inline-start: 0.95rem;
	top: 2.1rem;
	bottom: 0.2rem;
	border-inline-start: 1px solid var(--border);
}
`,
};

const describe = (n: { type: string; tagName?: string; name?: string | null }) =>
	n.type === 'element' ? `<${n.tagName}>` : n.type.startsWith('mdxJsx') ? `<${n.name}>` : n.type;
