import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { displayPath, error, type Diagnostic } from '../lib/diagnostics.ts';
import { headingIds, slugFromPath, type HeadingId, type NoteSlug } from '../lib/slug.ts';
import { noteSchema, type NoteData } from '../schemas/note.ts';
import { glossarySchema, type GlossaryData } from '../schemas/glossary.ts';
import { pathSchema, type PathData } from '../schemas/path.ts';
import { sourceSchema, type SourceData } from '../schemas/source.ts';
import { diagramSchema, type DiagramData } from '../schemas/diagram.ts';
import { parseYaml, positionOf, splitFrontmatter, validate, type ParsedYaml } from './frontmatter.ts';
import { readBody, type BodySyntax, type Position } from './mdx-syntax.ts';

/** A content file that parsed and validated, with a way to point back into its YAML. */
interface Located {
	/** Repo-relative path, for messages. */
	file: string;
	/** Position of a YAML field, e.g. `['related', 2]`. */
	at(field: readonly PropertyKey[]): Position;
}

export interface NoteFile extends Located {
	slug: NoteSlug;
	data: NoteData;
	body: BodySyntax;
	headings: { id: HeadingId; text: string; depth: number; line: number }[];
}
export interface GlossaryFile extends Located {
	id: string;
	data: GlossaryData;
}
export interface PathFile extends Located {
	id: string;
	data: PathData;
}
export interface SourceFile extends Located {
	id: string;
	data: SourceData;
}

export interface DiagramFile extends Located {
	id: string;
	data: DiagramData;
}

export interface ContentFiles {
	notes: NoteFile[];
	glossary: GlossaryFile[];
	paths: PathFile[];
	sources: SourceFile[];
	diagrams: DiagramFile[];
}

/** Files under `dir` whose names end in one of `extensions`, sorted for stable output. */
export function listFiles(dir: string, extensions: readonly string[]): string[] {
	if (!fs.existsSync(dir)) return [];
	return fs
		.readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && extensions.some((ext) => entry.name.endsWith(ext)))
		.map((entry) => path.join(entry.parentPath, entry.name))
		.sort();
}

function locate(parsed: ParsedYaml, file: string): Located {
	return { file, at: (field) => positionOf(parsed, field) };
}

function idOf(file: string): string {
	return path.basename(file).replace(/\.[^.]+$/, '');
}

function readNote(absolute: string, diagnostics: Diagnostic[]): NoteFile | undefined {
	const file = displayPath(absolute);
	const { yaml, body } = splitFrontmatter(fs.readFileSync(absolute, 'utf8'));
	if (yaml === undefined) {
		diagnostics.push(error({ file, line: 1, column: 1, message: 'missing frontmatter', hint: 'start the file with a --- block; `npm run new` writes one for you' }));
		return undefined;
	}
	const parsed = parseYaml(yaml, file, 2, diagnostics);
	const syntax = readBody(body, file, diagnostics);
	if (!parsed) return undefined;
	const slug = slugFromPath(absolute);
	const data = validate(noteSchema, parsed, file, diagnostics) ?? salvage(parsed.data, slug);
	if (!data) return undefined;
	const ids = headingIds(syntax.headings.map((h) => h.text));
	return {
		...locate(parsed, file),
		slug,
		data,
		body: syntax,
		headings: syntax.headings.map((h, i) => ({ id: ids[i]!, text: h.text, depth: h.depth, line: h.line })),
	};
}

/**
 * Frontmatter that failed validation (already reported) with its bad fields replaced by
 * placeholders, so the note's links and citations are still checked in the same run.
 */
function salvage(raw: unknown, slug: string): NoteData | undefined {
	const fields = { ...(raw && typeof raw === 'object' ? raw : {}) } as Record<string, unknown>;
	const placeholders: Record<string, unknown> = { title: slug, summary: 'Placeholder for a summary that failed validation.', pillar: 'platform', reviewed: '1970-01-01' };
	for (const issue of noteSchema.safeParse(fields).error?.issues ?? []) {
		for (const key of issue.code === 'unrecognized_keys' ? issue.keys : [String(issue.path[0])]) delete fields[key];
	}
	const result = noteSchema.safeParse({ ...placeholders, ...fields });
	return result.success ? result.data : undefined;
}

function readYamlRecord<S extends z.ZodType>(schema: S, absolute: string, diagnostics: Diagnostic[]) {
	const file = displayPath(absolute);
	const parsed = parseYaml(fs.readFileSync(absolute, 'utf8'), file, 1, diagnostics);
	const data = parsed && validate(schema, parsed, file, diagnostics);
	return parsed && data ? { ...locate(parsed, file), id: idOf(absolute), data: data as z.output<S> } : undefined;
}

function readSource(absolute: string, diagnostics: Diagnostic[]): SourceFile | undefined {
	// JSON is YAML, so the YAML reader gives positions for JSON records too.
	return readYamlRecord(sourceSchema, absolute, diagnostics);
}

/** Reads and validates every content file under `root`, collecting all problems instead of stopping at the first. */
export function readContent(root: string, diagnostics: Diagnostic[]): ContentFiles {
	const keep = <T>(items: (T | undefined)[]): T[] => items.filter((item): item is T => item !== undefined);
	return {
		notes: keep(listFiles(path.join(root, 'notes'), ['.mdx', '.md']).map((f) => readNote(f, diagnostics))),
		glossary: keep(listFiles(path.join(root, 'glossary'), ['.yaml', '.yml']).map((f) => readYamlRecord(glossarySchema, f, diagnostics))),
		paths: keep(listFiles(path.join(root, 'paths'), ['.yaml', '.yml']).map((f) => readYamlRecord(pathSchema, f, diagnostics))),
		sources: keep(listFiles(path.join(root, 'sources'), ['.json']).map((f) => readSource(f, diagnostics))),
		diagrams: keep(listFiles(path.join(root, 'diagrams'), ['.yaml', '.yml']).map((f) => readYamlRecord(diagramSchema, f, diagnostics))),
	};
}
