import { z } from 'astro/zod';
import { alias } from './common.ts';

/** A glossary term in `content/glossary/*.yaml`. */
export const glossarySchema = z.strictObject({
	/** The term as people write it. @example `PodDisruptionBudget` */
	term: z.string().trim().min(2),
	/** One or two sentences. */
	definition: z
		.string()
		.trim()
		.min(20, 'a definition is one or two full sentences')
		.max(400, 'keep a definition to one or two sentences (400 characters)'),
	/** Abbreviations, expansions, misspellings. @example `[PDB, disruption budget]` */
	aliases: z.array(alias).default([]),
	/** The note that explains the term (slug, optionally with `#heading`). */
	note: z
		.string()
		.regex(/^[a-z0-9-]+(#[a-z0-9-]+)?$/, 'expected a note slug, optionally with #heading'),
});

export type GlossaryData = z.output<typeof glossarySchema>;
