import { after, test } from 'node:test';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../helpers/built-site.ts';

/**
 * Reading on real screens (issue 20): what a reader sees at 390x844 (a touch phone) and
 * 1280x800, measured from rendered boxes. One page per screen size, reused by every test.
 */
const built = useBuiltSite();
const SCREENS = {
	phone: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, firstLine: 450 },
	desk: {
		viewport: { width: 1280, height: 800 },
		hasTouch: false,
		isMobile: false,
		firstLine: 400,
	},
} as const;
type Screen = keyof typeof SCREENS;
const pages = {} as Record<Screen, Page>;

// Each test opens its pages through this; the first call makes them (the browser starts in
// useBuiltSite's own `before`).
async function ready(): Promise<Record<Screen, Page>> {
	for (const name of Object.keys(SCREENS) as Screen[]) {
		const { viewport, hasTouch, isMobile } = SCREENS[name];
		pages[name] ??= await (
			await built.browser.newContext({ viewport, hasTouch, isMobile })
		).newPage();
	}
	return pages;
}
after(async () => {
	for (const page of Object.values(pages)) await page.context().close();
});

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's WCAG A/AA violations on what is on screen now: the strip, the tick, an open
 * popover and a landing's legend appear only after the reader acts, so the page-wide
 * accessibility test never sees them. (Evaluated over DevTools, which the CSP does not govern.)
 */
async function axeViolations(page: Page, where: string, within = 'html'): Promise<string[]> {
	await page.evaluate(AXE);
	const found = await page.evaluate(async (within) => {
		const axe = (
			window as unknown as {
				axe: {
					run: (
						context: object,
						options: object,
					) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
				};
			}
		).axe;
		const result = await axe.run(
			{ include: [[within]] },
			{
				runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'],
				resultTypes: ['violations'],
			},
		);
		return result.violations.map(
			(v) =>
				`${v.id} (${v.nodes
					.slice(0, 2)
					.map((n) => n.target.join(' '))
					.join(', ')})`,
		);
	}, within);
	return found.map((f) => `${where}: ${f}`);
}

/** Opens a page with nothing remembered: no path progress, no path followed in this tab. */
async function fresh(page: Page, path: string): Promise<void> {
	if (!page.url().startsWith(built.url)) await page.goto(`${built.url}/404.html`);
	await page.evaluate(() => {
		localStorage.clear();
		sessionStorage.clear();
	});
	await page.goto(`${built.url}${path}`);
}

test('a note starts on the first screen: the first paragraph is at y <= 450 on a phone and <= 400 at 1280, on a hub, a path step reached from the path, and a note off the path', async () => {
	await ready();
	const notes = [
		'/notes/kubernetes-foundations/',
		'/notes/pod-disruption-budgets/?path=new-hire',
		'/notes/etcd-backup/',
	];
	const found: string[] = [];
	for (const name of Object.keys(SCREENS) as Screen[]) {
		const page = pages[name];
		for (const note of notes) {
			await fresh(page, note);
			if (note.includes('?path=')) await page.locator('.path-nav--top').waitFor();
			const y = await page
				.locator('article.note .prose > p')
				.first()
				.evaluate((p) => p.getBoundingClientRect().top + scrollY);
			if (y > SCREENS[name].firstLine) found.push(`${note} ${name}: y=${Math.round(y)}`);
		}
	}
	assert.deepEqual(found, [], 'first paragraphs below the first screen');
});

