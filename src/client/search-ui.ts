import { pickAnswer, type Answer } from '../search/answer.ts';
import type { SearchBackend } from '../search/engine.ts';
import {
	NOTES_ONLY,
	type Filters,
	type Hit,
	type Pagefind,
	type ResultData,
} from '../search/pagefind-api.ts';
import { searchSite, type Outcome } from '../search/site-search.ts';
import type { SiteIndex, SiteIndexOwner } from './site-index.ts';

const TYPE_LABELS: Record<string, string> = {
	note: 'Note',
	glossary: 'Glossary',
	source: 'Source',
	path: 'Reading path',
};
/** Results shown at first and per "More results": each one costs a fragment download. */
const PAGE_SIZE = 5;

/** The search index, from the page's search dialog, which opens it once for every panel on the page. */
async function siteIndex(): Promise<SiteIndex> {
	await customElements.whenDefined('search-dialog');
	return document.querySelector<HTMLElement & SiteIndexOwner>('search-dialog')!.siteIndex();
}

let vocabulary: Promise<Record<string, number>> | undefined;
/** The site's word list for spelling suggestions, fetched only when a query has a word no page contains. */
function loadVocabulary(base: string): Promise<Record<string, number>> {
	vocabulary ??= fetch(`${base.replace(/\/+$/, '')}/search-vocabulary.json`).then((r) =>
		r.ok ? r.json() : {},
	);
	return vocabulary;
}

function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	className?: string,
	text?: string,
): HTMLElementTagNameMap[K] {
	const el = document.createElement(tag);
	if (className) el.className = className;
	if (text !== undefined) el.textContent = text;
	return el;
}

function link(href: string, text: string, className?: string): HTMLAnchorElement {
	const a = element('a', className, text);
	a.href = href;
	return a;
}

/** Decodes HTML entities without interpreting markup (a textarea's content is plain text). */
function decodeEntities(html: string): string {
	const area = document.createElement('textarea');
	area.innerHTML = html;
	return area.value;
}

/** Pagefind excerpts are escaped text with `<mark>` around hits; keep only those marks. */
function excerptNode(excerpt: string): HTMLElement {
	const p = element('p', 'result-excerpt');
	excerpt.split(/<mark>|<\/mark>/).forEach((part, i) => {
		const text = decodeEntities(part);
		p.append(i % 2 === 1 ? element('mark', undefined, text) : document.createTextNode(text));
	});
	return p;
}

/** "a", "a or b", "a, b or c" */
const orList = (words: readonly string[]) =>
	words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;

/**
 * A search form with live results: an answer card when the query names a term or note, then
 * results five at a time, filters, keyboard navigation (Enter opens the first result) and a
 * status line that says what was searched and which words no page contains.
 */
export class SearchPanel extends HTMLElement {
	private input!: HTMLInputElement;
	private results!: HTMLOListElement;
	private status!: HTMLElement;
	private more!: HTMLButtonElement;
	private base = '/';
	/** The hits of the query on screen, and how many of them are shown. */
	private hits: Hit[] = [];
	private shown = 0;
	private answered: string | undefined;
	private sequence = 0;
	private running: Promise<void> | undefined;
	private rerun = false;

