import { z } from 'astro/zod';
import { isoDate } from './common.ts';

/** One citable place in a source: a stretch of transcript, an interview turn or a slide. */
export const segmentSchema = z.object({
	/** Stable anchor used in URLs and citations. @example `t-00-20-19`, `slide-202`, `turn-12` */
	anchor: z.string().regex(/^[a-z0-9-]+$/),
	/** How the position reads to people. @example `00:20:19`, `Slide 202`, `Turn 12` */
	label: z.string(),
	/** Role of whoever speaks, for transcripts and interviews. @example `Interviewer` */
	speaker: z.string().optional(),
	/** Slide title or notes heading. */
	heading: z.string().optional(),
	/** Cleaned text, paragraphs separated by blank lines. */
	text: z.string(),
	/** Why this part is out of date, when it is. */
	outdated: z.string().optional(),
});

/** A source record in `content/sources/*.json`, written by `npm run ingest`. */
export const sourceSchema = z.object({
	title: z.string(),
	kind: z.enum(['talk', 'interview', 'notes', 'slides']),
	/** When the talk was given or the deck published; unknown for the private material. */
	date: isoDate.optional(),
	/** Public URL of the original, when there is one. */
	origin: z.url().optional(),
	licence: z.string(),
	attribution: z.string(),
	/** Roles, never private names. */
	speakers: z.array(z.string()).default([]),
	description: z.string(),
	/** The raw file the record was ingested from, and the format it was read as. */
	raw: z.string(),
	format: z.enum(['captions', 'slides', 'interview', 'notes']),
	/** Transcription errors fixed in the cleaned text, shown on the source page. */
	corrections: z.record(z.string(), z.string()).default({}),
	segments: z.array(segmentSchema).min(1),
});

export type SourceData = z.output<typeof sourceSchema>;
export type Segment = z.output<typeof segmentSchema>;
