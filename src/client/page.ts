/** The small enhancements every page gets; search itself loads only when it is opened. */
import { addCopyButtons } from './copy-code.ts';
import { enhanceTabs } from '../elements/tabs.client.ts';
import { dismissOnEscape } from './dismiss.ts';
import { markCurrentSection } from './toc.ts';
import { termPopovers } from './term-popover.ts';
import { PathMark, PathProgress, PathStep } from './path-progress.ts';

addCopyButtons();
enhanceTabs();
dismissOnEscape();
markCurrentSection();
termPopovers();
if (!customElements.get('path-step')) customElements.define('path-step', PathStep);
if (!customElements.get('path-mark')) customElements.define('path-mark', PathMark);
if (!customElements.get('path-progress')) customElements.define('path-progress', PathProgress);

// "Check yourself" answers print open: open every closed <details> for printing, then close them again.
addEventListener('beforeprint', () => {
	for (const details of document.querySelectorAll('details:not([open])')) {
		details.setAttribute('open', '');
		details.setAttribute('data-print-opened', '');
	}
});
addEventListener('afterprint', () => {
	for (const details of document.querySelectorAll('details[data-print-opened]')) {
		details.removeAttribute('open');
		details.removeAttribute('data-print-opened');
	}
});
