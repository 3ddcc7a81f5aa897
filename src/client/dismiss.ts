/**
 * Escape dismisses what hovers over the page without moving focus (WCAG 1.4.13): a citation or
 * glossary preview stays hidden until the pointer or focus leaves its marker, and the phone's
 * navigation drawer closes.
 */
export function dismissOnEscape(): void {
	document.addEventListener('keydown', (event) => {
		if (event.key !== 'Escape') return;
		const tips = new Set<Element>();
		for (const el of document.querySelectorAll('.cite:hover, .term:hover')) tips.add(el);
		const focused = document.activeElement?.closest('.cite, .term');
		if (focused) tips.add(focused);
		for (const tip of tips) {
			tip.classList.add('is-dismissed');
			const reset = () => tip.classList.remove('is-dismissed');
			tip.addEventListener('mouseleave', reset, { once: true });
			tip.addEventListener('focusout', reset, { once: true });
		}
		if (location.hash === '#site-nav') {
			// The drawer is open while it is the :target; only a fragment navigation changes that
			// (replaceState does not). Replace the entry and keep the reader's scroll position.
			const y = scrollY;
			location.replace('#main');
			scrollTo(0, y);
			document.querySelector<HTMLElement>('.menu-link')?.focus({ preventScroll: true });
		}
	});
}
