/**
 * Reading progress along a path, kept in this browser only (localStorage): a step counts as read
 * once the reader has reached the end of its note, or ticked it. Opening a note (from search, a
 * link, a bookmark) is not reading it. The path strip at the top of a step shows only to readers
 * who came along the path (its links carry `?path=<id>`, remembered for the tab in
 * sessionStorage) or who have started it (a step read). Without scripts, or without storage,
 * paths are plain links.
 */
interface Step {
	slug: string;
	minutes: number;
	title?: string;
	url?: string;
}

const key = (path: string) => `kb-path:${path}`;
const CONTEXT = 'kb-path-context';
const CHANGED = 'kb-path-change';

export function readSteps(path: string): Set<string> {
	try {
		return new Set(JSON.parse(localStorage.getItem(key(path)) ?? '[]') as string[]);
	} catch {
		return new Set();
	}
}

function save(path: string, read: Set<string>): void {
	try {
		if (read.size) localStorage.setItem(key(path), JSON.stringify([...read]));
		else localStorage.removeItem(key(path));
	} catch {
		// Private browsing may refuse storage; progress is then not kept.
	}
	document.dispatchEvent(new CustomEvent(CHANGED, { detail: path }));
}

/** Marks a step read or not read. */
function mark(path: string, slug: string, isRead: boolean): void {
	const read = readSteps(path);
	if (read.has(slug) === isRead) return;
	if (isRead) read.add(slug);
	else read.delete(slug);
	save(path, read);
}

/**
 * The path the reader is following in this tab: `?path=<id>` on arrival (then dropped from the
 * address, so it is not bookmarked or shared), else what this tab remembered.
 */
function pathContext(): string | null {
	const params = new URLSearchParams(location.search);
	const fromLink = params.get('path');
	try {
		if (fromLink) sessionStorage.setItem(CONTEXT, fromLink);
	} catch {
		// Without session storage the strip shows only on the page the path's link opened.
	}
	if (fromLink) {
		params.delete('path');
		const query = params.toString();
		history.replaceState(
			history.state,
			'',
			`${location.pathname}${query ? `?${query}` : ''}${location.hash}`,
		);
		return fromLink;
	}
	try {
		return sessionStorage.getItem(CONTEXT);
	} catch {
		return null;
	}
}

const summary = (steps: Step[], read: Set<string>) => {
	const done = steps.filter((s) => read.has(s.slug)).length;
	const left = steps.filter((s) => !read.has(s.slug)).reduce((sum, s) => sum + s.minutes, 0);
	return { done, left, next: steps.find((s) => !read.has(s.slug)) };
};

/** Shows a count of read steps as a bar and as text: the same number in both. */
function showCount(root: Element, done: number, total: number, text: string): void {
	const bar = root.querySelector<HTMLProgressElement>('progress[data-bar]');
	if (bar) {
		bar.max = total;
		bar.value = done;
	}
	const out = root.querySelector('[data-progress]');
	if (out) out.textContent = text;
}

/** The strip at the top of a step: shown when the reader follows or has started the path. */
export class PathStep extends HTMLElement {
	private readonly update = (): void => {
		const path = this.dataset.path!;
		const steps = JSON.parse(this.dataset.steps ?? '[]') as Step[];
		const read = readSteps(path);
		const { done } = summary(steps, read);
		const strip = this.closest('nav');
		if (strip && (read.size > 0 || pathContext() === path)) strip.hidden = false;
		showCount(this, done, steps.length, `${done} of ${steps.length} read`);
	};

	connectedCallback(): void {
		this.update();
		document.addEventListener(CHANGED, this.update);
	}

	disconnectedCallback(): void {
		document.removeEventListener(CHANGED, this.update);
	}
}

/**
 * The "read" tick at the end of a step. Reaching it (the end of the note on screen) ticks it;
 * the reader can tick or untick it by hand.
 */
export class PathMark extends HTMLElement {
	private observer?: IntersectionObserver;

	connectedCallback(): void {
		const path = this.dataset.path!;
		const slug = this.dataset.slug!;
		const label = this.querySelector('label');
		const tick = this.querySelector<HTMLInputElement>('[data-tick]');
		if (!label || !tick) return;
		label.hidden = false;
		tick.checked = readSteps(path).has(slug);
		tick.addEventListener('change', () => mark(path, slug, tick.checked));
		this.observer = new IntersectionObserver((entries) => {
			if (!entries.some((e) => e.isIntersecting)) return;
			this.observer?.disconnect();
			tick.checked = true;
			mark(path, slug, true);
		});
		this.observer.observe(this);
	}

	disconnectedCallback(): void {
		this.observer?.disconnect();
	}
}

/**
 * On the path's page and the home page: the count of read steps (bar and text), read steps
 * marked, the next step offered (on the path's page), and a reset.
 */
export class PathProgress extends HTMLElement {
	private readonly render = (): void => {
		const path = this.dataset.path!;
		const steps = JSON.parse(this.dataset.steps ?? '[]') as Step[];
		const read = readSteps(path);
		const { done, left, next } = summary(steps, read);
		for (const item of this.querySelectorAll<HTMLElement>('[data-step]')) {
			const isRead = read.has(item.dataset.step!);
			item.classList.toggle('is-read', isRead);
			const mark = item.querySelector('[data-read-mark]');
			if (mark) mark.textContent = isRead ? 'read' : '';
		}
		const status =
			done === 0
				? ''
				: done === steps.length
					? `All ${steps.length} steps read.`
					: `${done} of ${steps.length} steps read, about ${left} minutes left.`;
		showCount(this, done, steps.length, status);
		const bar = this.querySelector<HTMLElement>('progress[data-bar]');
		if (bar) bar.hidden = done === 0;
		const resume = this.querySelector<HTMLAnchorElement>('[data-continue]');
		if (resume && next?.url) {
			resume.href = `${next.url}?path=${encodeURIComponent(path)}`;
			resume.textContent =
				done === 0
					? (resume.dataset.start ?? resume.textContent)
					: `Continue with step ${steps.indexOf(next) + 1}: ${next.title}`;
		}
		const reset = this.querySelector<HTMLButtonElement>('[data-reset]');
		if (reset) reset.hidden = done === 0;
	};

	connectedCallback(): void {
		this.render();
		document.addEventListener(CHANGED, this.render);
		this.querySelector('[data-reset]')?.addEventListener('click', () => {
			try {
				sessionStorage.removeItem(CONTEXT);
			} catch {
				// Nothing remembered.
			}
			save(this.dataset.path!, new Set());
			// The button hides itself; focus moves to what the reader can do next.
			this.querySelector<HTMLElement>('[data-continue], a')?.focus();
		});
	}

	disconnectedCallback(): void {
		document.removeEventListener(CHANGED, this.render);
	}
}
