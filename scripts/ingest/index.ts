/**
 * `npm run ingest [folder]`: turns raw seed files into source records in content/sources/.
 * Refuses by default: a source must declare its privacy, a private one needs redaction rules,
 * no record may hold another source's private terms, ids must be content ids, and raw files and
 * records must fit the content size limit (privacy.ts, metadata.ts). All or nothing: every file
 * is read, parsed, redacted and checked before anything is written, and the records replace the
 * old ones as a set (write-records.ts). Output is deterministic: the same input gives the same
 * bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { captionsFormat } from './formats/captions.ts';
import { slidesFormat } from './formats/slides.ts';
import { interviewFormat, speakerLabels } from './formats/interview.ts';
import { notesFormat } from './formats/notes.ts';
import { applyCorrections } from './corrections.ts';
import { termHasher } from './hashed-terms.ts';
import { dropPassages, redactSegments } from './redact.ts';
import { loadRules, type SourceRules } from './redaction-rules.ts';
import { loadSources, type SourceMeta } from './metadata.ts';
import { privateTerms, refuseLeaks, rulesFor } from './privacy.ts';
import { recordPath, recoverSources, writeRecords } from './write-records.ts';
import { readYamlFile, shown } from './yaml-file.ts';
import { IngestError, type SourceFormat } from './types.ts';
import { isoDay } from '../../src/lib/dates.ts';
import { MAX_FILE_BYTES } from '../../src/pipeline/files.ts';
import { readSettings } from '../../src/settings.ts';
import { runCli } from '../lib/cli.ts';

const HERE = path.dirname(new URL(import.meta.url).pathname);
const FORMATS: SourceFormat[] = [captionsFormat, slidesFormat, interviewFormat, notesFormat];
/** Files in a seed folder that describe the folder rather than being sources. */
const IGNORED = new Set(['README.md']);
/**
 * Raw files larger than the content limit are refused before they are read: a record holds its
 * raw file's text (and, for a talk, a cleaned reading too), so a bigger raw file could only give a
 * record over the limit. The largest real one is under 200 KB. Records are held to the same
 * limit when written, so `npm run check` never sees one it would refuse.
 */
export const MAX_RAW_BYTES = MAX_FILE_BYTES;
export type { SourceMeta };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A YAML file's data; anything that is not plain YAML is refused with its line and column. */
export function loadYaml<T>(file: string): T {
	return readYamlFile(file, 'fix the file and run again').value as T;
}

/** Picks the format for a file, or explains why none fits. */
export function detectFormat(file: string, text: string): SourceFormat {
	const format = FORMATS.find((f) => f.detect(text));
	if (!format) {
		throw new IngestError(
			file,
			'not a recognised source format',
			'expected timestamped captions ("00:02:18 [W] text"), slide text ("  1. @author …" … "View Slide"), a speaker-turn interview ("**Interviewer**" lines) or notes with "-----" underlined headings',
		);
	}
	return format;
}

function outdatedOf(
	meta: SourceMeta,
	anchor: string,
): { reason: string; today: string } | undefined {
	const n = /^slide-(\d+)$/.exec(anchor)?.[1];
	if (!n || !meta.outdated) return undefined;
	const slide = Number(n);
	const flag = meta.outdated.find(({ slides: [from, to = from] }) => slide >= from && slide <= to);
	return flag && { reason: flag.reason, today: flag.today };
}

const isoDate = (date: string | Date | undefined) => (date instanceof Date ? isoDay(date) : date);
const NO_RULES: SourceRules = { public: false, labels: [], replace: [], mustNotAppear: [] };

/** Builds the JSON record for one raw file. */
export function ingestFile(
	file: string,
	text: string,
	meta: SourceMeta,
	rules: SourceRules,
	hash: (text: string) => string,
): object {
	const format = detectFormat(file, text);
	const roles = new Map(rules.labels.map((l) => [l.hash, l.role]));
	const roleOf = (label: string) => roles.get(hash(label));
	if (format.name === 'interview') {
		const unknown = speakerLabels(text).filter((label) => !roleOf(label));
		if (unknown.length)
			throw new IngestError(
				file,
				`${unknown.length} speaker label${unknown.length > 1 ? 's' : ''} without a role`,
				`add each label to "labels:" for ${meta.id} in the clear-text rules and run npm run redactions`,
			);
	}
	const kept = dropPassages(text, rules, hash, file);
	const raw = format.parse(kept, {
		roleOf,
		unlabelled: meta.unlabelled,
		trackHeadings: meta.trackHeadings ?? {},
	});
	if (raw.length === 0)
		throw new IngestError(
			file,
			'no segments found',
			'the file is empty or every passage was dropped by the redaction rules',
		);
	const segments = redactSegments(raw, rules, hash).map((s) => {
		const outdated = outdatedOf(meta, s.anchor);
		// A caption track's heading ("Questions and answers") opens its first segment; every
		// transcript segment also gets its topic, so the page is not a list of bare timestamps.
		const heading = [s.heading, meta.topics?.[s.label]].filter(Boolean).join(': ');
		const { reading, fixes } = applyCorrections(s.text, meta.corrections ?? {});
		return {
			anchor: s.anchor,
			label: s.label,
			...(s.speaker ? { speaker: s.speaker } : {}),
			...(heading ? { heading } : {}),
			text: s.text,
			...(reading !== s.text ? { reading, fixes } : {}),
			...(outdated ? { outdated } : {}),
		};
	});
	return {
		title: meta.title,
		kind: meta.kind,
		...(meta.date ? { date: isoDate(meta.date) } : {}),
		...(meta.origin ? { origin: meta.origin } : {}),
		licence: meta.licence,
		attribution: meta.attribution,
		speakers: meta.speakers ?? [],
		description: meta.description.trim(),
		raw: path.basename(file),
		corrections: meta.corrections ?? {},
		format: format.name,
		segments,
	};
}

