import type { Page } from 'playwright-core';

/** Types a query into the search page's field and returns result paths once they are on screen. */
export async function runQuery(page: Page, query: string): Promise<string[]> {
	const panel = page.locator('search-panel[data-from-url]');
	await page.locator('#q-page').fill(query);
	await page.waitForFunction((q) => {
		const el = document.querySelector<HTMLElement>('search-panel[data-from-url]');
		return el?.dataset.state === 'done' && el.dataset.query === q;
	}, query);
	return panel
		.locator('.search-results a.result-title')
		.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}
