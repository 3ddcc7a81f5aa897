/** Marks the outline entry of the section being read (`aria-current="location"`). */
export function markCurrentSection(): void {
	const links = [...document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')];
	if (links.length === 0 || !('IntersectionObserver' in window)) return;
	const headings = [...new Set(links.map((a) => decodeURIComponent(a.hash.slice(1))))]
		.map((id) => document.getElementById(id))
		.filter((h): h is HTMLElement => h !== null);
	const visible = new Set<string>();
	const mark = () => {
		// The first heading on screen, else the last one scrolled past.
		const current =
			headings.find((h) => visible.has(h.id)) ??
			[...headings].reverse().find((h) => h.getBoundingClientRect().top < 0);
		for (const a of links) {
			if (current && a.hash === `#${current.id}`) a.setAttribute('aria-current', 'location');
			else a.removeAttribute('aria-current');
		}
	};
	const observer = new IntersectionObserver(
		(entries) => {
			for (const e of entries)
				e.isIntersecting ? visible.add(e.target.id) : visible.delete(e.target.id);
			mark();
		},
		{ rootMargin: '-64px 0px -40% 0px' },
	);
	for (const h of headings) observer.observe(h);
}
