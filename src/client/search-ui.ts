/** The parts of Pagefind's browser API this UI uses (it ships as a plain script in /pagefind/). */
interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string>;
	sub_results: { title: string; url: string; excerpt: string }[];
}
interface Pagefind {
	options(options: object): Promise<void>;
	init(): Promise<void>;
	search(
		query: string,
		options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
	): Promise<{ results: { score: number; data(): Promise<PagefindResultData> }[] } | null>;
}

import { correctQuery, withoutStopWords } from '../lib/spelling.ts';
import { rerank } from '../lib/rerank.ts';
import { siteUrls } from '../lib/urls.ts';

const TYPE_LABELS: Record<string, string> = {
	note: 'Note',
	glossary: 'Glossary',
	source: 'Source',
};
const PAGE_SIZE = 10;
/** How many of Pagefind's hits are loaded and re-ranked; the rest keep Pagefind's order. */
const RERANK_DEPTH = 12;

let vocabulary: Promise<Record<string, number>> | undefined;
/** The site's word list for "did you mean", fetched the first time a search finds little. */
function loadVocabulary(base: string): Promise<Record<string, number>> {
	vocabulary ??= fetch(siteUrls(base).page('search-vocabulary.json')).then((r) =>
		r.ok ? r.json() : {},
	);
	return vocabulary;
}

