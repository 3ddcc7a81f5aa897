/**
 * Reading progress along a path, kept in this browser only (localStorage): a step counts as read
 * once its page has been opened. Without scripts, or without storage, paths are plain links.
 */
interface Step {
	slug: string;
	minutes: number;
	title?: string;
	url?: string;
}

const key = (path: string) => `kb-path:${path}`;

export function readSteps(path: string): Set<string> {
	try {
		return new Set(JSON.parse(localStorage.getItem(key(path)) ?? '[]') as string[]);
	} catch {
		return new Set();
	}
}

function save(path: string, read: Set<string>): void {
	try {
		localStorage.setItem(key(path), JSON.stringify([...read]));
	} catch {
		// Private browsing may refuse storage; progress is then not kept.
	}
}

const summary = (steps: Step[], read: Set<string>) => {
	const done = steps.filter((s) => read.has(s.slug));
	const left = steps.filter((s) => !read.has(s.slug)).reduce((sum, s) => sum + s.minutes, 0);
	return { done: done.length, left, next: steps.find((s) => !read.has(s.slug)) };
};

/** On a step's page: records the visit and says how far along the path the reader is. */
export class PathStep extends HTMLElement {
	connectedCallback(): void {
		const path = this.dataset.path!;
		const steps = JSON.parse(this.dataset.steps ?? '[]') as Step[];
		const read = readSteps(path);
		read.add(this.dataset.slug!);
		save(path, read);
		const { done, left } = summary(steps, read);
		const out = this.querySelector('[data-progress]');
		if (out) out.textContent = `${done} of ${steps.length} read, about ${left} min left`;
	}
}

/** On the path's page and the home page: marks read steps, offers the next one, and a reset. */
export class PathProgress extends HTMLElement {
	connectedCallback(): void {
		this.render();
		this.querySelector('[data-reset]')?.addEventListener('click', () => {
			save(this.dataset.path!, new Set());
			this.render();
		});
	}

	private render(): void {
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
		const status = this.querySelector('[data-status]');
		if (status)
			status.textContent =
				done === 0
					? ''
					: done === steps.length
						? `All ${steps.length} steps read.`
						: `${done} of ${steps.length} steps read, about ${left} minutes left.`;
		const resume = this.querySelector<HTMLAnchorElement>('[data-continue]');
		if (resume && next?.url) {
			resume.href = next.url;
			resume.textContent =
				done === 0
					? (resume.dataset.start ?? resume.textContent)
					: `Continue with step ${steps.indexOf(next) + 1}: ${next.title}`;
		}
		const reset = this.querySelector<HTMLButtonElement>('[data-reset]');
		if (reset) reset.hidden = done === 0;
	}
}
