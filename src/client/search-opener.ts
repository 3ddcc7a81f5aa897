/** True when a key press belongs to a text field rather than to the page. */
function isTyping(target: EventTarget | null): boolean {
	const el = target as HTMLElement | null;
	return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
}

/**
 * Opens search from any page with `/` or Ctrl/Cmd+K. Only this small module ships on every
 * page: the search UI and Pagefind's index are fetched the first time search opens.
 */
export class SearchDialog extends HTMLElement {
	connectedCallback(): void {
		for (const opener of document.querySelectorAll<HTMLElement>('[data-search-open]')) {
			opener.addEventListener('click', (event) => {
				event.preventDefault();
				void this.open();
			});
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

	async open(): Promise<void> {
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
		await import('./search-ui.ts');
	}
}
