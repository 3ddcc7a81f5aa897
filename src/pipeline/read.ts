import type { z } from 'astro/zod';
import { error, type Diagnostic } from '../lib/diagnostics.ts';
import { headingIds, type HeadingId, type NoteSlug } from '../lib/slug.ts';
import { noteSchema, type NoteData } from '../schemas/note.ts';
import { glossarySchema, type GlossaryData } from '../schemas/glossary.ts';
import { pathSchema, type PathData } from '../schemas/path.ts';
import { sourceSchema, type SourceData } from '../schemas/source.ts';
import { DIAGRAM_LIMITS, diagramSchema, type DiagramData } from '../schemas/diagram.ts';
import { readContentFiles, type ContentFile, type ContentKind } from './files.ts';
import {
	parseYaml,
	parseYamlDocument,
	positionOf,
	splitFrontmatter,
	validate,
	type ParsedYaml,
} from './frontmatter.ts';
import { readNoteBody, type NoteSyntax } from './note-syntax.ts';
import { checkNoteSafety } from './note-safety.ts';
import type { Position } from './position.ts';

/** A content file that parsed and validated, with a way to point back into its YAML. */
export interface Located {
	/** Repo-relative path, for messages. */
	file: string;
	/** Position of a YAML field, e.g. `['related', 2]`. */
	at(field: readonly PropertyKey[]): Position;
}

export interface NoteHeading {
	id: HeadingId;
	text: string;
	depth: number;
	line: number;
	column: number;
	/** Where the heading starts in the file (the renderer gives that element its id). */
	offset: number;
}

export interface NoteFile extends Located {
	slug: NoteSlug;
	data: NoteData;
	/** Drafts are written and checked, but never published. */
	draft: boolean;
	syntax: NoteSyntax;
	headings: NoteHeading[];
	/** The file as written, for digests and quote checks. */
	source: string;
}

export interface RecordFile<T> extends Located {
	id: string;
	data: T;
}
export type GlossaryFile = RecordFile<GlossaryData>;
export type PathFile = RecordFile<PathData>;
export type SourceFile = RecordFile<SourceData>;
export type DiagramFile = RecordFile<DiagramData>;

/** Every content file that could be read and validated, by type. */
export interface ContentFiles {
	notes: NoteFile[];
	glossary: GlossaryFile[];
	paths: PathFile[];
	sources: SourceFile[];
	diagrams: DiagramFile[];
}

/**
 * Points back into a file's YAML. The syntax tree is not kept (ten thousand of them cost memory
 * and collection time); the first position asked for, which only a problem needs, parses the
 * YAML again.
 */
function locate(yaml: string, firstLine: number, file: string): Located {
	let parsed: ParsedYaml | undefined;
	return {
		file,
		at: (field) => positionOf((parsed ??= parseYamlDocument(yaml, firstLine)), field),
	};
}

function readNote(
	{ id, file, text }: ContentFile,
	diagnostics: Diagnostic[],
): NoteFile | undefined {
	const { yaml } = splitFrontmatter(text);
	if (yaml === undefined) {
		diagnostics.push(
			error({
				file,
				line: 1,
				column: 1,
				message: 'missing frontmatter',
				hint: 'start the file with a --- block; `npm run new` writes one for you',
			}),
		);
		return undefined;
	}
	const parsed = parseYaml(yaml, file, 2, diagnostics);
	const syntax = readNoteBody(text, file, diagnostics);
	diagnostics.push(...checkNoteSafety(file, syntax));
	if (!parsed) return undefined;
	const data = validate(noteSchema, parsed, file, diagnostics) ?? salvage(parsed.data, id);
	if (!data) return undefined;
	const ids = headingIds(syntax.headings.map((h) => h.text));
	return {
		...locate(yaml, 2, file),
		slug: id as NoteSlug,
		data,
		draft: data.status === 'draft',
		syntax,
		source: text,
		headings: syntax.headings.map((h, i) => ({ ...h, id: ids[i]! })),
	};
}

/**
 * Frontmatter that failed validation (already reported) with its bad fields replaced by
 * placeholders, so the note's links and citations are still checked in the same run.
 */
