import { CORE_SCHEMA, load, loadAll } from 'js-yaml';

/**
 * The fast reader for plain YAML. The `yaml` package builds a full syntax tree with positions
 * (which errors need) and takes ten times as long as js-yaml on the same text; at 10,000 notes
 * that was 1.5 s of `npm run check`. So YAML is read here first, and `yaml` reads it again only
 * when this declines: on any error (so messages and lines are the full parser's) and on every
 * feature whose meaning the two could differ on or that needs a limit (anchors, aliases, tags,
 * directives). Both use YAML 1.2's core schema: strings, numbers, booleans, null, lists, maps.
 * A test reads every content and fixture file both ways and expects the same data.
 */
const FULL_PARSER_FEATURE = /(?:^|[\s[{,])[&*!][^\s,[\]{}]|^%/m;

/** Marks text the fast reader leaves to the full parser. */
export const DECLINED = Symbol('declined');

/** One document's data, or DECLINED. */
export function loadPlain(text: string): unknown {
	if (FULL_PARSER_FEATURE.test(text)) return DECLINED;
	try {
		return load(text, { schema: CORE_SCHEMA });
	} catch {
		return DECLINED;
	}
}

/** Every document's data (a code block may hold several), or DECLINED. */
export function loadAllPlain(text: string): unknown[] | typeof DECLINED {
	if (FULL_PARSER_FEATURE.test(text)) return DECLINED;
	try {
		return loadAll(text, undefined, { schema: CORE_SCHEMA });
	} catch {
		return DECLINED;
	}
}
