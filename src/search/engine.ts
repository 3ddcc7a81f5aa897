import { fuse, type WeightedList } from './fuse.ts';
import type { Hit } from './pagefind-api.ts';
import type { QueryPlan } from './query.ts';
import { ENOUGH, MAX_WORDS, START_PATH_FACTOR, TYPE_FACTOR, WEIGHT } from './tuning.ts';

/** Where a word occurs: in the explained pages (notes, glossary, paths) and in the raw sources. */
export interface WordPresence {
	pages: boolean;
	sources: boolean;
}

/**
 * What the engine needs of Pagefind: a search within the reader's filters, whether the site
 * has a word as such, and each hit's page type, known before its text is loaded.
 */
export interface SearchBackend {
	search(term: string): Promise<Hit[]>;
	has(word: string): Promise<WordPresence>;
	typeOf(hit: Hit): string | undefined;
}

export interface Found {
	/** Best first: explained pages, then raw sources. */
	hits: Hit[];
	/** Words of the query that no page contains. */
	missing: string[];
	/** Words that only the raw sources contain: no note, glossary entry or path explains them. */
	onlyInSources: string[];
	/** True when no page matched every word together and the ranking comes from partial matches. */
	partial: boolean;
}

const key = (hit: Hit) => hit.id;
const join = (words: readonly string[]) => words.join(' ');

/**
 * Finds what a query asks for. Pagefind matches a page only when it contains every word, so a
 * question, a comparison or a word the site does not use would find nothing. When the query's
 * meaningful words together find too little, or the query compares two things, they are also
 * searched alone, in pairs and side by side, and the lists are fused by rank: a page that
 * matches more of the words, or both sides of a comparison, comes first, and a word no page
 * contains is left out instead of emptying the results. Explained pages come before raw
 * sources, which cite rather than explain.
 */
export async function findHits(plan: QueryPlan, backend: SearchBackend): Promise<Found> {
	const isSource = (hit: Hit) => backend.typeOf(hit) === 'source';
	const factor = (hit: Hit) => {
		const type = backend.typeOf(hit) ?? '';
		return (TYPE_FACTOR[type] ?? 1) * (plan.start && type === 'path' ? START_PATH_FACTOR : 1);
	};
	/** One search, split into explained pages and raw sources. */
	const split = async (term: string) => {
		const hits = await backend.search(term);
		return { pages: hits.filter((h) => !isSource(h)), sources: hits.filter(isSource) };
	};
	// Pagefind stretches a word it does not know to a shorter one it does ("argocd" finds "Argo"),
	// so whether the site has each word is asked separately.
	const candidates = plan.words.slice(0, MAX_WORDS);
	const [whole, presence] = await Promise.all([
		split(join(plan.words)),
		Promise.all(candidates.map((w) => backend.has(w))),
	]);
	const words = candidates.filter((_, i) => presence[i]!.pages);
	const missing = candidates.filter((_, i) => !presence[i]!.pages && !presence[i]!.sources);
	const onlyInSources = candidates.filter((_, i) => !presence[i]!.pages && presence[i]!.sources);
	const leftOut = words.length < candidates.length;
	const found = (hits: Hit[], partial: boolean): Found => ({
		hits,
		missing,
		onlyInSources,
		partial,
	});
	if (whole.pages.length >= ENOUGH && !plan.sides && !leftOut) {
		const ranked = whole.pages
			.map((hit, index) => ({ hit, index, value: hit.score * factor(hit) }))
			.sort((a, b) => b.value - a.value || a.index - b.index);
		return found([...ranked.map((r) => r.hit), ...whole.sources], false);
	}
	// With a word left out, the whole query's lists hold Pagefind's stretched matches.
	const sourceWords = candidates.filter((_, i) => presence[i]!.sources);
	const sources = !leftOut
		? whole.sources
		: sourceWords.length
			? (await split(join(sourceWords))).sources
			: [];
	if (words.length === 0) return found(sources, true);

	const sides = (plan.sides ?? []).map((side) => side.filter((w) => words.includes(w)));
	const searches = [
		...(leftOut && words.length > 1 ? [{ term: join(words), weight: WEIGHT.all }] : []),
		...sides.filter((s) => s.length > 1).map((s) => ({ term: join(s), weight: WEIGHT.side })),
		...(words.length > 2
			? words.slice(1).map((w, i) => ({ term: `${words[i]} ${w}`, weight: WEIGHT.pair }))
			: []),
	];
	// A one-word side of a comparison counts as a side as well as a word.
	const oneWordSides = new Set(sides.filter((s) => s.length === 1).map((s) => s[0]));
	const [single, more] = await Promise.all([
		Promise.all(words.map(async (w) => (await split(w)).pages)),
		Promise.all(searches.map(async (s) => (await split(s.term)).pages)),
	]);
	const lists: WeightedList<Hit>[] = [
		...(leftOut ? [] : [{ items: whole.pages, weight: WEIGHT.all }]),
		...more.map((items, i) => ({ items, weight: searches[i]!.weight })),
		...single.map((items, i) => ({
			items,
			weight: oneWordSides.has(words[i]) ? WEIGHT.side : WEIGHT.word,
		})),
	];
	// Coverage: the share of the query's known words that a page contains.
	const contains = single.map((items) => new Set(items.map(key)));
	const coverage = (hit: Hit) => contains.filter((ids) => ids.has(hit.id)).length / words.length;
	const ranked = fuse(lists, key)
		.map(({ item, score }) => ({ item, value: score * (0.25 + coverage(item)) * factor(item) }))
		.sort((a, b) => b.value - a.value)
		.map((r) => r.item);
	return found([...ranked, ...sources], whole.pages.length === 0 || leftOut);
}
