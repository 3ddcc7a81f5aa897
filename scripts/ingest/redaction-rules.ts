import { z } from 'astro/zod';
import { IngestError } from './types.ts';
import { readYamlFile } from './yaml-file.ts';

const hashed = z.string().regex(/^[0-9a-f]{32}$/, 'expected a 32-character hex hash');
const term = z.strictObject({
	hash: hashed,
	words: z.number().int().min(1).max(12),
	cased: z.array(hashed).min(1),
});
const line = z.strictObject({ line: z.number().int().min(1), hash: hashed });

/** The privacy rules of one source, every private string hashed (see hashed-terms.ts). */
const sourceRules = z.strictObject({
	/**
	 * A public source (the talk): its replacements only tidy the speech recognition's garbled
	 * speaker names into "[name]", which are not private, so the privacy scans do not look for them.
	 */
	public: z.boolean().default(false),
	/** Speaker labels in the raw file (initials, first names) and the role each becomes. */
	labels: z.array(z.strictObject({ hash: hashed, role: z.string().min(1) })).default([]),
	/** Names and places, and the role or placeholder each becomes. */
	replace: z.array(term.extend({ role: z.string().min(1) })).default([]),
	/** The line where a private passage starts that runs to the end of the file (hiring assessment, pay). */
	dropFrom: line.optional(),
	/** The line where the publishable part starts; everything before it is private. */
	dropBefore: line.optional(),
	/** Phrases of dropped passages; the privacy tests make sure none reaches the site or the repository. */
	mustNotAppear: z.array(term).default([]),
});

const rulesFile = z.strictObject({
	/** Salt of the HMAC; not a secret, it only makes precomputed tables useless. */
	salt: z.string().min(16),
	sources: z.record(z.string(), sourceRules),
});

export type SourceRules = z.output<typeof sourceRules>;
export type RedactionRules = z.output<typeof rulesFile>;

const HINT = 'pass --redactions <file>, or write it with npm run redactions -- <clear-text rules>';

/** Reads and validates a hashed rules file. */
export function loadRules(file: string): RedactionRules {
	const yaml = readYamlFile(file, HINT);
	const result = rulesFile.safeParse(yaml.value);
	if (!result.success) {
		const issue = result.error.issues[0]!;
		throw new IngestError(
			yaml.at(issue.path),
			`${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`,
			HINT,
		);
	}
	return result.data;
}

/** True when rules hold anything that redacts: a label, a replacement, a dropped passage. */
export const redactsAnything = (rules: SourceRules | undefined): rules is SourceRules =>
	!!rules &&
	(rules.labels.length > 0 ||
		rules.replace.length > 0 ||
		rules.mustNotAppear.length > 0 ||
		!!rules.dropFrom ||
		!!rules.dropBefore);

/** Every hashed term the site must never show: replaced names and phrases of dropped passages. */
export function forbiddenTerms(rules: RedactionRules) {
	return Object.values(rules.sources)
		.filter((s) => !s.public)
		.flatMap((s) => [...s.replace, ...s.mustNotAppear]);
}
