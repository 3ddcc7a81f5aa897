type Choice = 'system' | 'light' | 'dark';
const KEY = 'kb-theme';

function saved(): Choice {
	try {
		const value = localStorage.getItem(KEY);
		return value === 'light' || value === 'dark' ? value : 'system';
	} catch {
		return 'system';
	}
}

/** Applies a choice: light or dark pins the colour scheme; system lets the browser's preference decide. */
function apply(choice: Choice): void {
	if (choice === 'system') delete document.documentElement.dataset.theme;
	else document.documentElement.dataset.theme = choice;
	try {
		if (choice === 'system') localStorage.removeItem(KEY);
		else localStorage.setItem(KEY, choice);
	} catch {
		// Private browsing can refuse storage; the choice still applies to this page.
	}
}

/** A theme select (system, light, dark) that remembers the choice; hidden until scripts run. */
export class ThemeControl extends HTMLElement {
	connectedCallback(): void {
		const select = this.querySelector('select');
		if (!select) return;
		select.value = saved();
		select.addEventListener('change', () => apply(select.value as Choice));
		this.hidden = false;
	}
}