	connectedCallback(): void {
		this.input = this.querySelector('input[type="search"]')!;
		this.results = this.querySelector('[data-results]')!;
		this.status = this.querySelector('[data-status]')!;
		this.more = this.querySelector('[data-more]')!;
		this.base = this.dataset.base ?? '/';
		const form = this.querySelector('form')!;
		siteIndex().catch(() => {});

		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.trigger();
		});
		form.addEventListener('input', () => this.trigger());
		// Selects change the search; the field's own change event (on blur) changes nothing new.
		form.addEventListener('change', (event) => {
			if (event.target !== this.input) void this.trigger();
		});
		this.input.addEventListener('keydown', (event) => {
			if (event.key !== 'Enter') return;
			event.preventDefault();
			void this.openFirst();
		});
		this.addEventListener('keydown', (event) => this.onArrow(event));
		this.more.addEventListener('click', () => void this.showMore());

		if (this.dataset.fromUrl) {
			const params = new URLSearchParams(location.search);
			this.input.value = params.get('q') ?? '';
			let filtered = false;
			for (const name of ['type', 'pillar', 'tag', 'sort']) {
				const select = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
				if (select) select.value = params.get(name) ?? '';
				filtered ||= Boolean(select?.value);
			}
			// Filters are folded until asked for, but a link that sets one shows it is in force.
			const box = form.querySelector('details');
			if (box && filtered) box.open = true;
			this.input.focus();
		}
		if (this.input.value) this.trigger();
	}

	/**
	 * Searches at once on every change, without a fixed delay: while one search runs, later
	 * changes are folded into a single follow-up search for the latest text.
	 */
	private trigger(exact?: string): Promise<void> {
		this.dataset.state = 'pending';
		if (this.running && exact === undefined) {
			this.rerun = true;
			return this.running;
		}
		this.running = this.run(exact).finally(() => {
			this.running = undefined;
			if (this.rerun) {
				this.rerun = false;
				void this.trigger();
			}
		});
		return this.running;
	}

	/** Enter in the field: open the first result of what is typed, searching first if needed. */
	private async openFirst(): Promise<void> {
		if (this.dataset.query !== this.input.value.trim() || this.dataset.state !== 'done')
			await this.trigger();
		while (this.running) await this.running;
		const first = this.results.querySelector<HTMLAnchorElement>('a.result-title');
		if (first) location.assign(first.href);
	}

	/** The filter values the reader chose, by select name. */
	private chosen(): Record<string, string> {
		const chosen: Record<string, string> = {};
		for (const select of this.querySelectorAll<HTMLSelectElement>('select:not([data-sort])'))
			if (select.value) chosen[select.name] = select.value;
		return chosen;
	}

	/** The chosen values as Pagefind filters ("Notes" is every page of no other type). */
	private filters(): Filters {
		const filters: Filters = this.chosen();
		if (filters.type === 'note') filters.type = NOTES_ONLY;
		return filters;
	}

	private byDate(): boolean {
		return this.querySelector<HTMLSelectElement>('select[data-sort]')?.value === 'updated';
	}

	/** Searches the field's text; `exact` searches that text without spelling correction. */
	private async run(exact?: string): Promise<void> {
		const query = exact ?? this.input.value.trim();
		const filters = this.filters();
		const mine = ++this.sequence;
		if (this.dataset.fromUrl) this.syncUrl(query);
		if (!query) {
			this.hits = [];
			this.results.replaceChildren();
			this.status.textContent = '';
			this.more.hidden = true;
			this.done(query);
			return;
		}
		let index: SiteIndex;
		try {
			index = await siteIndex();
		} catch {
			if (mine === this.sequence) this.noIndex(query);
			return;
		}
		const { api } = index;
		const backend: SearchBackend = {
			search: async (term) => (await api.search(term, { filters }))?.results ?? [],
			has: (word) => index.has(word),
			typeOf: (hit) => index.typeOf(hit),
		};
		const outcome = await searchSite(query, backend, () => loadVocabulary(this.base), {
			correct: exact === undefined,
		});
		const hits = this.byDate() ? await newestFirst(api, outcome.hits, filters) : outcome.hits;
		// Each result's text is a separate download: all of the first page start at once, and
		// each is shown as soon as it and those above it have arrived.
		const loads = hits.slice(0, PAGE_SIZE).map((h) => h.data());
		// A filtered or date-sorted search asks for a list, not an answer. The answer is the top
		// result or the best glossary entry, when the query is its name.
		const listOnly = this.byDate() || Object.keys(filters).length > 0;
		const term = listOnly ? undefined : hits.find((h) => index.typeOf(h) === 'glossary');
		const [first, definition] = await Promise.all([loads[0], term?.data()]);
		if (mine !== this.sequence) return;
		this.hits = hits;
		this.shown = loads.length;
		this.answered = undefined;
		this.renderStatus(query, outcome);
		this.results.replaceChildren();
		this.more.hidden = true;
		const answerFrom = (results: (ResultData | undefined)[]) => {
			const answer = pickAnswer(
				outcome.query,
				results.filter((r) => r !== undefined),
			);
			if (!answer) return;
			this.answered = answer.href;
			// A late answer may point to a note already listed: the card replaces it.
			for (const item of this.results.querySelectorAll<HTMLLIElement>(':scope > li[data-url]'))
				if (item.dataset.url === answer.href) item.remove();
			this.results.prepend(this.answerItem(answer));
			this.dataset.firstResultFor = query;
		};
		if (!listOnly) answerFrom([first, definition]);
		for (const load of loads) {
			const result = await load;
			if (mine !== this.sequence) return;
			// A page the query names further down becomes the answer card at the top.
			if (!listOnly && !this.answered) answerFrom([result]);
			if (!this.isAnswer(result)) this.results.append(this.resultItem(result));
			this.dataset.firstResultFor = query;
		}
		this.updateMore();
		this.done(query);
	}

	/**
	 * The index could not be loaded: in `npm run dev` before any build (the dev server serves
	 * the last build's index), or a deploy without `pagefind/`. Say so and how to fix it,
	 * instead of waiting forever.
	 */
	private noIndex(query: string): void {
		this.hits = [];
		this.results.replaceChildren();
		this.more.hidden = true;
		const code = (text: string) => element('code', undefined, text);
		this.status.replaceChildren(
			'Search needs the index that a build writes, and there is none here. Run ',
			code('npm run build'),
			' once: the dev server then searches that build’s index (rebuild to include later edits), and ',
			code('npm run preview'),
			' serves the built site with search.',
		);
		this.dataset.noIndex = 'true';
		this.done(query);
	}

	/** Lets tests and the benchmark know this query's results are all on screen (`firstResultFor`: its first result is). */
	private done(query: string): void {
		this.dataset.query = query;
		this.dataset.state = 'done';
	}

	/** True for the result the answer card already shows (the term, or the note it points to). */
	private isAnswer(result: ResultData): boolean {
		const shown = this.answered;
		return shown !== undefined && (result.url === shown || result.meta.note_url === shown);
	}

	private async showMore(): Promise<void> {
		const next = await Promise.all(
			this.hits.slice(this.shown, this.shown + PAGE_SIZE).map((h) => h.data()),
		);
		this.shown += next.length;
		const items = next.filter((r) => !this.isAnswer(r)).map((r) => this.resultItem(r));
		this.results.append(...items);
		items[0]?.querySelector('a')?.focus();
		this.updateMore();
	}

	private updateMore(): void {
		const left = this.hits.length - this.shown;
		this.more.hidden = left <= 0;
		this.more.textContent = `More results (${left} more)`;
	}

	private syncUrl(query: string): void {
		const params = new URLSearchParams();
		if (query) params.set('q', query);
		for (const [name, value] of Object.entries(this.chosen())) params.set(name, value);
		if (this.byDate()) params.set('sort', 'updated');
		const search = params.toString();
		history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}`);
	}

	/** What was searched, how many results, which words no page has, and spelling help. */
	private renderStatus(query: string, outcome: Outcome): void {
		const total = outcome.hits.length;
		const parts: (string | Node)[] = [];
		const quoted = (text: string) => `“${text}”`;
		if (outcome.correctedFrom) {
			const { query: typed, missing } = outcome.correctedFrom;
			parts.push(
				`No page mentions ${orList(missing)}. Showing ${total} result${total === 1 ? '' : 's'} for ${quoted(outcome.query)}. Search instead for `,
				this.queryButton(typed, true),
				'.',
			);
		} else {
			parts.push(
				total === 0
					? `No results for ${quoted(query)}.`
					: `${total} result${total === 1 ? '' : 's'} for ${quoted(query)}${outcome.partial ? ', matching some of its words' : ''}.`,
			);
			if (outcome.missing.length) parts.push(` No page mentions ${orList(outcome.missing)}.`);
			if (outcome.onlyInSources.length)
				parts.push(` No note mentions ${orList(outcome.onlyInSources)}; only the raw sources do.`);
			if (outcome.suggestion)
				parts.push(' Did you mean ', this.queryButton(outcome.suggestion, false), '?');
		}
		this.status.replaceChildren(...parts);
	}

	/** A button in the status line that searches `text`: as typed, or as a suggested spelling. */
	private queryButton(text: string, exact: boolean): HTMLButtonElement {
		const button = element('button', 'link-button', text);
		button.type = 'button';
		button.addEventListener('click', () => {
			this.input.value = text;
			void this.trigger(exact ? text : undefined);
			this.input.focus();
		});
		return button;
	}

	private answerItem(answer: Answer): HTMLLIElement {
		const li = element('li', 'result-answer');
		const meta = element('div', 'result-meta');
		meta.append(element('span', 'badge', answer.glossaryHref ? 'Definition' : 'In short'));
		const term = element('p', 'answer-term');
		term.append(element('dfn', undefined, answer.title));
		const more = element('p', 'answer-links');
		more.append('Read more: ', link(answer.href, answer.linkText, 'result-title'));
		if (answer.glossaryHref) more.append(' · ', link(answer.glossaryHref, 'glossary entry'));
		li.append(meta, term, element('p', 'answer-text', answer.text), more);
		return li;
	}

	private resultItem(result: ResultData): HTMLLIElement {
		const li = element('li');
		li.dataset.url = result.url;
		const meta = element('div', 'result-meta');
		meta.append(element('span', 'badge', TYPE_LABELS[result.meta.type ?? ''] ?? 'Page'));
		if (result.meta.pillar_label) meta.append(element('span', undefined, result.meta.pillar_label));
		li.append(link(result.url, result.meta.title ?? result.url, 'result-title'), meta);
		li.append(excerptNode(result.excerpt));
		const subs = result.sub_results
			.filter((s) => s.url !== result.url && !s.url.endsWith(result.url))
			.slice(0, 2);
		if (subs.length) {
			const list = element('ul', 'result-subs');
			list.setAttribute('aria-label', `Sections of ${result.meta.title ?? 'this page'}`);
			for (const sub of subs) {
				const item = element('li');
				item.append(link(sub.url, sub.title));
				list.append(item);
			}
			li.append(list);
		}
		return li;
	}

	/** Arrow keys move between the field and the result links. */
	private onArrow(event: KeyboardEvent): void {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const links = [...this.results.querySelectorAll<HTMLAnchorElement>('a')];
		if (links.length === 0) return;
		const index = links.indexOf(document.activeElement as HTMLAnchorElement);
		event.preventDefault();
		if (event.key === 'ArrowDown') (links[index + 1] ?? links[0])!.focus();
		else if (index <= 0) this.input.focus();
		else links[index - 1]!.focus();
	}
}

/**
 * The hits in order of last update, newest first; pages without a date keep their order at the
 * end. Dates are a filter (see SearchMeta), so each date's pages are one filter search.
 */
async function newestFirst(api: Pagefind, hits: Hit[], filters: Filters): Promise<Hit[]> {
	const dates = Object.keys((await api.filters()).updated ?? {})
		.sort()
		.reverse();
	const position = new Map<string, number>();
	for (const updated of dates) {
		const dated = (await api.search(null, { filters: { ...filters, updated } }))?.results ?? [];
		for (const hit of dated) if (!position.has(hit.id)) position.set(hit.id, position.size);
	}
	const at = (h: Hit) => position.get(h.id) ?? Number.MAX_SAFE_INTEGER;
	return hits
		.map((hit, index) => ({ hit, index }))
		.sort((a, b) => at(a.hit) - at(b.hit) || a.index - b.index)
		.map((e) => e.hit);
}

if (!customElements.get('search-panel')) customElements.define('search-panel', SearchPanel);
