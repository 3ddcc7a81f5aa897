import fs from 'node:fs';

/** A query of the blind sets (tests/search/blind/), written from the raw sources alone. */
export interface BlindQuery {
	id: string;
	q: string;
	question: string;
	answer: string;
	intent: string;
	persona: string;
	from: string;
}

/** How well a page answers a query's question, graded by someone who never saw the ranking. */
export type Grade = 'answers' | 'partly' | 'no';
/** Grades by query id, then by result path. */
export type Judgments = Record<string, Record<string, Grade>>;

export const JUDGMENTS = 'tests/search/blind/judgments.json';
/**
 * Grades of new (query, page) pairs of the dev half by the developer tuning search: kept apart
 * from the independent grades and counted only with KB_SEARCH_DEV_GRADES=1.
 */
export const DEV_GRADES = 'tests/search/blind/judgments-dev-developer.json';

export const readJudgments = (): Judgments =>
	fs.existsSync(JUDGMENTS) ? (JSON.parse(fs.readFileSync(JUDGMENTS, 'utf8')) as Judgments) : {};

/** hit@1, hit@3 and MRR of ranked result lists against the grades: a hit is a page graded "answers". */
export function score(
	queries: readonly BlindQuery[],
	results: ReadonlyMap<string, readonly string[]>,
	judgments: Judgments,
): { hitAt1: number; hitAt3: number; mrr: number; ungraded: number } {
	let at1 = 0;
	let at3 = 0;
	let rr = 0;
	let ungraded = 0;
	for (const { id } of queries) {
		const list = results.get(id) ?? [];
		const grades = judgments[id] ?? {};
		ungraded += list.slice(0, 5).filter((url) => !grades[url]).length;
		const rank = list.findIndex((url) => grades[url] === 'answers') + 1;
		if (rank === 1) at1++;
		if (rank >= 1 && rank <= 3) at3++;
		if (rank >= 1) rr += 1 / rank;
	}
	const n = queries.length || 1;
	return { hitAt1: at1 / n, hitAt3: at3 / n, mrr: rr / n, ungraded };
}
