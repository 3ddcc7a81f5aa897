import { z } from 'astro/zod';
import { alias, pillar, sourceRef } from './common.ts';

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
	/** Other real names of exactly this thing, shown as "Also called". @example `[PDB, disruption budget]` */
	aliases: z.array(alias).default([]),
	/** Names it had before, shown as "Formerly". @example `[master node]` */
	formerly: z.array(alias).default([]),
	/**
	 * Names of parts, values, siblings or features that are not the thing itself, shown as
	 * "Related" (each linked to its own term where one exists). They link this term in notes,
	 * except a name that is another term's own name (term, alias, former name): that is a
	 * cross-reference, and links only its own term. @example `[Burstable, BestEffort]`
	 */
	relatedNames: z.array(alias).default([]),
	/**
	 * Spellings people type that are not real names (misspellings, garbled captions): search finds
	 * the term by them, pages never show them. @example `[kubernative, kubernates]`
	 */
	searchOnly: z.array(alias).default([]),
	/** The note that explains the term (slug, optionally with `#heading`). */
	note: z
		.string()
		.regex(/^[a-z0-9-]+(#[a-z0-9-]+)?$/, 'expected a note slug, optionally with #heading'),
	/**
	 * Link the term and its aliases only as written, never the everyday word: for Kubernetes and
	 * Istio kinds (`Service`, `Deployment`, `Gateway`), which are capitalised or in code.
	 */
	caseSensitive: z.boolean().default(false),
	/** Phrases in which the term means something else and is not linked. @example `[managed service, service desk]` */
	avoid: z.array(z.string().trim().min(3)).default([]),
	/**
	 * Link the term only in notes of these pillars: for a name that means different things in
	 * different pillars (the Kubernetes control plane, Istio's control plane). Empty: everywhere.
	 */
	pillars: z.array(pillar).default([]),
	/** Where a source supports the definition. @example `[{ src: talk-managed-platform, at: "00:21:14" }]` */
	sources: z.array(sourceRef).default([]),
});

export type GlossaryData = z.output<typeof glossarySchema>;
