import type { ElementContent, Properties } from 'hast';
import { h, rewrite, text } from './hast.ts';
import type { Transform } from './transform.ts';

/**
 * Turns the MDX parts of a note into plain HTML: `<Diagram id>` becomes a figure with its SVG
 * drawn at build time, the allowed HTML elements (`details`, `kbd`, …) become elements with
 * their allowed attributes, and comments disappear. Citations are handled by `renderCitations`.
 */
export const elements: Transform = {
	name: 'elements',
	transform: (tree, { published, urls, drawings }) =>
		rewrite(tree, (node) => {
			if (
				node.type === 'mdxFlowExpression' ||
				node.type === 'mdxTextExpression' ||
				node.type === 'mdxjsEsm'
			)
				return [];
			if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return node;
			if (node.name === 'Cite') return node;
			const attributes = Object.fromEntries(
				node.attributes.flatMap((a) =>
					a.type === 'mdxJsxAttribute' && typeof a.value !== 'object'
						? [[a.name, a.value ?? '']]
						: [],
				),
			);
			if (node.name === 'Diagram') {
				const diagram = published.site.diagrams.get(attributes.id ?? '');
				return diagram
					? figure(
							diagram.id,
							diagram.data.title,
							diagram.data.alt,
							drawings.get(diagram.id)!,
							urls.page(`diagrams/${diagram.id}/`),
						)
					: h('span', { className: ['broken-link'] }, [
							text(`[diagram "${attributes.id}" not found]`),
						]);
			}
			// A passage whose words the glossary leaves alone.
			if (node.name === 'NoTerms')
				return h(
					node.type === 'mdxJsxFlowElement' ? 'div' : 'span',
					{ className: ['no-terms'] },
					node.children as ElementContent[],
				);
			const properties: Properties = {};
			if ('title' in attributes) properties.title = attributes.title;
			if ('open' in attributes) properties.open = true;
			return h(node.name ?? 'span', properties, node.children as ElementContent[]);
		}),
};

function figure(id: string, title: string, alt: string, svg: string, fullSize: string) {
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
			[{ type: 'raw', value: svg }],
		),
		h('figcaption', {}, [
			h('span', { className: ['diagram-title'] }, [text(title)]),
			text(' '),
			h('a', { href: fullSize, className: ['diagram-open'] }, [
				text('Open full size'),
				h('span', { className: ['visually-hidden'] }, [text(`: ${title}`)]),
			]),
			h('details', { className: ['diagram-text'] }, [
				h('summary', {}, [text('Text description')]),
				h('p', {}, [text(alt)]),
			]),
		]),
	]);
}
