/**
 * Glossary terms on touch screens: there is no hover, so a first tap on a term shows its
 * definition in place (the same panel hover and focus show) and a second tap, or the term page
 * link inside the definition's term, goes to the term's page. Escape or a tap anywhere else
 * closes it. Mouse and keyboard are unchanged: hover or focus shows it, a click follows the link.
 */
const OPEN = 'is-open';

function close(except?: Element): void {
	for (const term of document.querySelectorAll(`.term.${OPEN}`)) {
		if (term !== except) term.classList.remove(OPEN);
	}
}

/** Keeps the open definition inside the screen: moves it left when it would run off the right. */
function fit(term: Element): void {
	const def = term.querySelector<HTMLElement>('.term-def');
	if (!def) return;
	def.style.removeProperty('translate');
	const overflow = def.getBoundingClientRect().right - (document.documentElement.clientWidth - 8);
	if (overflow > 0) def.style.setProperty('translate', `${-Math.ceil(overflow)}px 0`);
}

export function termPopovers(): void {
	document.addEventListener('click', (event) => {
		const target = event.target instanceof Element ? event.target : null;
		const term = target?.closest('.term');
		const link = target?.closest('.term-link');
		const touch = (event as PointerEvent).pointerType === 'touch';
		if (term && link && touch && !term.classList.contains(OPEN)) {
			event.preventDefault();
			close(term);
			term.classList.remove('is-dismissed');
			term.classList.add(OPEN);
			fit(term);
			return;
		}
		if (!term) close();
	});
	document.addEventListener('keydown', (event) => {
		if (event.key === 'Escape') close();
	});
}