test('the path strip is one line, shows only along the path, and its bar and text count the same steps, read only at the end of a note', async () => {
	const page = (await ready()).phone;
	await fresh(page, '/notes/pod-disruption-budgets/');
	const strip = page.locator('.path-nav--top');
	assert.equal(
		await strip.isVisible(),
		false,
		'no strip for a reader who did not come from the path',
	);
	assert.equal(
		await page.evaluate(() => localStorage.getItem('kb-path:new-hire')),
		null,
		'opening a note is not reading it',
	);
	await page.locator('.path-nav--bottom').scrollIntoViewIfNeeded();
	await page.waitForFunction(() => localStorage.getItem('kb-path:new-hire') !== null);
	assert.ok(await page.locator('[data-tick]').isChecked(), 'the end of the note ticks the step');
	// Started: the strip now shows on the other steps, one line high.
	await page.goto(`${built.url}/notes/cordon-and-drain/`);
	await strip.waitFor();
	assert.deepEqual(await axeViolations(page, 'a step with its strip and tick', 'article.note'), []);
	const box = (await strip.boundingBox())!;
	assert.ok(box.height <= 48, `one line (${box.height} px)`);
	const bar = await strip.locator('progress').evaluate((p: HTMLProgressElement) => p.value);
	assert.equal(bar, 1);
	assert.match((await strip.locator('[data-progress]').textContent())!, /^1 of 20 read$/);
	// The path's page: grouped in parts, a reason on every step, the same count, and a reset.
	await page.goto(`${built.url}/paths/new-hire/`);
	assert.ok((await page.locator('.path-part h2').count()) >= 3, 'steps grouped by day or theme');
	const steps = page.locator('.path-steps > li');
	assert.equal(await steps.count(), await page.locator('.path-steps > li .why').count());
	assert.match(
		(await page.locator('path-progress [data-status]').textContent())!,
		/^1 of 20 steps read/,
	);
	assert.equal(
		await page.locator('.path-resume progress').evaluate((p: HTMLProgressElement) => p.value),
		1,
	);
	await page.locator('[data-reset]').click();
	assert.equal(await page.locator('li.is-read').count(), 0, 'reset clears the progress');
	// The home page's button opens the overview, not step 1.
	await page.goto(`${built.url}/`);
	assert.equal(await page.locator('.start-here a.button').getAttribute('href'), '/paths/new-hire/');
});

test("following a citation, the first line below the sticky bars is the cited segment's label, and the cited words stand out with a legend", async () => {
	await ready();
	const links = [
		'/sources/talk-managed-platform/#t-00-07-11-w3',
		'/sources/deck-docker-k8s-istio/#slide-178-w1',
	];
	const found: string[] = [];
	for (const name of Object.keys(SCREENS) as Screen[]) {
		const page = pages[name];
		for (const link of links) {
			await page.goto(`${built.url}${link}`);
			await page.waitForLoadState('load');
			const seen = await page.evaluate(
				(id) => {
					const bars = [...document.querySelectorAll('.site-header, .source-tools')].map(
						(el) => el.getBoundingClientRect().bottom,
					);
					const below = Math.max(...bars);
					const target = document.getElementById(id)!;
					const head = target.closest('.segment')!.querySelector('.segment-head')!;
					const label = head.getBoundingClientRect();
					const mark = target.getBoundingClientRect();
					const other = document.querySelector(`mark.evidence:not([id="${id}"])`);
					return {
						labelTop: label.top,
						below,
						markBottom: mark.bottom,
						height: innerHeight,
						colour: getComputedStyle(target).backgroundColor,
						otherColour: other ? getComputedStyle(other).backgroundColor : null,
						legend: !!target.closest('.segment')!.querySelector('.mark-legend'),
					};
				},
				decodeURIComponent(link.split('#')[1]!),
			);
			const where = `${link} ${name}`;
			if (seen.labelTop < seen.below - 1)
				found.push(
					`${where}: label at ${Math.round(seen.labelTop)}, under the bars ending at ${Math.round(seen.below)}`,
				);
			else if (seen.labelTop > seen.below + 40)
				found.push(
					`${where}: label at ${Math.round(seen.labelTop)}, not the first line below ${Math.round(seen.below)}`,
				);
			if (seen.markBottom > seen.height) found.push(`${where}: cited words below the screen`);
			if (seen.otherColour && seen.colour === seen.otherColour)
				found.push(`${where}: cited words look like every other highlight`);
			if (!seen.legend) found.push(`${where}: no legend in the segment`);
			if (name === 'desk')
				found.push(...(await axeViolations(page, where, '.segment:has(:target)')));
		}
	}
	assert.deepEqual(found, []);
});