function salvage(raw: unknown, slug: string): NoteData | undefined {
	const fields = { ...(raw && typeof raw === 'object' ? raw : {}) } as Record<string, unknown>;
	const placeholders: Record<string, unknown> = {
		title: slug,
		summary: 'Placeholder for a summary that failed validation.',
		pillar: 'platform',
		reviewed: '1970-01-01',
	};
	for (const issue of noteSchema.safeParse(fields).error?.issues ?? []) {
		// An unknown field deep inside (`review.digset`) drops the top-level field that holds it.
		const top =
			issue.code === 'unrecognized_keys' && issue.path.length === 0
				? issue.keys
				: [String(issue.path[0])];
		for (const key of top) delete fields[key];
	}
	const result = noteSchema.safeParse({ ...placeholders, ...fields });
	return result.success ? result.data : undefined;
}

/** YAML records, and JSON source records (JSON is YAML, so positions come out the same way). */
function readRecord<S extends z.ZodType>(
	schema: S,
	{ id, file, text }: ContentFile,
	diagnostics: Diagnostic[],
): RecordFile<z.output<S>> | undefined {
	const parsed = parseYaml(text, file, 1, diagnostics);
	const data = parsed && validate(schema, parsed, file, diagnostics);
	return parsed && data ? { ...locate(text, 1, file), id, data: data as z.output<S> } : undefined;
}

/**
 * Source records are large JSON files written by ingest: they are read with `JSON.parse`, which is
 * a hundred times faster than the YAML parser, and only a record that fails goes through the YAML
 * reader again for the positions of its problems.
 */
function readJsonRecord<S extends z.ZodType>(
	schema: S,
	content: ContentFile,
	diagnostics: Diagnostic[],
): RecordFile<z.output<S>> | undefined {
	let data: unknown;
	try {
		data = JSON.parse(content.text);
	} catch {
		return readRecord(schema, content, diagnostics);
	}
	const result = schema.safeParse(data);
	if (!result.success) return readRecord(schema, content, diagnostics);
	return {
		...locate(content.text, 1, content.file),
		id: content.id,
		data: result.data as z.output<S>,
	};
}

/**
 * A file past its kind's size limit is refused with one line before it is parsed: the YAML parser
 * takes seconds on a few hundred kB, and nothing that large fits a page.
 */
function tooLarge({ file, text }: ContentFile, limit: number, diagnostics: Diagnostic[]): boolean {
	const bytes = Buffer.byteLength(text);
	if (bytes <= limit) return false;
	diagnostics.push(
		error({
			file,
			line: 1,
			column: 1,
			message: `file is ${Math.round(bytes / 1000)} kB; a diagram file is at most ${limit / 1000} kB`,
			hint: 'split the diagram or shorten it (see "Diagram limits" in docs/writing-notes.md)',
		}),
	);
	return true;
}

const SCHEMAS = {
	glossary: glossarySchema,
	paths: pathSchema,
	sources: sourceSchema,
	diagrams: diagramSchema,
} as const;

/** Reads and validates every content file under `root`, collecting all problems instead of stopping at the first. */
export function readContent(root: string, diagnostics: Diagnostic[]): ContentFiles {
	const files = readContentFiles(root, diagnostics);
	const of = (kind: ContentKind) => files.filter((f) => f.kind === kind);
	const keep = <T>(items: (T | undefined)[]): T[] =>
		items.filter((item): item is T => item !== undefined);
	const records = <K extends keyof typeof SCHEMAS>(kind: K) =>
		keep(of(kind).map((f) => readRecord(SCHEMAS[kind], f, diagnostics)));
	return {
		notes: keep(of('notes').map((f) => readNote(f, diagnostics))),
		glossary: records('glossary') as GlossaryFile[],
		paths: records('paths') as PathFile[],
		sources: keep(of('sources').map((f) => readJsonRecord(sourceSchema, f, diagnostics))),
		diagrams: keep(
			of('diagrams').map((f) =>
				tooLarge(f, DIAGRAM_LIMITS.fileBytes, diagnostics)
					? undefined
					: readRecord(diagramSchema, f, diagnostics),
			),
		),
	};
}
