import { z } from 'astro/zod';
import { isoDay } from '../lib/dates.ts';
import { isWebUrl } from '../lib/url-schemes.ts';

/** The pillars a note belongs to; each has a hub note and a page at `/pillars/<pillar>/`. */
export const PILLARS = [
	'lcm',
	'cicd',
	'bluegreen',
	'istio',
	'kubernetes',
	'operations',
	'platform',
] as const;
export type Pillar = (typeof PILLARS)[number];

/** Human names for pillars, used in headings, cards and search results. */
export const PILLAR_LABELS: Record<Pillar, string> = {
	lcm: 'Lifecycle management',
	cicd: 'CI/CD fan-out',
	bluegreen: 'Blue-green node pools',
	istio: 'Istio security',
	kubernetes: 'Kubernetes foundations',
	operations: 'Operations',
	platform: 'Platform overview',
};

/** @example `pillar: istio` */
export const pillar = z.enum(PILLARS, {
	error: (issue) => `expected one of ${PILLARS.join(', ')}, got ${JSON.stringify(issue.input)}`,
});

/**
 * A calendar date written `YYYY-MM-DD`. YAML parsers disagree on whether that is a Date or a
 * string, so both are accepted, and impossible dates such as 2026-02-30 are rejected rather
 * than rolled over.
 * @example `reviewed: 2026-11-21`
 */
export const isoDate = z.union([z.date(), z.string()]).transform((value, ctx) => {
	const text = value instanceof Date ? isoDay(value) : value;
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	const date = new Date(`${text}T00:00:00Z`);
	if (!match || Number.isNaN(date.getTime()) || isoDay(date) !== text) {
		ctx.addIssue({
			code: 'custom',
			message: `expected a date as YYYY-MM-DD, got ${JSON.stringify(text)}`,
		});
		return z.NEVER;
	}
	return date;
});

/**
 * An address on the web: `https://` or `http://` with a host, nothing else. Every URL field of
 * every schema uses this (or a stricter rule), so no `javascript:`, `data:`, `vbscript:`, `file:`
 * or protocol-relative `//host` value can reach a page's `href`.
 * @example `origin: https://www.youtube.com/watch?v=…`
 */
export const webUrl = z.string().refine(isWebUrl, {
	error: (issue) =>
		`expected an https:// or http:// address, got ${JSON.stringify(String(issue.input).slice(0, 60))} (javascript:, data:, vbscript:, file: and //host are refused)`,
});

/** A note slug: lower-case words joined by hyphens, the file name without `.mdx`. @example `pod-disruption-budgets` */
export const slugRef = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a note slug such as "pod-disruption-budgets"');

/** Another name people search for or link by. @example `PDB` */
export const alias = z.string().trim().min(2, 'an alias needs at least two characters');

/** A place in a source, as a `<Cite>` names it. @example `{ src: deck-docker-k8s-istio, at: slide 104 }` */
export const sourceRef = z.strictObject({
	src: z.string().regex(/^[a-z0-9-]+$/, 'expected a source id such as "talk-managed-platform"'),
	at: z.string().trim().min(1),
	quote: z.string().trim().min(3).optional(),
});

/**
 * A version-sensitive fact a note states, with the date it was last checked against upstream
 * documentation; `npm run report:stale` lists those due for another look.
 * @example `{ claim: "Ambient mode is GA", asOf: 2026-11-30, source: "https://istio.io/latest/docs/ambient/" }`
 */
export const checkFact = z.strictObject({
	claim: z.string().trim().min(10, 'say what the fact is in a short sentence'),
	asOf: isoDate,
	source: z.url({
		protocol: /^https$/,
		error: 'expected the https URL of the upstream documentation that states it',
	}),
});

/**
 * The last fact-check of a note by someone who did not write it: who or what checked, how many
 * claims (each cited sentence against its segment, each `checkFacts` entry against upstream),
 * how many problems were found (all resolved in the reviewed text), and a digest of the text
 * that was read, so `npm run report:stale` can tell when the note changed after its review.
 * Written by `npm run review`.
 * @example `{ by: "fact-check agent", citations: 14, facts: 3, findings: 2, digest: 3f2a9c1b7e04 }`
 */
export const reviewRecord = z.strictObject({
	by: z.string().trim().min(3, 'say who or what checked the note'),
	citations: z.number().int().min(0),
	facts: z.number().int().min(0),
	findings: z.number().int().min(0),
	digest: z
		.string()
		.regex(/^[0-9a-f]{12}$/, 'expected the 12-character digest that npm run review writes'),
});