let pagefind: Promise<Pagefind> | undefined;
/** Loads Pagefind once per page, on first use. */
function loadPagefind(base: string): Promise<Pagefind> {
	pagefind ??= (async () => {
		const api = (await import(
			/* @vite-ignore */ siteUrls(base).page('pagefind/pagefind.js')
		)) as Pagefind;
		await api.options({ ranking: { termFrequency: 0.8, pageLength: 0.6, termSaturation: 1.2 } });
		await api.init();
		return api;
	})();
	return pagefind;
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

/** A search form with live results, filters, keyboard navigation and a result-count announcement. */
export class SearchPanel extends HTMLElement {
	private input!: HTMLInputElement;
	private results!: HTMLOListElement;
	private status!: HTMLElement;
	private sequence = 0;
	private timer: number | undefined;

	connectedCallback(): void {
		this.input = this.querySelector('input[type="search"]')!;
		this.results = this.querySelector('[data-results]')!;
		this.status = this.querySelector('[data-status]')!;
		const form = this.querySelector('form')!;
		const base = this.dataset.base ?? '/';
		void loadPagefind(base);

		form.addEventListener('submit', (event) => {
			event.preventDefault();
			void this.run();
		});
		form.addEventListener('input', () => this.schedule());
		form.addEventListener('change', () => this.schedule());
		this.addEventListener('keydown', (event) => this.onKey(event));

		if (this.dataset.fromUrl) {
			const params = new URLSearchParams(location.search);
			this.input.value = params.get('q') ?? '';
			for (const name of ['type', 'pillar', 'tag', 'sort']) {
				const select = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
				if (select) select.value = params.get(name) ?? '';
			}
			if (this.input.value) void this.run();
			this.input.focus();
		} else if (this.input.value) {
			void this.run();
		}
	}

	private schedule(): void {
		this.dataset.state = 'pending';
		window.clearTimeout(this.timer);
		this.timer = window.setTimeout(() => void this.run(), 60);
	}

	private filters(): Record<string, string> {
		const filters: Record<string, string> = {};
		for (const select of this.querySelectorAll<HTMLSelectElement>('select:not([data-sort])'))
			if (select.value) filters[select.name] = select.value;
		return filters;
	}

	/** '' for relevance, 'updated' for newest first. */
	private sortOrder(): string {
		return this.querySelector<HTMLSelectElement>('select[data-sort]')?.value ?? '';
	}

	/** Searches the field's text; `exact` skips spelling correction ("search instead for …"). */
	private async run(exact?: string): Promise<void> {
		const query = exact ?? this.input.value.trim();
		const filters = this.filters();
		const mine = ++this.sequence;
		if (this.dataset.fromUrl) this.syncUrl(query, filters);
		if (!query) {
			this.results.replaceChildren();
			this.status.textContent = '';
			return;
		}
		const base = this.dataset.base ?? '/';
		const [api, vocabulary] = await Promise.all([loadPagefind(base), loadVocabulary(base)]);
		const byDate = this.sortOrder() === 'updated';
		const search = async (q: string) =>
			(await api.search(q, { filters, ...(byDate ? { sort: { updated: 'desc' as const } } : {}) }))
				?.results ?? [];
		// Questions ("why gocd", "how do we drain a node") often contain words no page has.
		let shown = query;
		let results = await search(query);
		if (results.length === 0 && withoutStopWords(query) !== query)
			results = await search(withoutStopWords(query));
		// A word the site never uses is most likely a typo: search the site's own spelling instead.
		const suggestion =
			exact === undefined ? correctQuery(withoutStopWords(query), vocabulary) : undefined;
		if (suggestion) {
			const corrected = await search(suggestion);
			if (corrected.length > 0) {
				results = corrected;
				shown = suggestion;
			}
		}
		if (mine !== this.sequence) return;
		const loaded = await Promise.all(
			results.slice(0, RERANK_DEPTH).map(async (r) => ({ score: r.score, ...(await r.data()) })),
		);
		if (mine !== this.sequence) return;
		const page = (byDate ? loaded : rerank(shown, loaded)).slice(0, PAGE_SIZE);
		this.render(query, shown, results.length, page);
	}

	private syncUrl(query: string, filters: Record<string, string>): void {
		const params = new URLSearchParams();
		if (query) params.set('q', query);
		for (const [name, value] of Object.entries(filters)) params.set(name, value);
		const sort = this.sortOrder();
		if (sort) params.set('sort', sort);
		const search = params.toString();
		history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}`);
	}

	private render(query: string, shown: string, total: number, page: PagefindResultData[]): void {
		const count = `${total} result${total === 1 ? '' : 's'}`;
		const more = total > page.length ? `, showing the first ${page.length}` : '';
		this.status.replaceChildren();
		if (shown !== query) {
			const original = element('button', 'link-button', query);
			original.type = 'button';
			original.addEventListener('click', () => void this.run(query));
			this.status.append(`${count} for “${shown}”${more}. Search instead for `, original, '.');
		} else
			this.status.append(
				total === 0 ? `No results for “${query}”.` : `${count} for “${query}”${more}.`,
			);
		this.results.replaceChildren(...page.map((result) => this.resultItem(result)));
		// Lets tests and the benchmark know this query's results are on screen.
		this.dataset.query = query;
		this.dataset.state = 'done';
	}

	private resultItem(result: PagefindResultData): HTMLLIElement {
		const li = element('li');
		const link = element('a', 'result-title', result.meta.title ?? result.url);
		link.href = result.url;
		const meta = element('div', 'result-meta');
		meta.append(element('span', 'badge', TYPE_LABELS[result.meta.type ?? ''] ?? 'Page'));
		if (result.meta.pillar_label) meta.append(element('span', undefined, result.meta.pillar_label));
		li.append(link, meta, excerptNode(result.excerpt));
		const subs = result.sub_results
			.filter((s) => s.url !== result.url && !s.url.endsWith(result.url))
			.slice(0, 3);
		if (subs.length) {
			const list = element('ul', 'result-subs');
			for (const sub of subs) {
				const item = element('li');
				const a = element('a', undefined, sub.title);
				a.href = sub.url;
				item.append(a);
				list.append(item);
			}
			li.append(list);
		}
		return li;
	}

	/** Arrow keys move between the field and the result links; Enter follows the focused link. */
	private onKey(event: KeyboardEvent): void {
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

if (!customElements.get('search-panel')) customElements.define('search-panel', SearchPanel);
