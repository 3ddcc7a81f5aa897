import type { ElementContent } from 'hast';
import { ELEMENTS, type ElementRegistry } from '../elements/index.ts';
import type { ElementRenderContext } from '../elements/types.ts';
import { rewrite } from './hast.ts';
import type { RenderContext, Transform } from './transform.ts';

/**
 * Turns the MDX elements of a note into plain HTML, each by its definition's `render` in the
 * registry (src/elements/), innermost first; comments disappear. An element without `render`
 * stays for a later transform (`<Cite>`: citations.ts).
 */
export const renderElements = (elements: ElementRegistry = ELEMENTS): Transform => ({
	name: 'elements',
	transform(tree, context) {
		const site = elementContext(context);
		rewrite(tree, (node) => {
			if (
				node.type === 'mdxFlowExpression' ||
				node.type === 'mdxTextExpression' ||
				node.type === 'mdxjsEsm'
			)
				return [];
			if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return node;
			const definition = elements.get(node.name ?? '');
			// The check refuses any other element, so a note that reaches here has none.
			if (!definition?.render) return node;
			const attributes = Object.fromEntries(
				node.attributes.flatMap((a) =>
					a.type === 'mdxJsxAttribute' && typeof a.value !== 'object'
						? [[a.name, a.value ?? '']]
						: [],
				),
			);
			return definition.render(
				{
					name: definition.name,
					flow: node.type === 'mdxJsxFlowElement',
					attributes,
					children: node.children as ElementContent[],
				},
				site,
			) as never;
		});
	},
});

export const elements: Transform = renderElements();

/** What elements may ask of the site while one note renders. */
function elementContext({ published, urls, drawings }: RenderContext): ElementRenderContext {
	const counts = new Map<string, number>();
	return {
		page: (path) => urls.page(path),
		diagram(id) {
			const diagram = published.site.diagrams.get(id);
			return diagram
				? {
						id: diagram.id,
						title: diagram.data.title,
						alt: diagram.data.alt,
						svg: drawings.get(diagram.id)!,
						href: urls.page(`diagrams/${diagram.id}/`),
					}
				: undefined;
		},
		id(prefix) {
			const n = (counts.get(prefix) ?? 0) + 1;
			counts.set(prefix, n);
			return `${prefix}-${n}`;
		},
	};
}
