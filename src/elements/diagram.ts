import { h, text, type NoteElement } from './types.ts';

/** A diagram from content/diagrams, drawn as SVG at build time. */
export const Diagram: NoteElement = {
	name: 'Diagram',
	purpose: 'a diagram from `content/diagrams/`, drawn at build time',
	attributes: { id: { required: true, doc: 'the diagram id (its file name)' } },
	example: '<Diagram id="bluegreen-upgrade" />',
	render(node, context) {
		const diagram = context.diagram(node.attributes.id ?? '');
		if (!diagram)
			return h('span', { className: ['broken-link'] }, [
				text(`[diagram "${node.attributes.id}" not found]`),
			]);
		const { id, title, alt, svg, href } = diagram;
		return h('figure', { className: ['diagram'], id: `diagram-${id}` }, [
			// The picture keeps its size and scrolls sideways in its box, which keyboard users can focus.
			h(
				'div',
				{
					className: ['diagram-scroll'],
					tabIndex: 0,
					role: 'group',
					ariaLabel: `Diagram: ${title}`,
				},
				[{ type: 'raw', value: svg } as never],
			),
			h('figcaption', {}, [
				h('span', { className: ['diagram-title'] }, [text(title)]),
				text(' '),
				h('a', { href, className: ['diagram-open'] }, [
					text('Open full size'),
					h('span', { className: ['visually-hidden'] }, [text(`: ${title}`)]),
				]),
				h('details', { className: ['diagram-text'] }, [
					h('summary', {}, [text('Text description')]),
					h('p', {}, [text(alt)]),
				]),
			]),
		]);
	},
};
