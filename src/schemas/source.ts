import { z } from 'astro/zod';
import { isoDate, webUrl } from './common.ts';

/** One citable place in a source: a stretch of transcript, an interview turn or a slide. */
export const segmentSchema = z.strictObject({
	/** Stable anchor used in URLs and citations. @example `t-00-20-19`, `slide-202`, `turn-12` */
	anchor: z.string().regex(/^[a-z0-9-]+$/),
	/** How the position reads to people. @example `00:20:19`, `Slide 202`, `Turn 12` */
	label: z.string(),
	/** Role of whoever speaks, for transcripts and interviews. @example `Interviewer` */
	speaker: z.string().optional(),
	/** Slide title, notes heading, or the topic of a stretch of talk. */
	heading: z.string().optional(),
	/** The text as recorded (for a talk, the speech recognition's), paragraphs separated by blank lines. */
	text: z.string(),
	/** The cleaned reading, when it differs from the text: known mis-hearings corrected. */
	reading: z.string().optional(),
	/** Each correction in `reading`: where it is and what the recording said instead. */
	fixes: z
		.array(
			z.strictObject({
				start: z.number().int().min(0),
				end: z.number().int().min(0),
				was: z.string().min(1),
			}),
		)
		.optional(),
	/** What on this part is out of date, and what replaced it. */
	outdated: z
		.strictObject({
			reason: z.string().trim().min(10, 'say what is out of date'),
			today: z.string().trim().min(10, 'say what replaced it'),
		})
		.optional(),
});

/** A source record in `content/sources/*.json`, written by `npm run ingest`. */
export const sourceSchema = z.strictObject({
	title: z.string(),
	kind: z.enum(['talk', 'interview', 'notes', 'slides']),
	/** When the talk was given or the deck published; unknown for the private material. */
	date: isoDate.optional(),
	/** Public URL of the original, when there is one. */
	origin: webUrl.optional(),
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

/** What a reader is shown of a segment: the cleaned reading where there is one, else the text. */
export const readingOf = (segment: Pick<Segment, 'text' | 'reading'>): string =>
	segment.reading ?? segment.text;
