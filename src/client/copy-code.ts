/**
 * Code frames in the browser: a "Copy" button in each frame's title bar (never over the code),
 * and blocks longer than `data-lines` allows collapsed behind "Show all N lines". Without
 * scripts the code stays selectable and every block is shown whole.
 */
const COLLAPSE_AFTER = 25;
let blocks = 0;

export function addCopyButtons(root: ParentNode = document): void {
	for (const pre of root.querySelectorAll<HTMLPreElement>('pre.code-block')) {
		const frame = pre.closest<HTMLElement>('figure.code-frame');
		const bar = frame?.querySelector<HTMLElement>('.code-frame-bar');
		if (bar?.querySelector('.copy-button') || pre.parentElement?.classList.contains('code-wrap'))
			continue;
		const button = copyButton(pre, frame?.querySelector('.code-frame-title')?.textContent);
		if (bar) bar.append(button);
		else {
			const wrap = document.createElement('div');
			wrap.className = 'code-wrap';
			pre.replaceWith(wrap);
			wrap.append(pre, button);
		}
		if (frame) collapse(frame, pre);
	}
}

function copyButton(pre: HTMLPreElement, title: string | null | undefined): HTMLButtonElement {
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'copy-button';
	button.textContent = 'Copy';
	button.setAttribute('aria-label', `Copy code${title ? `: ${title}` : ''}`);
	const status = (message: string) => {
		button.textContent = message;
		setTimeout(() => (button.textContent = 'Copy'), 2000);
	};
	button.addEventListener('click', async () => {
		try {
			await navigator.clipboard.writeText(pre.innerText);
			status('Copied');
		} catch {
			status('Copy failed');
		}
	});
	return button;
}

/** Folds a long block to its first lines, with a button that shows all of it (and folds it again). */
function collapse(frame: HTMLElement, pre: HTMLPreElement): void {
	const lines = Number(frame.dataset.lines);
	if (!(lines > COLLAPSE_AFTER + 5) || frame.querySelector('.code-show-all')) return;
	pre.id ||= `code-block-${++blocks}`;
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'code-show-all';
	button.setAttribute('aria-controls', pre.id);
	const set = (open: boolean) => {
		frame.toggleAttribute('data-collapsed', !open);
		button.setAttribute('aria-expanded', String(open));
		button.textContent = open ? 'Show fewer lines' : `Show all ${lines} lines`;
	};
	button.addEventListener('click', () => set(frame.hasAttribute('data-collapsed')));
	set(false);
	frame.append(button);
}
