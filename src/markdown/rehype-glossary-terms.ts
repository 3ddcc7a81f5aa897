import type { Element, ElementContent, Root, Text } from 'hast';
import type { VFile } from 'vfile';
import { loadSite } from '../graph/site.ts';
import { termMatcher, type TermMatcher } from '../graph/glossary-terms.ts';
import { slugFromPath } from '../lib/slug.ts';
import { glossaryUrl } from '../lib/urls.ts';

/** Elements whose text is never linked: links, code, headings, citations, diagrams, summaries. */
const SKIP = new Set(['a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'summary', 'figure', 'svg', 'script', 'style', 'kbd']);
const isSkipped = (el: Element) => SKIP.has(el.tagName) || (Array.isArray(el.properties.className) && el.properties.className.includes('cite'));

/** Built once per matcher source, since every note shares the same glossary. */
let cached: { key: unknown; matcher: TermMatcher } | undefined;

/**
 * Links the first mention of each glossary term in a note to its glossary entry, with the
 * definition shown on hover and keyboard focus (CSS only) and announced as the link's description.
 */
export function rehypeGlossaryTerms({ base }: { base: string }) {
	return (tree: Root, file: VFile) => {
		const site = loadSite();
		if (cached?.key !== site.glossary) cached = { key: site.glossary, matcher: termMatcher(site.glossary) };
		const { matcher } = cached;
		const slug = slugFromPath(file.path);
		const linked = new Set<string>();

		const visit = (parent: Root | Element) => {
			const out: (Root['children'][number] | ElementContent)[] = [];
			for (const child of parent.children) {
				if (child.type === 'element') {
					if (!isSkipped(child)) visit(child);
					out.push(child);
				} else if (child.type === 'text') {
					out.push(...linkText(child, matcher, slug, linked, base));
				} else out.push(child);
			}
			parent.children = out as typeof parent.children;
		};
		visit(tree);
	};
}

function linkText(node: Text, matcher: TermMatcher, slug: string, linked: Set<string>, base: string): ElementContent[] {
	const parts: ElementContent[] = [];
	let last = 0;
	for (const hit of matcher.find(node.value)) {
		if (linked.has(hit.target.id) || hit.target.note === slug) continue;
		linked.add(hit.target.id);
		if (hit.index > last) parts.push({ type: 'text', value: node.value.slice(last, hit.index) });
		const id = `term-${hit.target.id}`;
		parts.push({
			type: 'element',
			tagName: 'span',
			properties: { className: ['term'] },
			children: [
				{ type: 'element', tagName: 'a', properties: { href: glossaryUrl(base, hit.target.id), className: ['term-link'], 'aria-describedby': `${id}-def` }, children: [{ type: 'text', value: hit.text }] },
				{ type: 'element', tagName: 'span', properties: { className: ['term-def'], role: 'tooltip', id: `${id}-def`, dataPagefindIgnore: '' }, children: [{ type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: hit.target.term }] }, { type: 'text', value: `: ${hit.target.definition}` }] },
			],
		});
		last = hit.index + hit.text.length;
	}
	if (last === 0) return [node];
	if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
	return parts;
}