/** Words (split at white space) in table cells and inline code whose letters sit on two lines. */
async function brokenWords(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const broken: string[] = [];
		for (const box of document.querySelectorAll(
			'.prose :is(td, th), .prose :not(pre, td, th) > code',
		)) {
			const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const text = node.textContent ?? '';
				for (const m of text.matchAll(/\S+/g)) {
					const range = document.createRange();
					range.setStart(node, m.index);
					range.setEnd(node, m.index + m[0].length);
					const tops = new Set(
						[...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
					);
					if (tops.size > 1) broken.push(m[0]);
				}
			}
		}
		return broken;
	});
}

test('no word breaks inside a table cell or a code span, on a phone or at 1280', async () => {
	await ready();
	const found: string[] = [];
	for (const name of Object.keys(SCREENS) as Screen[]) {
		for (const note of ['/notes/deployment-strategies/', '/notes/cordon-and-drain/']) {
			await pages[name].goto(`${built.url}${note}`);
			for (const word of await brokenWords(pages[name])) found.push(`${note} ${name}: "${word}"`);
		}
	}
	assert.deepEqual(found, []);
});

test('every hidden control takes no space: path progress before anything is read, search with no results', async () => {
	await ready();
	const found: string[] = [];
	const zeroSize = async (page: Page, where: string) => {
		for (const seen of await page.evaluate(() =>
			[...document.querySelectorAll('[hidden]')].map((el) => {
				const r = el.getBoundingClientRect();
				return {
					what: `${el.tagName.toLowerCase()}.${el.className} "${el.textContent?.trim().slice(0, 30)}"`,
					size: r.width * r.height,
					visible: r.width > 0 || r.height > 0,
				};
			}),
		))
			if (seen.visible) found.push(`${where}: ${seen.what}`);
	};
	for (const name of Object.keys(SCREENS) as Screen[]) {
		const page = pages[name];
		await fresh(page, '/paths/new-hire/');
		await zeroSize(page, `path page ${name}`);
		assert.equal(await page.locator('[data-reset]').count(), 1);
		await page.goto(`${built.url}/`);
		await zeroSize(page, `home ${name}`);
		await page.goto(`${built.url}/notes/pod-disruption-budgets/`);
		await zeroSize(page, `note ${name}`);
		await page.keyboard.press('/');
		await page.locator('dialog[open] input[type="search"]').waitFor();
		await zeroSize(page, `empty search dialog ${name}`);
		assert.equal(await page.locator('dialog[open] [data-more]').count(), 1);
	}
	assert.deepEqual(found, []);
});

test('on a phone, a first tap on a glossary term shows its definition in place, a second follows the link, Escape and a tap elsewhere close it', async () => {
	const page = (await ready()).phone;
	const note = `${built.url}/notes/pod-disruption-budgets/`;
	await page.goto(note);
	const term = page.locator('.prose .term').first();
	const def = term.locator('.term-def');
	await term.locator('.term-link').scrollIntoViewIfNeeded();
	await term.locator('.term-link').tap();
	await def.waitFor({ state: 'visible' });
	assert.equal(page.url(), note, 'the first tap stays on the note');
	const box = (await def.boundingBox())!;
	assert.ok(box.x >= 0 && box.x + box.width <= 390, 'the definition fits the screen');
	assert.deepEqual(await axeViolations(page, 'an open glossary popover', 'article.note'), []);
	await page.locator('h1').tap();
	await def.waitFor({ state: 'hidden' });
	await term.locator('.term-link').tap();
	await def.waitFor({ state: 'visible' });
	await page.keyboard.press('Escape');
	await def.waitFor({ state: 'hidden' });
	await term.locator('.term-link').tap();
	await def.waitFor({ state: 'visible' });
	const href = await term.locator('.term-link').getAttribute('href');
	await Promise.all([page.waitForURL(`**${href}`), term.locator('.term-link').tap()]);
});
