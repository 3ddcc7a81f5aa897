import { openSiteIndex, type SiteIndex, type SiteIndexOwner } from './site-index.ts';

/** True when a key press belongs to a text field rather than to the page. */
function isTyping(target: EventTarget | null): boolean {
	const el = target as HTMLElement | null;
	return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
}

/**
 * Opens search from any page with `/` or Ctrl/Cmd+K. Only this small module ships on every
 * page: the search UI and Pagefind start loading when the reader reaches for search (hover or
 * focus on a search control, or the shortcut), so they are usually ready by the first key press.
 */
export class SearchDialog extends HTMLElement implements SiteIndexOwner {
	private index: Promise<SiteIndex> | undefined;

	/**
	 * The search index, opened once per page; every search panel on the page gets it here.
	 * Nothing is fetched before the reader reaches for search.
	 */
	siteIndex(): Promise<SiteIndex> {
		this.index ??= openSiteIndex(this.dataset.base ?? '/');
		return this.index;
	}

	connectedCallback(): void {
		for (const opener of document.querySelectorAll<HTMLElement>('[data-search-open]')) {
			opener.addEventListener('click', (event) => {
				event.preventDefault();
				void this.open();
			});
			for (const type of ['pointerenter', 'focus', 'touchstart'])
				opener.addEventListener(type, () => this.preload(), { once: true, passive: true });
		}
		document.addEventListener('keydown', (event) => {
			const shortcut =
				(event.key === '/' && !isTyping(event.target)) ||
				((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k');
			if (!shortcut) return;
			event.preventDefault();
			void this.open();
		});
	}

	/** Starts fetching the search UI and Pagefind in parallel; safe to call more than once. */
	private preload(): void {
		void import('./search-ui.ts');
		// Without an index (dev server before any build) the panel says so when it searches.
		this.siteIndex().catch(() => {});
	}

	async open(): Promise<void> {
		this.preload();
		// On the search page itself, the page's own field is the one to use.
		const pageField = document.querySelector<HTMLInputElement>(
			'search-panel[data-from-url] input[type="search"]',
		);
		if (pageField) {
			pageField.focus();
			pageField.select();
			return;
		}
		const dialog = this.querySelector('dialog');
		if (!dialog) return;
		if (!dialog.open) dialog.showModal();
		dialog.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
	}
}
