/**
 * Reads the YAML files ingest is configured by (sources.yaml, the hashed and the clear-text
 * rules). Anything that is not plain YAML data is refused with the file, line and column: syntax
 * errors, warnings (an unknown tag such as `!!js/function` is one), duplicate keys and alias
 * expansion beyond a small limit (the "billion laughs").
 */
import fs from 'node:fs';
import path from 'node:path';
import {
	isAlias,
	isMap,
	isScalar,
	isSeq,
	LineCounter,
	parseDocument,
	visit,
	type Document,
	type YAMLError,
} from 'yaml';
import { IngestError } from './types.ts';

/** More alias expansion than this is refused: config files have no need for it. */
const MAX_ALIAS_COUNT = 100;

export interface YamlFile {
	file: string;
	/** The data, as plain JavaScript. */
	value: unknown;
	/**
	 * `file:line:col` of the value at `keys` (or, with `key`, of its key); of the nearest
	 * enclosing node that exists when the path runs out.
	 */
	at(keys: readonly PropertyKey[], key?: boolean): string;
}

/** A path as people read it: relative to the working folder when inside it. */
export function shown(file: string): string {
	const relative = path.relative(process.cwd(), file);
	return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

const messageOf = (error: YAMLError) =>
	error.message
		.split('\n')[0]!
		.replace(/ at line \d+, column \d+:?$/, '')
		.replace(/^Unresolved tag: /, 'unknown tag ');

/** Reads and parses a YAML file; `hint` says what to do when it cannot be used. */
export function readYamlFile(file: string, hint: string): YamlFile {
	let text: string;
	try {
		text = fs.readFileSync(file, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new IngestError(
			shown(file),
			code === 'ENOENT' ? 'not found' : `cannot be read (${code ?? 'error'})`,
			hint,
		);
	}
	const lines = new LineCounter();
	const doc: Document = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
	const where = (offset: number) => {
		const { line, col } = lines.linePos(offset);
		return `${shown(file)}:${line}:${col}`;
	};
	const problem = doc.errors[0] ?? doc.warnings[0];
	if (problem) {
		const tag = problem.code === 'TAG_RESOLVE_FAILED';
		throw new IngestError(
			where(problem.pos[0]),
			`YAML: ${messageOf(problem)}`,
			tag ? 'remove the tag: only plain strings, numbers, lists and maps are read' : hint,
		);
	}
	let value: unknown;
	try {
		value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
	} catch (error) {
		let offset = 0;
		visit(doc, {
			Alias(_, node) {
				offset = node.range?.[0] ?? 0;
				return visit.BREAK;
			},
		});
		throw new IngestError(
			where(offset),
			`YAML: too many aliases (${(error as Error).message.toLowerCase()})`,
			'write the values out instead of using anchors and aliases',
		);
	}
	const at = (keys: readonly PropertyKey[], key = false) => {
		let node: unknown = doc.contents;
		let offset = 0;
		for (const [i, k] of keys.entries()) {
			if (node && typeof node === 'object' && 'range' in node)
				offset = (node as { range?: [number] }).range?.[0] ?? offset;
			if (isMap(node)) {
				const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === k);
				if (!pair) break;
				if (key && i === keys.length - 1) {
					node = pair.key;
					break;
				}
				node = pair.value ?? pair.key;
			} else if (isSeq(node) && typeof k === 'number' && node.items[k]) {
				node = node.items[k];
			} else break;
			if (isAlias(node)) break;
		}
		if (node && typeof node === 'object' && 'range' in node)
			offset = (node as { range?: [number] }).range?.[0] ?? offset;
		return where(offset);
	};
	return { file, value, at };
}
