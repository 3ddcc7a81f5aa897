/**
 * sources.yaml: the metadata of each raw file, keyed by file name. Every entry is checked before
 * anything is ingested: its fields, its privacy (`public` or `private`, never left out) and its
 * id, which becomes the record's file name in content/sources/ and a URL, so it must be a
 * content id (lower-case words joined by hyphens) and belong to one source only.
 */
import { z } from 'astro/zod';
import { contentId, isContentId } from '../../src/lib/slug.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { IngestError } from './types.ts';
import { readYamlFile } from './yaml-file.ts';

const text = z.string();
const slideNumber = z.number().int().min(1);
const metaSchema = z.strictObject({
	id: text,
	/** `public`: anyone may read the raw text. `private`: published only through redaction rules. */
	privacy: z.enum(['public', 'private'], { error: 'expected "public" or "private"' }),
	title: text,
	kind: sourceSchema.shape.kind,
	date: z.union([text, z.date()]).optional(),
	origin: text.optional(),
	licence: text,
	attribution: text,
	description: text,
	speakers: z.array(text).optional(),
	unlabelled: text.optional(),
	corrections: z.record(text, text).optional(),
	trackHeadings: z.record(text, text).optional(),
	/** A short topic heading per segment label, for transcripts whose segments are bare timestamps. */
	topics: z.record(text, text).optional(),
	outdated: z
		.array(
			z.strictObject({
				slides: z.union([z.tuple([slideNumber]), z.tuple([slideNumber, slideNumber])]),
				reason: text,
				today: text,
			}),
		)
		.optional(),
});

export type SourceMeta = z.output<typeof metaSchema>;

/** One source as sources.yaml describes it. */
export interface SourceEntry {
	/** The raw file's name. */
	file: string;
	meta: SourceMeta;
	/** `sources.yaml:line:col` of the entry, for messages. */
	where: string;
}

const HINT =
	'each entry is "<raw file name>:" with id, privacy, title, kind, licence, attribution and description (CONTRIBUTING.md, "Add or re-ingest a source")';

/** Reads and checks sources.yaml; the entries by raw file name. */
export function loadSources(file: string): Map<string, SourceEntry> {
	const yaml = readYamlFile(file, HINT);
	const value = yaml.value;
	if (!value || typeof value !== 'object' || Array.isArray(value))
		throw new IngestError(yaml.at([]), 'expected a map of raw file names to source metadata', HINT);
	const entries = new Map<string, SourceEntry>();
	const byId = new Map<string, string>();
	for (const [name, raw] of Object.entries(value as Record<string, unknown>)) {
		const where = yaml.at([name], true);
		if (raw && typeof raw === 'object' && !Array.isArray(raw) && !('privacy' in raw))
			throw new IngestError(
				where,
				`${name} declares no privacy`,
				'add "privacy: private" if it may only be published through redaction rules, or "privacy: public" if anyone may read it',
			);
		const result = metaSchema.safeParse(raw);
		if (!result.success) {
			const issue = result.error.issues[0]!;
			const keys =
				issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
			throw new IngestError(
				yaml.at([name, ...keys], issue.code === 'unrecognized_keys'),
				`${name}: ${keys.length ? `${keys.join('.')}: ` : ''}${issue.message}`,
				HINT,
			);
		}
		// The data as written, not as parsed, so the records keep the file's order of keys.
		const meta = raw as SourceMeta;
		if (!isContentId(meta.id))
			throw new IngestError(
				yaml.at([name, 'id']),
				`id ${JSON.stringify(meta.id)} of ${name} is not a content id`,
				`an id is lower-case words joined by hyphens: it becomes the record's file name in content/sources/ and its URL${contentId(meta.id) ? `, e.g. "${contentId(meta.id)}"` : ''}`,
			);
		const other = byId.get(meta.id);
		if (other)
			throw new IngestError(
				yaml.at([name, 'id']),
				`id "${meta.id}" of ${name} is also the id of ${other}`,
				'each source needs an id of its own: its record would replace the other one',
			);
		byId.set(meta.id, name);
		entries.set(name, { file: name, meta, where });
	}
	return entries;
}
