import { LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { error, type Diagnostic } from '../lib/diagnostics.ts';
import { didYouMean } from '../lib/closest.ts';
import { DECLINED, loadPlain } from './plain-yaml.ts';

/** A YAML block with what is needed to point at any field in it. */
export interface ParsedYaml {
	data: unknown;
	/** 1-based line where the YAML starts in its file (2 for frontmatter after `---`). */
	firstLine: number;
	/** The syntax tree with positions: parsed on first use, which only a problem needs. */
	tree: () => YamlTree;
}
interface YamlTree {
	doc: Document;
	lines: LineCounter;
}

/** Splits `---` frontmatter from an MDX file; the body keeps its line numbers (frontmatter lines become blank). */
export function splitFrontmatter(source: string): { yaml: string | undefined; body: string } {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
	if (!match) return { yaml: undefined, body: source };
	const blank = match[0].replace(/[^\n]/g, '');
	return { yaml: match[1], body: blank + source.slice(match[0].length) };
}

/**
 * More alias expansion than this is refused: content has no need for it, and a few lines of
 * nested aliases (the "billion laughs") would otherwise expand to gigabytes.
 */
export const MAX_ALIAS_COUNT = 100;

const yamlMessage = (message: string) =>
	message
		.split('\n')[0]!
		.replace(/ at line \d+, column \d+:?$/, '')
		.replace(/^Unresolved tag: /, 'unknown tag ');

function parseTree(text: string): YamlTree {
	const lines = new LineCounter();
	return { doc: parseDocument(text, { lineCounter: lines, prettyErrors: false }), lines };
}

/**
 * YAML for positions only (no data): for a file already read once, when one of its problems
 * needs a line. The tree is parsed when first asked for.
 */
export function parseYamlDocument(text: string, firstLine: number): ParsedYaml {
	let tree: YamlTree | undefined;
	return { data: undefined, firstLine, tree: () => (tree ??= parseTree(text)) };
}

/**
 * Parses YAML, turning every problem into a diagnostic at its line rather than an exception:
 * syntax errors, warnings (an unknown tag such as `!!js/function`, an unsupported `%YAML`
 * version) and alias expansion beyond `MAX_ALIAS_COUNT`. Content is plain data: strings,
 * numbers, booleans, dates, lists and maps. Plain YAML is read by the fast reader; the full
 * parser reads what it declines.
 */
export function parseYaml(
	text: string,
	file: string,
	firstLine: number,
	diagnostics: Diagnostic[],
): ParsedYaml | undefined {
	const parsed = parseYamlDocument(text, firstLine);
	const plain = loadPlain(text);
	if (plain !== DECLINED) return { ...parsed, data: plain ?? {} };
	const { doc, lines } = parsed.tree();
	const at = (offset: number) => {
		const pos = lines.linePos(offset);
		return { file, line: pos.line + firstLine - 1, column: pos.col };
	};
	if (doc.errors.length > 0 || doc.warnings.length > 0) {
		for (const problem of [...doc.errors, ...doc.warnings]) {
			const tag = problem.code === 'TAG_RESOLVE_FAILED';
			diagnostics.push(
				error({
					...at(problem.pos[0]),
					message: `invalid YAML: ${yamlMessage(problem.message)}`,
					hint: tag
						? 'remove the tag: content is plain strings, numbers, lists and maps'
						: problem.code === 'BAD_DIRECTIVE'
							? 'remove the % directive line'
							: 'check indentation and quote values that contain ": " or start with a special character',
				}),
			);
		}
		return undefined;
	}
	try {
		parsed.data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {};
	} catch (problem) {
		let offset = 0;
		visit(doc, {
			Alias(_, node) {
				offset = node.range?.[0] ?? 0;
				return visit.BREAK;
			},
		});
		diagnostics.push(
			error({
				...at(offset),
				message: `invalid YAML: too many aliases (${yamlMessage((problem as Error).message).toLowerCase()})`,
				hint: 'write the values out instead of using anchors (&name) and aliases (*name)',
			}),
		);
		return undefined;
	}
	return parsed;
}

/** Line and column of the value at `path`, or of its nearest existing parent. */
export function positionOf(
	parsed: ParsedYaml,
	path: readonly PropertyKey[],
): { line: number; column: number } {
	const { doc, lines } = parsed.tree();
	for (let depth = path.length; depth >= 0; depth--) {
		const node = doc.getIn(path.slice(0, depth) as (string | number)[], true) as
			{ range?: [number, number, number] } | undefined;
		const offset = node?.range?.[0];
		if (offset !== undefined) {
			const pos = lines.linePos(offset);
			return { line: pos.line + parsed.firstLine - 1, column: pos.col };
		}
	}
	return { line: parsed.firstLine, column: 1 };
}

/**
 * Field names of the object the schema expects at `path` in `data`, for "did you mean" on
 * unknown fields at any depth: it follows objects, lists, tuples, pipes and wrappers, and for a
 * union the option whose discriminator matches (or every option).
 */
function schemaKeys(
	schema: z.ZodType,
	data: unknown = undefined,
	path: readonly PropertyKey[] = [],
): string[] {
	const def = (schema as unknown as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
	if (!def) return [];
	const [head, ...rest] = path;
	const child = (data as Record<PropertyKey, unknown> | undefined)?.[head as PropertyKey];
	const inner = (s: unknown, d: unknown, p: readonly PropertyKey[]) =>
		schemaKeys(s as z.ZodType, d, p);
	switch (def.type) {
		case 'object': {
			const shape = def.shape as Record<string, unknown>;
			if (head === undefined) return Object.keys(shape);
			return Object.hasOwn(shape, head) ? inner(shape[head as string], child, rest) : [];
		}
		case 'array':
			return head === undefined ? [] : inner(def.element, child, rest);
		case 'tuple':
			return head === undefined ? [] : inner((def.items as unknown[])[Number(head)], child, rest);
		case 'pipe':
			// A transform's output has no fields: then the fields are the input's.
			return inner(def.out, data, path).length > 0
				? inner(def.out, data, path)
				: inner(def.in, data, path);
		case 'union': {
			const options = def.options as z.ZodType[];
			const key = def.discriminator as string | undefined;
			const tag = key ? (data as Record<string, unknown> | undefined)?.[key] : undefined;
			const chosen = options.filter((o) => {
				const shape = (o as unknown as { shape?: Record<string, z.ZodType> }).shape;
				return key && shape?.[key]?.safeParse(tag).success;
			});
			return [...new Set((chosen.length ? chosen : options).flatMap((o) => inner(o, data, path)))];
		}
		default:
			return 'innerType' in def ? inner(def.innerType, data, path) : [];
	}
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let value: unknown = data;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[key];
	}
	return value;
}

/**
 * Validates parsed YAML against a schema; each zod issue becomes a diagnostic naming the field,
 * its line, and what was expected.
 */
export function validate<S extends z.ZodType>(
	schema: S,
	parsed: ParsedYaml,
	file: string,
	diagnostics: Diagnostic[],
): z.output<S> | undefined {
	const result = schema.safeParse(parsed.data);
	if (result.success) return result.data;
	for (const issue of result.error.issues) {
		if (issue.code === 'unrecognized_keys') {
			const known = schemaKeys(schema, parsed.data, issue.path);
			for (const key of issue.keys) {
				diagnostics.push(
					error({
						file,
						...positionOf(parsed, [...issue.path, key]),
						message: `unknown field "${key}"`,
						hint: didYouMean(key, known, `fields: ${known.join(', ')}`),
					}),
				);
			}
			continue;
		}
		const field = issue.path.map(String).join('.') || '(root)';
		const missing = issue.path.length > 0 && valueAt(parsed.data, issue.path) === undefined;
		const { line, column } = positionOf(parsed, issue.path);
		diagnostics.push({
			file,
			line,
			column,
			message: missing ? `missing required field "${field}"` : `field "${field}": ${issue.message}`,
			hint: missing
				? `add "${field}:" to the frontmatter (see CONTRIBUTING.md for the note template)`
				: undefined,
			severity: 'error',
		});
	}
	return undefined;
}
