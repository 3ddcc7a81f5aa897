/**
 * `npm run ingest [folder]`: turns raw seed files into source records in content/sources/.
 * Everything is parsed and checked before anything is written, so a bad file leaves the
 * existing records untouched. Output is deterministic: the same input gives the same bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { captionsFormat } from './formats/captions.ts';
import { slidesFormat } from './formats/slides.ts';
import { interviewFormat, speakerLabels } from './formats/interview.ts';
import { notesFormat } from './formats/notes.ts';
import { applyCorrections } from './corrections.ts';
import { dropPassages, redactSegments, type Redaction } from './redact.ts';
import { IngestError, type SourceFormat } from './types.ts';
import { isoDay } from '../../src/lib/dates.ts';
import { readSettings } from '../../src/settings.ts';

const HERE = path.dirname(new URL(import.meta.url).pathname);
const FORMATS: SourceFormat[] = [captionsFormat, slidesFormat, interviewFormat, notesFormat];
/** Files in a seed folder that describe the folder rather than being sources. */
const IGNORED = new Set(['README.md']);

interface OutdatedRange {
	slides: [number] | [number, number];
	reason: string;
}
export interface SourceMeta {
	id: string;
	title: string;
	kind: string;
	date?: string | Date;
	origin?: string;
	licence: string;
	attribution: string;
	description: string;
	speakers?: string[];
	labels?: Record<string, string>;
	unlabelled?: string;
	corrections?: Record<string, string>;
	trackHeadings?: Record<string, string>;
	outdated?: OutdatedRange[];
}

export function loadYaml<T>(file: string): T {
	return parseYaml(fs.readFileSync(file, 'utf8')) as T;
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

function isOutdated(meta: SourceMeta, anchor: string): string | undefined {
	const n = /^slide-(\d+)$/.exec(anchor)?.[1];
	if (!n || !meta.outdated) return undefined;
	const slide = Number(n);
	return meta.outdated.find(({ slides: [from, to = from] }) => slide >= from && slide <= to)
		?.reason;
}

const isoDate = (date: string | Date | undefined) => (date instanceof Date ? isoDay(date) : date);

/** Builds the JSON record for one raw file. */
export function ingestFile(file: string, text: string, meta: SourceMeta, rules: Redaction): object {
	const format = detectFormat(file, text);
	if (format.name === 'interview') {
		const unknown = speakerLabels(text).filter((label) => !meta.labels?.[label]);
		if (unknown.length)
			throw new IngestError(
				file,
				`unknown speaker label${unknown.length > 1 ? 's' : ''} ${unknown.map((l) => `"${l}"`).join(', ')}`,
				`map each label to a role under "labels:" for ${path.basename(file)} in scripts/ingest/sources.yaml`,
			);
	}
	const kept = dropPassages(text, rules);
	const raw = format.parse(kept, {
		labels: meta.labels ?? {},
		unlabelled: meta.unlabelled,
		trackHeadings: meta.trackHeadings ?? {},
	});
	if (raw.length === 0)
		throw new IngestError(
			file,
			'no segments found',
			'the file is empty or every passage was dropped by redactions.yaml',
		);
	const segments = redactSegments(raw, rules).map((s) => {
		const outdated = isOutdated(meta, s.anchor);
		return {
			anchor: s.anchor,
			label: s.label,
			...(s.speaker ? { speaker: s.speaker } : {}),
			...(s.heading ? { heading: applyCorrections(s.heading, meta.corrections ?? {}) } : {}),
			text: applyCorrections(s.text, meta.corrections ?? {}),
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
	/** redactions.yaml: privacy rules per source id. */
	redactions: string;
}

export const DEFAULT_CONFIG: IngestConfig = {
	meta: path.join(HERE, 'sources.yaml'),
	redactions: path.join(HERE, 'redactions.yaml'),
};

/** Ingests every source file in `folder`; returns the records to write, keyed by output path. */
export function ingestFolder(
	folder: string,
	outDir: string,
	config: IngestConfig = DEFAULT_CONFIG,
): Map<string, string> {
	const metadata = loadYaml<Record<string, SourceMeta>>(config.meta);
	const redactions = loadYaml<Record<string, Redaction>>(config.redactions) ?? {};
	if (!fs.existsSync(folder))
		throw new IngestError(
			folder,
			'folder not found',
			'pass the folder that holds the raw files: npm run ingest -- <folder>',
		);
	const files = fs
		.readdirSync(folder)
		.filter((name) => !IGNORED.has(name) && fs.statSync(path.join(folder, name)).isFile())
		.sort();
	const out = new Map<string, string>();
	for (const name of files) {
		const file = path.join(folder, name);
		const text = fs.readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
		detectFormat(file, text);
		const meta = metadata[name];
		if (!meta)
			throw new IngestError(
				file,
				'no metadata for this file',
				`add an entry "${name}:" with id, title, kind, licence and attribution to scripts/ingest/sources.yaml`,
			);
		const record = ingestFile(file, text, meta, redactions[meta.id] ?? {});
		out.set(path.join(outDir, `${meta.id}.json`), `${JSON.stringify(record, null, '\t')}\n`);
	}
	return out;
}

function main(): void {
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
	try {
		const records = ingestFolder(folder, outDir, config);
		fs.mkdirSync(outDir, { recursive: true });
		for (const [file, json] of records) {
			// Write then rename, so a reader never sees half a file.
			fs.writeFileSync(`${file}.tmp`, json);
			fs.renameSync(`${file}.tmp`, file);
			const { segments, format } = JSON.parse(json) as { segments: unknown[]; format: string };
			console.log(`${path.relative(process.cwd(), file)}  ${format}, ${segments.length} segments`);
		}
	} catch (error) {
		if (error instanceof IngestError) {
			console.error(`ingest: ${error.message}\nNothing was written.`);
			process.exit(1);
		}
		throw error;
	}
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(HERE, 'index.ts')) main();
