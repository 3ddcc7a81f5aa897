import type { ResultData } from './pagefind-api.ts';
import { planQuery } from './query.ts';

/** A name as compared with a query: case, hyphens and spacing do not matter ("Blue-green" = "blue green"). */
export const nameKey = (text: string) =>
	text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\s\-_/]+/g, ' ')
		.trim();

/** The names a result answers to: its title and the aliases in its search metadata. */
export function namesOf(meta: Record<string, string>): string[] {
	return [meta.title ?? '', ...(meta.aliases ?? '').split('|')].filter(Boolean).map(nameKey);
}

/** What the answer card shows: a definition or summary, and where to read more. */
export interface Answer {
	result: ResultData;
	title: string;
	text: string;
	/** The page that explains it: the note a glossary term points to, else the result itself. */
	href: string;
	linkText: string;
	/** The glossary entry, when the answer is a term. */
	glossaryHref?: string;
}

/** Glossary terms define, so they answer first; then notes, then paths. */
const ORDER = ['glossary', 'note', 'path'];

/** "what is X", "what does X mean", "define X", "X meaning": a question that asks what a name means. */
const WHAT_IS =
	/^(?:what(?:'s|\s+is|\s+are|\s+does|\s+do)?|define|definition of|meaning of)\s+(?:an?\s+|the\s+)?(.+?)(?:\s+(?:mean|means|stand for|stands for))?\s*\??$/i;
const MEANING = /^(.+?)\s+(?:meaning|definition)\s*\??$/i;

/**
 * The names a query may be: as typed, the name a definition question asks about, and for a
 * comparison ("docker compared to kubernetes", "difference between hpa and vpa") the page that
 * compares the two, named "X vs Y" either way round. Only these: "why X" wants a reason, not
 * X's definition.
 */
function namesIn(query: string): string[] {
	const text = query.trim();
	const asked = WHAT_IS.exec(text)?.[1] ?? MEANING.exec(text)?.[1];
	const sides = planQuery(text).sides?.map((side) => side.join(' '));
	return [
		nameKey(query),
		...(asked ? [nameKey(asked)] : []),
		...(sides ? [`${sides[0]} vs ${sides[1]}`, `${sides[1]} vs ${sides[0]}`] : []),
	];
}

/**
 * The result a query names, by title or alias, turned into an answer: a glossary definition or
 * a note's summary that a reader can take in without opening a page. Undefined when the query
 * names nothing among the results.
 */
export function pickAnswer(query: string, results: readonly ResultData[]): Answer | undefined {
	const wanted = namesIn(query);
	const named = results
		.filter(
			(r) =>
				r.meta.summary &&
				ORDER.includes(r.meta.type ?? '') &&
				namesOf(r.meta).some((name) => wanted.includes(name)),
		)
		.sort((a, b) => ORDER.indexOf(a.meta.type!) - ORDER.indexOf(b.meta.type!))[0];
	if (!named) return undefined;
	const meta = named.meta;
	if (meta.type === 'glossary' && meta.note_url)
		return {
			result: named,
			title: meta.term ?? meta.title!,
			text: meta.summary!,
			href: meta.note_url,
			linkText: meta.note_title ?? 'Read the note',
			glossaryHref: named.url,
		};
	return {
		result: named,
		title: meta.title!,
		text: meta.summary!,
		href: named.url,
		linkText: meta.title!,
	};
}
