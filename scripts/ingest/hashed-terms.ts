import { createHmac } from 'node:crypto';

/**
 * Private terms (names, places, phrases of dropped passages) are kept only as salted hashes:
 * HMAC-SHA256 over the term's words, lower-cased and joined by single spaces. To find a term in a
 * text, the text's own word sequences are hashed the same way and looked up. Nothing here, nor in
 * the rules file, holds a private term in clear text.
 */

/** A word of a text with its place: a run of letters and digits. */
export interface Word {
	/** Lower-cased, for matching in any case. */
	word: string;
	/** As written, for the case-sensitive privacy scans. */
	cased: string;
	start: number;
	end: number;
}

/** Words of `text` as terms are compared: runs of letters and digits, NFKC. */
export function wordsOf(text: string): Word[] {
	return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => {
		const cased = m[0].normalize('NFKC');
		return { word: cased.toLowerCase(), cased, start: m.index, end: m.index + m[0].length };
	});
}

/** The key a term is hashed by: its words joined by single spaces ("Jane  Roe" and "jane roe" agree). */
export const termKey = (text: string) =>
	wordsOf(text)
		.map((w) => w.word)
		.join(' ');

/** How many words a term has, as `findTerms` counts them. */
export const wordCount = (text: string) => wordsOf(text).length;

/** A term as a rules file stores it: its hash and how many words it has. */
export interface HashedTerm {
	hash: string;
	words: number;
	/**
	 * Hashes of the term as written and with each word capitalised, case kept. The privacy scans
	 * look for these, so an everyday phrase that shares a name's words in lower case ("went over
	 * the top") does not count as the name.
	 */
	cased?: string[];
}

const hmac = (salt: string, key: string) =>
	createHmac('sha256', salt).update(key).digest('hex').slice(0, 32);

/** Hashes terms with one salt, in any case. */
export function termHasher(salt: string): (text: string) => string {
	return (text) => hmac(salt, termKey(text));
}

/** Hashes a term with its case kept. */
export function casedHasher(salt: string): (text: string) => string {
	return (text) =>
		hmac(
			salt,
			wordsOf(text)
				.map((w) => w.cased)
				.join(' '),
		);
}

/** The `cased` hashes of a term: as written, and each word capitalised. */
export function casedHashes(salt: string, term: string): string[] {
	const hash = casedHasher(salt);
	const capitalised = term.replace(/\p{L}+/gu, (w) => w[0]!.toUpperCase() + w.slice(1));
	return [...new Set([hash(term), hash(capitalised)])];
}

/** Words may be joined by white space or one punctuation mark ("Jane Roe", "mail.example.com", "O'Neil"). */
const JOINER = /^(?:\s+|[.'’@_-])$/u;

/** A place in a text where a hashed term occurs. */
export interface Occurrence<T extends HashedTerm> {
	start: number;
	end: number;
	term: T;
}

/**
 * Every occurrence of the hashed `terms` in `text`, longest first and never overlapping, on whole
 * words only (as a case-insensitive whole-word search for the clear term would find them).
 */
export function findTerms<T extends HashedTerm>(
	text: string,
	terms: readonly T[],
	hash: (text: string) => string,
): Occurrence<T>[] {
	if (terms.length === 0) return [];
	const byHash = new Map(terms.map((t) => [t.hash, t]));
	const lengths = [...new Set(terms.map((t) => t.words))].sort((a, b) => b - a);
	const words = wordsOf(text);
	const found: Occurrence<T>[] = [];
	for (let i = 0; i < words.length;) {
		let hit: Occurrence<T> | undefined;
		for (const n of lengths) {
			const last = words[i + n - 1];
			if (!last) continue;
			const run = words.slice(i, i + n);
			if (run.some((w, k) => k > 0 && !JOINER.test(text.slice(run[k - 1]!.end, w.start)))) continue;
			const term = byHash.get(hash(run.map((w) => w.word).join(' ')));
			if (term) {
				hit = { start: words[i]!.start, end: last.end, term };
				break;
			}
		}
		if (hit) {
			found.push(hit);
			i += hit.term.words;
		} else i++;
	}
	return found;
}

/**
 * Which of the hashed `terms` occur anywhere in `texts`, as written or capitalised (the privacy
 * scans of a built site or the repository). Each distinct word sequence is hashed once, however
 * often it repeats. `salt` is the rules file's.
 */
export function termsIn<T extends HashedTerm>(
	texts: Iterable<string>,
	terms: readonly T[],
	salt: string,
): Set<T> {
	const hash = casedHasher(salt);
	const byHash = new Map(terms.flatMap((t) => (t.cased ?? []).map((h) => [h, t] as const)));
	const lengths = [...new Set(terms.map((t) => t.words))];
	const longest = Math.max(0, ...lengths);
	const keys = new Set<string>();
	for (const text of texts) {
		const words = wordsOf(text);
		for (let i = 0; i < words.length; i++) {
			let key = words[i]!.cased;
			for (let n = 1; n <= longest && i + n <= words.length; n++) {
				if (n > 1) {
					if (!JOINER.test(text.slice(words[i + n - 2]!.end, words[i + n - 1]!.start))) break;
					key += ` ${words[i + n - 1]!.cased}`;
				}
				if (lengths.includes(n)) keys.add(key);
			}
		}
	}
	const found = new Set<T>();
	for (const key of keys) {
		const term = byHash.get(hash(key));
		if (term) found.add(term);
	}
	return found;
}

/**
 * Every place in `text` where one of the hashed `terms` occurs as a private term would be
 * written: as written or capitalised (the privacy scans' rule), or with any other capital letter
 * (all capitals, say). A term in lower case that is not written so is taken for everyday words
 * ("went over the top"), as the privacy scans take it. Overlapping occurrences are all found.
 * `hashes` caches the hashes of word sequences across calls.
 */
export function privateTermsIn<T extends HashedTerm>(
	text: string,
	terms: readonly T[],
	salt: string,
	hashes: Map<string, string> = new Map(),
): Occurrence<T>[] {
	if (terms.length === 0) return [];
	const byHash = new Map(terms.map((t) => [t.hash, t]));
	const lengths = [...new Set(terms.map((t) => t.words))];
	const longest = Math.max(...lengths);
	const cached = (key: string) => {
		let hash = hashes.get(key);
		if (hash === undefined) hashes.set(key, (hash = hmac(salt, key)));
		return hash;
	};
	const words = wordsOf(text);
	const found: Occurrence<T>[] = [];
	for (let i = 0; i < words.length; i++) {
		let key = words[i]!.word;
		let cased = words[i]!.cased;
		for (let n = 1; n <= longest && i + n <= words.length; n++) {
			if (n > 1) {
				if (!JOINER.test(text.slice(words[i + n - 2]!.end, words[i + n - 1]!.start))) break;
				key += ` ${words[i + n - 1]!.word}`;
				cased += ` ${words[i + n - 1]!.cased}`;
			}
			if (!lengths.includes(n)) continue;
			const term = byHash.get(cached(key));
			if (!term) continue;
			if (/\p{Lu}/u.test(cased) || (term.cased ?? []).includes(cached(cased)))
				found.push({ start: words[i]!.start, end: words[i + n - 1]!.end, term });
		}
	}
	return found;
}
