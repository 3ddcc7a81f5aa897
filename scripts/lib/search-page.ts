import type { Page } from 'playwright-core';

/** A result path as the query files name it: a note's slug, any other page by its path. */
export const slugOf = (path: string) => /^\/notes\/([^/]+)\/$/.exec(path)?.[1] ?? path;

/**
 * Types a query into the search page's field and, once its results are on screen, returns the
 * result paths in order (an answer card first) and the status line.
 */
export async function runQuery(
	page: Page,
	query: string,
): Promise<{ paths: string[]; status: string }> {
	const panel = page.locator('search-panel[data-from-url]');
	await page.locator('#q-page').fill(query);
	await page.waitForFunction((q) => {
		const el = document.querySelector<HTMLElement>('search-panel[data-from-url]');
		return el?.dataset.state === 'done' && el.dataset.query === q;
	}, query);
	const paths = await panel
		.locator('.search-results a.result-title')
		.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
	const status = (await panel.locator('[data-status]').textContent()) ?? '';
	return { paths: [...new Set(paths)], status };
}
