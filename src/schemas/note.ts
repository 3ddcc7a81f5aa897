import { z } from 'astro/zod';
import { alias, checkFact, isoDate, pillar, reviewRecord, slugRef } from './common.ts';

/** Frontmatter of a note in `content/notes/**\/*.mdx`. */
export const noteSchema = z.strictObject({
	/** Shown as the page heading and matched by wiki-links. @example `Pod disruption budgets` */
	title: z.string().trim().min(3, 'a title needs at least three characters'),
	/** One sentence for cards, search results and link previews. */
	summary: z
		.string()
		.trim()
		.min(20, 'a summary is one full sentence (20-240 characters)')
		.max(240, 'a summary is one sentence of at most 240 characters'),
	pillar,
	/** Free-form topic tags, lower case. @example `[upgrades, availability]` */
	tags: z
		.array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'tags are lower-case words joined by hyphens'))
		.default([]),
	/** Other names for the concept, shown as "Also called": abbreviations, synonyms. */
	aliases: z.array(alias).default([]),
	/**
	 * Spellings people type that are not real names (misspellings, garbled captions): search finds
	 * the note by them, pages never show them. @example `[kubernative, pod disruption range]`
	 */
	searchOnly: z.array(alias).default([]),
	/** Slugs of notes worth reading next. */
	related: z.array(slugRef).default([]),
	/** Slugs of notes to read first. */
	prerequisites: z.array(slugRef).default([]),
	/** Team or role that keeps the note true. @example `platform-team` */
	owner: z.string().trim().min(2).default('platform-team'),
	/** Date of the last content review. */
	reviewed: isoDate,
	/** Who or what checked which claims at that review (written by `npm run review`). */
	review: reviewRecord.optional(),
	/** Months between reviews; defaults per pillar when omitted. */
	reviewEvery: z.number().int().min(1).max(36).optional(),
	status: z.enum(['draft', 'published', 'outdated']).default('published'),
	difficulty: z.enum(['intro', 'core', 'deep']).default('core'),
	/** False for a note of general knowledge only; sourced notes must cite at least once. */
	sourced: z.boolean().default(true),
	/** Old slugs of this note: each gets a redirect page, and links by an old slug still resolve. */
	redirectFrom: z.array(slugRef).default([]),
	/** The pillar's hub: tells the story end to end and links every note of the pillar. */
	hub: z.boolean().default(false),
	/** Version-sensitive facts the note states ("facts that age"), each with when it was last checked. */
	checkFacts: z.array(checkFact).default([]),
});

export type NoteData = z.output<typeof noteSchema>;
