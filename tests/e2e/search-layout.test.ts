import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../helpers/built-site.ts';

/**
 * What the reader sees of the search dialog, measured by rendered geometry (bounding boxes) in
 * Chromium: full screen on a phone with the first result in the top third (so it stays in view
 * with the on-screen keyboard up), at least four whole results at 1280x800, and filters folded
 * until asked for on every width. One browser context per viewport, one query each.
 */
const built = useBuiltSite();

/** Opens the dialog from a note page, searches `q` and waits until its results are all on screen. */
async function search(page: Page, q: string): Promise<void> {
	await page.goto(`${built.url}/notes/lcm/`);
	await page.locator('[data-search-open]').first().click();
	await page.locator('dialog[open] input[type="search"]').fill(q);
	await page.waitForFunction((q) => {
		const panel = document.querySelector<HTMLElement>('dialog[open] search-panel');
		return panel?.dataset.state === 'done' && panel.dataset.query === q;
	}, q);
}

/** The height each filter select takes on screen: 0 when it is not rendered (folded away). */
const selectHeights = (page: Page) =>
	page
		.locator('dialog[open] select')
		.evaluateAll((selects) =>
			selects.map((s) => (s.checkVisibility() ? s.getBoundingClientRect().height : 0)),
		);

/** The filters are folded: no select takes any room until "Filters and sort" is opened. */
async function assertFiltersFolded(page: Page, width: number): Promise<void> {
	assert.deepEqual(
		await selectHeights(page),
		[0, 0, 0, 0],
		`at ${width} px filter selects are shown before the reader asks for filters`,
	);
	const toggle = page.locator('dialog[open] summary', { hasText: 'Filters' });
	const box = await toggle.boundingBox();
	assert.ok(box && box.height >= 24, `at ${width} px there is a visible "Filters" control`);
	await toggle.click();
	assert.ok(
		(await selectHeights(page)).every((h) => h > 0),
		'opened, the filters are shown',
	);
	await toggle.click();
}

for (const height of [844, 500]) {
	test(`on a 390x${height} phone the dialog fills the screen and the first result starts in the top third`, async () => {
		const context = await built.browser.newContext({ viewport: { width: 390, height } });
		const page = await context.newPage();
		await search(page, 'node pool upgrade');
		const dialog = (await page.locator('dialog[open]').boundingBox())!;
		assert.ok(
			dialog.x <= 0.5 && dialog.y <= 0.5 && dialog.width >= 389.5 && dialog.height >= height - 0.5,
			`the dialog covers ${Math.round(dialog.x)},${Math.round(dialog.y)} ${Math.round(dialog.width)}x${Math.round(dialog.height)}, not the whole 390x${height} screen`,
		);
		const first = (await page.locator('dialog[open] .search-results > li').first().boundingBox())!;
		assert.ok(
			first.y <= height / 3,
			`the first result starts at y=${Math.round(first.y)}, below the top third (${Math.round(height / 3)})`,
		);
		await assertFiltersFolded(page, 390);
		await context.close();
	});
}

test('at 1280x800 at least four results are fully visible in the dialog, and the filters are folded', async () => {
	const context = await built.browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	await search(page, 'node pool upgrade');
	const dialog = (await page.locator('dialog[open]').boundingBox())!;
	const bottom = Math.min(dialog.y + dialog.height, 800);
	const boxes = await page
		.locator('dialog[open] .search-results > li')
		.evaluateAll((items) => items.map((li) => li.getBoundingClientRect().toJSON() as DOMRect));
	const whole = boxes.filter((b) => b.top >= dialog.y && b.bottom <= bottom && b.height > 0);
	assert.ok(
		whole.length >= 4,
		`${whole.length} results fully visible (tops ${boxes.map((b) => Math.round(b.top)).join(', ')}; dialog ends at ${Math.round(bottom)})`,
	);
	await assertFiltersFolded(page, 1280);
	await context.close();
});

test('without a search index (the dev server before any build) search says it needs a build and how', async () => {
	const page = await built.browser.newPage();
	await page.route('**/pagefind/pagefind.js', (route) =>
		route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }),
	);
	await page.goto(`${built.url}/search/?q=pdb`);
	await page.waitForFunction(
		() =>
			document.querySelector<HTMLElement>('search-panel[data-from-url]')?.dataset.state === 'done',
	);
	const status =
		(await page.locator('search-panel[data-from-url] [data-status]').textContent()) ?? '';
	assert.match(status, /needs the index that a build writes/);
	assert.match(status, /npm run build/);
	await page.close();
});

test('excerpts never show the alias line, and search-only spellings are found but shown nowhere', async () => {
	const page = await built.browser.newPage();
	await page.goto(`${built.url}/search/?q=${encodeURIComponent('kubectl drain')}`);
	const panel = page.locator('search-panel[data-from-url]');
	await page.waitForFunction(
		() =>
			document.querySelector<HTMLElement>('search-panel[data-from-url]')?.dataset.state === 'done',
	);
	const excerpts = await panel.locator('.result-excerpt').allTextContents();
	assert.ok(excerpts.length > 0);
	assert.deepEqual(
		excerpts.filter((e) => /Also (called|known as)/.test(e)),
		[],
		'an excerpt shows the alias line',
	);
	// "kubernative" is how the talk's captions spell Kubernetes: searchable, never shown.
	await page.goto(`${built.url}/search/?q=kubernative`);
	await page.waitForFunction(
		() =>
			document.querySelector<HTMLElement>('search-panel[data-from-url]')?.dataset.state === 'done',
	);
	const found = await panel
		.locator('a.result-title')
		.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
	const status = (await panel.locator('[data-status]').textContent()) ?? '';
	assert.doesNotMatch(status, /No page mentions kubernative/);
	assert.match(found[0] ?? '', /kubernetes/, `kubernative finds ${found.join(', ')}`);
	for (const url of ['/glossary/kubernetes/', '/glossary/']) {
		await page.goto(`${built.url}${url}`);
		assert.doesNotMatch(await page.locator('body').innerText(), /kubernative/i, url);
	}
	await page.close();
});
