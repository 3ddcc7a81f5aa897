import { error, type Diagnostic } from '../lib/diagnostics.ts';
import { didYouMean } from '../lib/closest.ts';
import { ELEMENTS, type ElementRegistry } from '../elements/index.ts';
import { isSafeUrl } from './allowed-syntax.ts';
import { isSitePath } from '../lib/url-schemes.ts';
import type { NoteSyntax } from './note-syntax.ts';

/**
 * An MDX comment, the one kind of `{…}` a note may hold: `{/* reviewer: check the figures *\/}`.
 * One comment only: its body may not close it early, so `{/* a *\/ code /* b *\/}` is code.
 */
const COMMENT = /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/;

/**
 * Notes are content, not code: no `import`/`export`, no `{expressions}` (comments aside), only
 * the elements and attributes of the registry (src/elements/), and no `javascript:`/`data:` URLs. The renderer
 * never runs a note, so these rules make sure nothing an editor writes is silently dropped or
 * could ever execute, and that a pull request cannot smuggle script into the site.
 */
export function checkNoteSafety(
	file: string,
	syntax: NoteSyntax,
	elements: ElementRegistry = ELEMENTS,
): Diagnostic[] {
	const found: Diagnostic[] = [];
	for (const script of syntax.scripts) {
		const at = { file, line: script.line, column: script.column };
		if (script.kind === 'esm') {
			found.push(
				error({
					...at,
					message: `"${firstLine(script.value)}": notes cannot import or export`,
					hint: 'notes are content, not code; show code in a fenced ``` block, and use the components listed in docs/writing-notes.md without importing them',
				}),
			);
		} else if (!COMMENT.test(script.value)) {
			found.push(
				error({
					...at,
					message: `{${firstLine(script.value)}}: notes cannot run expressions`,
					hint: 'write the text itself; a literal brace is written \\{ and a comment {/* like this */}',
				}),
			);
		}
	}
	for (const element of syntax.elements) {
		const at = { file, line: element.line, column: element.column };
		// A Map: `<constructor>` or `<__proto__>` is no element, whatever Object.prototype holds.
		const allowed = elements.get(element.name);
		if (!allowed) {
			found.push(
				error({
					...at,
					message: `<${element.name || '>'}> is not allowed in notes`,
					hint: didYouMean(
						element.name,
						[...elements.keys()],
						`notes may use ${[...elements.keys()]
							.map((n) => `<${n}>`)
							.join(', ')} (see docs/writing-notes.md)`,
						(n) => `<${n}>`,
					),
				}),
			);
			continue;
		}
		if (element.dynamic.length) {
			found.push(
				error({
					...at,
					message: `<${element.name}> attribute${element.dynamic.length > 1 ? 's' : ''} ${element.dynamic.join(', ')} must be plain text`,
					hint: `write name="value", e.g. ${allowed.example}`,
				}),
			);
		}
		const names = Object.keys(allowed.attributes);
		for (const [name, value] of Object.entries(element.attributes)) {
			const rule = Object.hasOwn(allowed.attributes, name) ? allowed.attributes[name] : undefined;
			if (!rule) {
				found.push(
					error({
						...at,
						message: `<${element.name}> has no attribute "${name}"`,
						hint: names.length
							? didYouMean(name, names, `its attributes: ${names.join(', ')}`)
							: `<${element.name}> takes no attributes`,
					}),
				);
			} else if (rule.values && !rule.values.includes(value)) {
				found.push(
					error({
						...at,
						message: `<${element.name} ${name}="${value.slice(0, 40)}">: ${name} must be one of ${rule.values.join(', ')}`,
						hint: didYouMean(value, rule.values, `e.g. ${allowed.example}`),
					}),
				);
			} else if (rule.pattern && !rule.pattern.test.test(value)) {
				found.push(
					error({
						...at,
						message: `<${element.name} ${name}="${value.slice(0, 40)}">: ${name} must be ${rule.pattern.expected}`,
						hint: `e.g. ${allowed.example}`,
					}),
				);
			}
		}
		const missing = Object.entries(allowed.attributes)
			.filter(([name, rule]) => rule.required && !Object.hasOwn(element.attributes, name))
			.filter(([name]) => !element.dynamic.includes(name))
			.map(([name]) => name);
		if (missing.length)
			found.push(
				error({
					...at,
					message: `<${element.name}> needs ${missing.join(' and ')}`,
					hint: `e.g. ${allowed.example}`,
				}),
			);
	}
	for (const problem of syntax.problems)
		found.push(
			error({
				file,
				line: problem.line,
				column: problem.column,
				message: problem.message,
				...(problem.hint ? { hint: problem.hint } : {}),
			}),
		);
	for (const url of syntax.urls) {
		const at = { file, line: url.line, column: url.column };
		const shown = url.url.slice(0, 60);
		if (!isSafeUrl(url.url)) {
			found.push(
				error({
					...at,
					message: `${url.kind} to "${shown}" is refused`,
					hint: /^\s*[/\\]{2}/.test(url.url)
						? 'write the full https:// address of the other site, or a path on this one'
						: 'links and images use http(s), mailto, a path or a #fragment; link another note with [[its title]]',
				}),
			);
		} else if (url.kind === 'image' && !isSitePath(url.url)) {
			found.push(
				error({
					...at,
					message: `image "${shown}" is on another site: the pages' Content Security Policy (img-src 'self') blocks it`,
					hint: 'copy the picture into public/ (mind its licence) and show it by its path, e.g. ![what it shows](/images/chart.png), or draw it as a diagram',
				}),
			);
		}
	}
	return found;
}

const firstLine = (text: string) => {
	const line = text.trim().split('\n')[0]!;
	return line.length > 60 ? `${line.slice(0, 57)}…` : line;
};
