import { findHits, type Found, type SearchBackend } from './engine.ts';
import { planQuery } from './query.ts';
import { correctQuery, KNOWN_NAMES } from './spelling.ts';

export interface Outcome extends Found {
	/** The query the hits are for: the reader's, or its spelling correction. */
	query: string;
	/** Set when the reader's query found nothing useful and its correction was searched instead. */
	correctedFrom?: { query: string; missing: string[] };
	/** A spelling that may be meant, offered but not searched ("Did you mean …?"). */
	suggestion?: string;
}

/**
 * Searches the site for what the reader typed. Spelling is a suggestion, not a replacement:
 * only words that no page contains are corrected, never a known tool name, and the correction
 * is searched instead only when the query as typed finds nothing useful (no results, or at
 * least half of its words unknown). Otherwise it is offered as "Did you mean …?".
 */
export async function searchSite(
	query: string,
	backend: SearchBackend,
	vocabulary: () => Promise<Record<string, number>>,
	{ correct = true }: { correct?: boolean } = {},
): Promise<Outcome> {
	const plan = planQuery(query);
	const found = await findHits(plan, backend);
	const outcome: Outcome = { query: plan.text, ...found };
	const unknown = found.missing.filter((w) => !KNOWN_NAMES.has(w));
	if (!correct || unknown.length === 0) return outcome;
	const fixed = correctQuery(plan.text, unknown, await vocabulary());
	if (!fixed) return outcome;
	const useless = found.hits.length === 0 || found.missing.length * 2 >= plan.words.length;
	if (!useless) return { ...outcome, suggestion: fixed };
	const corrected = await findHits(planQuery(fixed), backend);
	if (corrected.hits.length === 0) return outcome;
	return {
		query: fixed,
		...corrected,
		correctedFrom: { query: plan.text, missing: found.missing },
	};
}
