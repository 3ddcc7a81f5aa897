/** Adds a "Copy" button to every highlighted code block; without scripts the code stays selectable. */
export function addCopyButtons(root: ParentNode = document): void {
	for (const pre of root.querySelectorAll<HTMLPreElement>('pre.code-block')) {
		if (pre.parentElement?.classList.contains('code-wrap')) continue;
		const wrap = document.createElement('div');
		wrap.className = 'code-wrap';
		pre.replaceWith(wrap);
		wrap.append(pre);
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'copy-button';
		button.textContent = 'Copy';
		button.setAttribute('aria-label', 'Copy code to clipboard');
		button.addEventListener('click', async () => {
			try {
				await navigator.clipboard.writeText(pre.innerText);
				button.textContent = 'Copied';
			} catch {
				button.textContent = 'Copy failed';
			}
			setTimeout(() => (button.textContent = 'Copy'), 2000);
		});
		wrap.append(button);
	}
}