export interface IngestConfig {
	/** sources.yaml: metadata per raw file name. */
	meta: string;
	/** redactions.yaml: hashed privacy rules per source id. */
	redactions: string;
}

export const DEFAULT_CONFIG: IngestConfig = {
	meta: path.join(HERE, 'sources.yaml'),
	redactions: path.join(HERE, 'redactions.yaml'),
};

/** The raw files of a seed folder, refusing a missing or empty folder. */
function rawFiles(folder: string): string[] {
	if (!fs.existsSync(folder))
		throw new IngestError(
			folder,
			'folder not found',
			'pass the folder that holds the raw files: npm run ingest -- <folder>',
		);
	if (!fs.statSync(folder).isDirectory())
		throw new IngestError(
			folder,
			'not a folder',
			'pass the folder that holds the raw files, not a file',
		);
	const names = fs
		.readdirSync(folder)
		.filter(
			(name) =>
				!IGNORED.has(name) &&
				!name.startsWith('.') &&
				fs.statSync(path.join(folder, name)).isFile(),
		);
	if (names.length === 0)
		throw new IngestError(
			folder,
			'no raw files in this folder',
			'put the transcripts, notes and slide text there, or pass another folder',
		);
	return names.sort().map((name) => path.join(folder, name));
}

/** A raw file's text, refusing what cannot or should not be read. */
function readRaw(file: string): string {
	const { size } = fs.statSync(file);
	if (size > MAX_RAW_BYTES)
		throw new IngestError(
			file,
			`${megabytes(size)} is over the ${MAX_RAW_BYTES / 1024 / 1024} MB limit for a raw file`,
			'its record must fit the same limit for content files: split it, or check that it is the right file',
		);
	try {
		return fs.readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
	} catch (error) {
		throw new IngestError(
			file,
			`cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
			'check the file permissions',
		);
	}
}

/** Ingests every source file in `folder`; returns the records to write, keyed by output path. */
export function ingestFolder(
	folder: string,
	outDir: string,
	config: IngestConfig = DEFAULT_CONFIG,
): Map<string, string> {
	const sources = loadSources(config.meta);
	const rules = loadRules(config.redactions);
	const hash = termHasher(rules.salt);
	const terms = privateTerms(rules);
	const out = new Map<string, string>();
	for (const file of rawFiles(folder)) {
		const text = readRaw(file);
		detectFormat(file, text);
		const entry = sources.get(path.basename(file));
		if (!entry)
			throw new IngestError(
				file,
				'no metadata for this file',
				`add an entry "${path.basename(file)}:" with id, privacy, title, kind, licence and attribution to ${shown(config.meta)}`,
			);
		const { meta } = entry;
		const record = ingestFile(file, text, meta, rulesFor(file, entry, rules) ?? NO_RULES, hash);
		const json = `${JSON.stringify(record, null, '\t')}\n`;
		const bytes = Buffer.byteLength(json);
		if (bytes > MAX_FILE_BYTES)
			throw new IngestError(
				file,
				`its record ${meta.id}.json would be ${megabytes(bytes)}, over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit for content`,
				'split the raw file into parts, each with an entry and id of its own',
			);
		refuseLeaks(file, text, record, entry, terms, rules.salt);
		out.set(recordPath(outDir, meta.id), json);
	}
	return out;
}

function main(): number {
	const { values, positionals } = parseArgs({
		allowPositionals: true,
		options: { meta: { type: 'string' }, redactions: { type: 'string' } },
	});
	const folder = path.resolve(positionals[0] ?? path.join('..', 'shared', 'seeds'));
	const outDir = path.join(readSettings().contentDir, 'sources');
	const config = {
		meta: values.meta ?? DEFAULT_CONFIG.meta,
		redactions: values.redactions ?? DEFAULT_CONFIG.redactions,
	};
	// A run that was killed is completed or rolled back first, whatever this one then does.
	const repaired = recoverSources(outDir);
	if (repaired) console.log(`ingest: ${repaired}`);
	const records = ingestFolder(folder, outDir, config);
	writeRecords(records, outDir);
	for (const [file, json] of records) {
		const { segments, format } = JSON.parse(json) as { segments: unknown[]; format: string };
		console.log(`${path.relative(process.cwd(), file)}  ${format}, ${segments.length} segments`);
	}
	return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(HERE, 'index.ts'))
	runCli('ingest', main, [IngestError]);
