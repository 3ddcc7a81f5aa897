import type { ElementContent } from 'hast';
import type { NoteNode } from '../pipeline/note-syntax.ts';
import { h, hasClass, rewrite, text } from './hast.ts';
import type { Transform } from './transform.ts';

/** Elements whose text is never linked: links, code, headings, citations, diagrams, questions. */
const SKIP = new Set([
	'a',
	'code',
	'pre',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'summary',
	'figure',
	'kbd',
	'abbr',
]);
const isSkipped = (node: NoteNode) =>
	node.type === 'element' &&
	(SKIP.has(node.tagName) ||
		hasClass(node, 'cite') ||
		hasClass(node, 'broken-link') ||
		hasClass(node, 'no-terms'));

/**
 * Links the first mention of each glossary term in a note to its glossary entry, with the
 * definition shown on hover and keyboard focus (CSS only) and announced as the link's
 * description. The definition is kept out of the search index: it is not the note's own text.
 */
export const glossaryTerms: Transform = {
	name: 'glossary-terms',
	transform(tree, { note, terms: matcher, urls }) {
		const { slug } = note;
		const { pillar } = note.data;
		const linked = new Set<string>();
		rewrite(
			tree,
			(node) => {
				if (node.type !== 'text') return node;
				const parts: ElementContent[] = [];
				let last = 0;
				for (const hit of matcher.find(node.value, pillar)) {
					if (linked.has(hit.target.id) || hit.target.note === slug) continue;
					linked.add(hit.target.id);
					if (hit.index > last) parts.push(text(node.value.slice(last, hit.index)));
					const id = `term-${hit.target.id}`;
					parts.push(
						h('span', { className: ['term'] }, [
							h(
								'a',
								{
									href: urls.glossary(hit.target.id),
									className: ['term-link'],
									ariaDescribedBy: [`${id}-def`],
								},
								[text(hit.text)],
							),
							h(
								'span',
								{
									className: ['term-def'],
									role: 'tooltip',
									id: `${id}-def`,
									dataPagefindIgnore: '',
								},
								[h('strong', {}, [text(hit.target.term)]), text(`: ${hit.target.definition}`)],
							),
						]),
					);
					last = hit.index + hit.text.length;
				}
				if (last === 0) return node;
				if (last < node.value.length) parts.push(text(node.value.slice(last)));
				return parts;
			},
			isSkipped,
		);
	},
};
