import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBuiltSite } from '../helpers/built-site.ts';

const built = useBuiltSite();

test('on a phone the header stays on screen, "Menu" opens the sections as a drawer, and the outline is a block at the top', async () => {
	const context = await built.browser.newContext({ viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	await page.goto(`${built.url}/notes/blue-green-node-pools/`);
	const header = page.locator('.site-header');
	assert.ok((await header.boundingBox())!.height <= 60, 'a compact header');
	await page.mouse.wheel(0, 3000);
	await page.waitForFunction(() => window.scrollY > 1000);
	assert.equal(
		Math.round((await header.boundingBox())!.y),
		0,
		'the header stays at the top after scrolling',
	);
	const outline = page.locator('details.toc--inline');
	assert.ok(await outline.isVisible());
	const article = await page.locator('article.note .prose').boundingBox();
	assert.ok((await outline.boundingBox())!.y < article!.y, 'the outline comes before the text');
	assert.equal(await page.locator('nav#site-nav').isVisible(), false);
	await page.locator('.menu-link').click();
	await page.locator('nav#site-nav').waitFor({ state: 'visible' });
	await page.keyboard.press('Escape');
	await page.locator('nav#site-nav').waitFor({ state: 'hidden' });
	await context.close();
});
