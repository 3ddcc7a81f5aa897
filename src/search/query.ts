/**
 * What a typed query asks for: the words that carry meaning, and for comparisons ("X vs Y",
 * "difference between X and Y") the two sides. Questions and comparisons are full of words no
 * page needs to contain ("how", "vs", "difference"); search matches on the rest.
 */
export interface QueryPlan {
	/** The query as typed, trimmed. */
	text: string;
	/** Words that carry meaning, lower-cased, in order, without repeats. */
	words: string[];
	/** The two things compared, each as words, when the query is a comparison. */
	sides?: [string[], string[]];
	/** Set when the reader asks where to start: a reading path answers that better than any one note. */
	start?: true;
}

/**
 * "where do I begin", "new to kubernetes", "getting started", "first on-call shift", "what should
 * I read", "istio security overview" (an overview at the end or "overview of": "version overview
 * tool" names a tool).
 */
const START =
	/\b(?:where (?:do|should|can) (?:i|we) (?:start|begin)|where to (?:start|begin)|get(?:ting)? started|start(?:ing)? here|new (?:to|here|starter|joiner|hire)|newcomers?|beginners?|first (?:day|week|shift|steps?)|from scratch|(?:what|which pages?) (?:should|do) i read|reading (?:order|list|path)|learning path|overview of|overview$|introduction to|intro to)\b/i;
/** The same, for taking every such phrase out of a query. */
const START_PHRASES = new RegExp(START, 'gi');

/** Words too common to help a full-text search: articles, pronouns, question words, auxiliaries. */
const STOP_WORDS = new Set(
	(
		'a an the and or but if of on in at to for from by with into onto about as is are was were be been being ' +
		'do does did done can could should would will shall may might must have has had ' +
		'i me my we us our you your it its they them their this that these those there here ' +
		'what when where which who whom whose why how ' +
		'any some all each every much many more most other such than then so not no ' +
		'use using used get gets work works happen happens happened ' +
		'explain explained mean means meaning tell show ' +
		// the joints of a comparison
		'vs versus compared compare comparison comparing difference differences between against instead'
	).split(' '),
);

/** Words that join the two sides of a comparison. */
const COMPARISON_SEPARATORS = /\s+(?:vs\.?|versus|or|against|compared (?:to|with)|instead of)\s+/i;
/** "difference(s) between X and Y", "X and Y differences" */
const DIFFERENCE = /\b(?:differences?|compare|comparison|comparing)\b(?:\s+between)?/i;

/** A search token: a run of letters and digits with inner hyphens, dots or slashes ("blue-green", "v1.29", "ci/cd"). */
export const TOKEN = /[\p{L}\p{N}]+(?:[-./][\p{L}\p{N}]+)*/gu;

/** Splits text into lower-cased search tokens. */
export function tokens(text: string): string[] {
	return text.toLowerCase().match(TOKEN) ?? [];
}

/** Content words of a text: its tokens without stop words, deduplicated. */
function contentWords(text: string): string[] {
	return [...new Set(tokens(text).filter((t) => !STOP_WORDS.has(t)))];
}

/** Reads a query: its meaningful words and, for a comparison, its two sides. */
export function planQuery(query: string): QueryPlan {
	const text = query.trim().replace(/\s+/g, ' ');
	const start = START.test(text);
	// "where to begin" is how the question is asked, not what it is about, like "vs" in a comparison.
	const topic = start ? contentWords(text.replace(START_PHRASES, ' ')) : [];
	const words = topic.length ? topic : contentWords(text);
	const plan: QueryPlan = { text, words: words.length ? words : [...new Set(tokens(text))] };
	const sides = comparisonSides(text);
	if (sides) plan.sides = sides;
	if (start) plan.start = true;
	return plan;
}

/** The two compared things of "X vs Y", "X or Y", "X compared to Y", "difference between X and Y". */
function comparisonSides(text: string): [string[], string[]] | undefined {
	let parts = text.split(COMPARISON_SEPARATORS);
	if (parts.length !== 2 && DIFFERENCE.test(text))
		parts = text.replace(DIFFERENCE, ' ').split(/\s+and\s+/i);
	if (parts.length !== 2) return undefined;
	const [left, right] = parts.map(contentWords) as [string[], string[]];
	return left.length && right.length ? [left, right] : undefined;
}
