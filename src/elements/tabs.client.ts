/**
 * `<Tabs>` in the browser: the stacked, labelled panels the page ships become WAI-ARIA tabs
 * (https://www.w3.org/WAI/ARIA/apg/patterns/tabs/): a tablist of buttons, automatic activation,
 * Left/Right arrows wrap, Home and End; only the selected tab is in the Tab order. Tabs with the
 * same `data-sync-key` switch together, and the choice is remembered for the next page.
 * An external module (no inline script or style), so the Content Security Policy stays strict.
 */
const STORE = 'platform-kb:tabs:';
let sets = 0;

function remembered(key: string): string | null {
	try {
		return localStorage.getItem(STORE + key);
	} catch {
		return null;
	}
}

function remember(key: string, label: string): void {
	try {
		localStorage.setItem(STORE + key, label);
	} catch {
		// Storage may be off; the choice then lasts for this page only.
	}
}

interface TabSet {
	root: HTMLElement;
	tabs: HTMLButtonElement[];
	panels: HTMLElement[];
	select(index: number, focus: boolean): void;
}

const all: TabSet[] = [];

function enhance(root: HTMLElement): TabSet | undefined {
	const panels = [...root.children].filter(
		(c): c is HTMLElement => c instanceof HTMLElement && c.classList.contains('tab-panel'),
	);
	if (panels.length < 2) return undefined;
	const n = ++sets;
	const list = document.createElement('div');
	list.className = 'tab-list';
	list.setAttribute('role', 'tablist');
	const tabs = panels.map((panel, i) => {
		const tab = document.createElement('button');
		tab.type = 'button';
		tab.id = `tab-${n}-${i + 1}`;
		tab.setAttribute('role', 'tab');
		tab.setAttribute('aria-controls', (panel.id ||= `tabpanel-${n}-${i + 1}`));
		tab.textContent = panel.dataset.label ?? `Tab ${i + 1}`;
		panel.setAttribute('role', 'tabpanel');
		panel.setAttribute('aria-labelledby', tab.id);
		panel.tabIndex = 0;
		list.append(tab);
		return tab;
	});
	const set: TabSet = {
		root,
		tabs,
		panels,
		select(index, focus) {
			tabs.forEach((tab, i) => {
				const selected = i === index;
				tab.setAttribute('aria-selected', String(selected));
				tab.tabIndex = selected ? 0 : -1;
				panels[i]!.hidden = !selected;
			});
			if (focus) tabs[index]!.focus();
		},
	};
	list.addEventListener('click', (event) => {
		const index = tabs.indexOf((event.target as HTMLElement).closest('button')!);
		if (index >= 0) choose(set, index, false);
	});
	list.addEventListener('keydown', (event) => {
		const current = tabs.indexOf(document.activeElement as HTMLButtonElement);
		if (current < 0) return;
		const last = tabs.length - 1;
		const next =
			event.key === 'ArrowRight'
				? current === last
					? 0
					: current + 1
				: event.key === 'ArrowLeft'
					? current === 0
						? last
						: current - 1
					: event.key === 'Home'
						? 0
						: event.key === 'End'
							? last
							: -1;
		if (next < 0) return;
		event.preventDefault();
		choose(set, next, true);
	});
	root.prepend(list);
	root.setAttribute('data-enhanced', '');
	const key = root.dataset.syncKey;
	const saved = key ? remembered(key) : null;
	const start = saved ? tabs.findIndex((t) => t.textContent === saved) : -1;
	set.select(Math.max(start, 0), false);
	return set;
}

/** Selects a tab, and the tab of the same label in every set with the same sync key. */
function choose(set: TabSet, index: number, focus: boolean): void {
	set.select(index, focus);
	const key = set.root.dataset.syncKey;
	if (!key) return;
	const label = set.tabs[index]!.textContent ?? '';
	remember(key, label);
	for (const other of all) {
		if (other === set || other.root.dataset.syncKey !== key) continue;
		const match = other.tabs.findIndex((t) => t.textContent === label);
		if (match >= 0) other.select(match, false);
	}
}

export function enhanceTabs(root: ParentNode = document): void {
	for (const element of root.querySelectorAll<HTMLElement>('.tabs:not([data-enhanced])')) {
		const set = enhance(element);
		if (set) all.push(set);
	}
}
