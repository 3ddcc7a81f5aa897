import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBuiltSite } from '../helpers/built-site.ts';
import { checkContent } from '../../src/pipeline/index.ts';
import { readSettings } from '../../src/settings.ts';
import { foldQuote } from '../../src/pipeline/evidence.ts';

const { site } = checkContent(readSettings().contentDir);
const citations = [...site.citations.byNote].flatMap(([slug, list]) =>
	list.map((c, i) => ({ slug, c, k: i + 1 })),
);
const built = useBuiltSite();

test('a citation preview shows the quoted words highlighted, on hover and on keyboard focus', async () => {
	const { slug, c, k } = citations.find(({ c }) => c.quote && c.quote.length > 15)!;
	const page = await built.browser.newPage();
	await page.goto(`${built.url}/notes/${slug}/`);
	const marker = page.locator(`#cite-${c.n}-${k}`);
	const preview = page.locator(`#cite-${c.n}-${k}-preview`);
	assert.equal(await preview.isVisible(), false);
	await marker.focus();
	await preview.waitFor({ state: 'visible' });
	const marked = await preview.locator('mark').textContent();
	assert.equal(foldQuote(marked!), foldQuote(c.quote!));
	await page.close();
});

test('following a citation lands on the highlighted words; "Cited by" there leads back to the exact marker', async () => {
	const { slug, c, k } = citations.find(({ c }) => c.src === 'talk-managed-platform')!;
	const page = await built.browser.newPage();
	await page.goto(`${built.url}/notes/${slug}/`);
	await page.locator(`#cite-${c.n}-${k}`).click();
	await page.waitForURL(/\/sources\/talk-managed-platform\/#t-\d\d-\d\d-\d\d-w\d+$/);
	const target = page.locator(':target');
	assert.equal(await target.evaluate((el) => el.tagName), 'MARK');
	assert.ok(await target.isVisible(), 'the highlighted words are on screen');
	const back = page
		.locator('.segment', { has: target })
		.locator(`.cited-by a[href="/notes/${slug}/#cite-${c.n}-${k}"]`);
	await back.click();
	await page.waitForURL(new RegExp(`/notes/${slug}/#cite-${c.n}-${k}$`));
	assert.equal(await page.locator(':target').getAttribute('class'), 'cite-link');
	await page.close();
});

test('slide flags are precise: the Gateway slide is current, a note citing a flagged slide marks that citation', async () => {
	const page = await built.browser.newPage();
	await page.goto(`${built.url}/sources/deck-docker-k8s-istio/#slide-204`);
	const gateway = page.locator('li.segment', { has: page.locator('#slide-204') });
	assert.match((await gateway.textContent())!, /Gateway/);
	assert.equal(await gateway.evaluate((el) => el.classList.contains('is-outdated')), false);
	assert.equal(await gateway.locator('.banner').count(), 0);

	const flagged = citations.find(({ c }) => c.segment.outdated);
	assert.ok(flagged, 'some note cites a flagged slide');
	await page.goto(`${built.url}/notes/${flagged.slug}/`);
	const marker = page.locator(`#cite-${flagged.c.n}-${flagged.k}`);
	assert.match((await marker.textContent())!, /†/);
	await marker.focus();
	assert.match(
		(await page.locator(`#cite-${flagged.c.n}-${flagged.k}-preview`).textContent())!,
		/Outdated: .+ Today: /,
	);
	await page.close();
});

test('the deck page jumps to a slide and can show only the flagged slides', async () => {
	const page = await built.browser.newPage();
	await page.goto(`${built.url}/sources/deck-docker-k8s-istio/`);
	await page.locator('#jump-slide').fill('120');
	await page.locator('#jump-slide').press('Enter');
	await page.waitForURL(/#slide-120$/);
	const landed = await page.evaluate(() => ({
		slide: document.getElementById('slide-120')!.getBoundingClientRect().top,
		tools: document.querySelector('.source-tools')!.getBoundingClientRect().bottom,
	}));
	assert.ok(landed.slide >= landed.tools, 'the slide lands below the sticky tools bar');
	const all = await page.locator('li.segment:visible').count();
	await page.locator('#only-outdated').check();
	const flagged = await page.locator('li.segment:visible').count();
	assert.ok(flagged > 5 && flagged < all / 4, `${flagged} of ${all} slides shown`);
	assert.equal(await page.locator('li.segment:visible:not(.is-outdated)').count(), 0);
	await page.close();
});
