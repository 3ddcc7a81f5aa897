import type { ElementRegistry } from '../../src/elements/index.ts';

/** A note body (one element use) the check must refuse, and what it must say. */
export interface ElementCase {
	element: string;
	kind:
		| 'unknown attribute'
		| 'missing required attribute'
		| 'wrong attribute value'
		| 'broken structure';
	source: string;
	message: RegExp;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Sets (or adds) an attribute on the first tag of an example. */
function withAttribute(example: string, element: string, name: string, value: string): string {
	const written = new RegExp(`(<${element}\\b[^>]*?\\s${name}=)"[^"]*"`);
	return written.test(example)
		? example.replace(written, `$1"${value}"`)
		: example.replace(`<${element}`, `<${element} ${name}="${value}"`);
}

/**
 * The bad-input cases of every element, generated from its definition: an attribute it does not
 * have, each required attribute left out, each attribute with a wrong value (outside its values
 * or its pattern), and its broken-structure example.
 */
export function elementCases(elements: ElementRegistry): ElementCase[] {
	const cases: ElementCase[] = [];
	for (const e of elements.values()) {
		const name = escape(e.name);
		cases.push({
			element: e.name,
			kind: 'unknown attribute',
			source: e.example.replace(`<${e.name}`, `<${e.name} onclick="x"`),
			message: new RegExp(`<${name}> has no attribute "onclick"`),
		});
		for (const [attribute, rule] of Object.entries(e.attributes)) {
			if (rule.required)
				cases.push({
					element: e.name,
					kind: 'missing required attribute',
					source: e.example.replace(new RegExp(`\\s${attribute}="[^"]*"`), ''),
					message: new RegExp(`<${name}> needs ${attribute}\\b`),
				});
			if (rule.values || rule.pattern)
				cases.push({
					element: e.name,
					kind: 'wrong attribute value',
					source: withAttribute(e.example, e.name, attribute, 'javascript:alert(1) NOPE'),
					message: new RegExp(
						`<${name} ${attribute}="javascript:alert\\(1\\) NOPE">: ${attribute} must be`,
					),
				});
		}
		if (e.broken)
			cases.push({
				element: e.name,
				kind: 'broken structure',
				source: e.broken.source,
				message: e.broken.message,
			});
	}
	return cases;
}
