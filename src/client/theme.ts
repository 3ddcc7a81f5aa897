type Theme = 'light' | 'dark';

function currentTheme(): Theme {
	const chosen = document.documentElement.dataset.theme;
	if (chosen === 'light' || chosen === 'dark') return chosen;
	return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** A button that switches between light and dark and remembers the choice; hidden until scripts run. */
export class ThemeToggle extends HTMLElement {
	connectedCallback(): void {
		const button = this.querySelector('button');
		if (!button) return;
		// The button is labelled "Dark theme"; aria-pressed says whether it is on.
		const render = () => button.setAttribute('aria-pressed', String(currentTheme() === 'dark'));
		button.hidden = false;
		render();
		button.addEventListener('click', () => {
			const next: Theme = currentTheme() === 'dark' ? 'light' : 'dark';
			document.documentElement.dataset.theme = next;
			try {
				localStorage.setItem('kb-theme', next);
			} catch {
				// Private browsing can refuse storage; the theme still applies to this page.
			}
			render();
		});
	}
}
