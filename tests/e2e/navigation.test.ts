import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBuiltSite } from '../helpers/built-site.ts';
import { checkContent } from '../../src/pipeline/index.ts';
import { publish } from '../../src/pipeline/publish.ts';
import { readSettings } from '../../src/settings.ts';

const published = publish(checkContent(readSettings().contentDir).site, { drafts: false });
const path = published.paths.find((p) => p.id === 'new-hire')!;
const [first, second, third] = path.data.steps.map((s) => published.note(s.note)!);
const built = useBuiltSite();

test('a note page has the sections sidebar with its section open and the note marked, and breadcrumbs', async () => {
	const page = await built.browser.newPage({ viewport: { width: 1280, height: 800 } });
	await page.goto(`${built.url}/notes/${second!.slug}/`);
	const nav = page.locator('nav#site-nav');
	assert.ok(await nav.isVisible());
	assert.equal(
		await nav.locator('.site-nav__sections > li').count(),
		new Set(published.notes.map((n) => n.data.pillar)).size,
		'every section is listed',
	);
	const current = nav.locator('a[aria-current="page"]');
	assert.equal(await current.count(), 1);
	assert.equal(await current.getAttribute('href'), `/notes/${second!.slug}/`);
	assert.ok(await current.isVisible(), 'the current section is open');
	const crumbs = await page.locator('nav.breadcrumbs li').allTextContents();
	assert.deepEqual(
		crumbs.map((c) => c.trim()),
		['Home', crumbs[1]!.trim(), second!.data.title],
	);
	await page.close();
});

test('prev and next lead along the section and along the path: a strip near the top for readers who follow the path, links at the bottom', async () => {
	const page = await built.browser.newPage({ viewport: { width: 1280, height: 800 } });
	const along = (slug: string) => `/notes/${slug}/?path=new-hire`;
	await page.goto(`${built.url}${along(second!.slug)}`);
	const top = page.locator('.path-nav--top');
	await top.waitFor();
	assert.match((await top.textContent())!, /Step 2 of \d+/);
	assert.equal(await top.locator('a[rel="next"]').getAttribute('href'), along(third!.slug));
	assert.ok((await top.boundingBox())!.y < 800, 'the step bar is on the first screen');
	assert.equal(
		await page.locator('.path-nav--bottom a[rel="prev"]').getAttribute('href'),
		along(first!.slug),
	);
	assert.equal(
		await page.locator('.path-nav--bottom a[rel="next"]').getAttribute('href'),
		along(third!.slug),
	);
	assert.equal(new URL(page.url()).search, '', 'the address drops ?path= once it is remembered');
	const section = published.notes.filter((n) => n.data.pillar === second!.data.pillar);
	const at = section.indexOf(second!);
	const sectionNav = page.locator('nav.section-nav');
	if (section[at + 1])
		assert.equal(
			await sectionNav.locator('a[rel="next"]').getAttribute('href'),
			`/notes/${section[at + 1]!.slug}/`,
		);
	if (section[at - 1])
		assert.equal(
			await sectionNav.locator('a[rel="prev"]').getAttribute('href'),
			`/notes/${section[at - 1]!.slug}/`,
		);
	await page.close();
});

test('the path remembers: steps read to the end (or ticked) show as read on the path page, which continues from the next one', async () => {
	const context = await built.browser.newContext();
	const page = await context.newPage();
	const count = (n: number) =>
		page
			.locator('[data-progress]')
			.filter({ hasText: new RegExp(`^${n} of \\d+ read`) })
			.waitFor();
	for (const [i, note] of [first!, second!].entries()) {
		await page.goto(`${built.url}/notes/${note.slug}/?path=new-hire`);
		await count(i);
		await page.locator('.path-nav--bottom').scrollIntoViewIfNeeded();
		await count(i + 1);
	}
	// The tick says the same, and can be taken back and given again.
	const tick = page.locator('[data-tick]');
	assert.ok(await tick.isChecked());
	await tick.uncheck();
	await count(1);
	await tick.check();
	await count(2);
	await page.goto(`${built.url}/paths/new-hire/`);
	assert.equal(await page.locator('li.is-read').count(), 2);
	assert.match(
		(await page.locator('path-progress [data-status]').textContent())!,
		/2 of \d+ steps read, about \d+ minutes left/,
	);
	const resume = page.locator('[data-continue]');
	assert.equal(await resume.getAttribute('href'), `/notes/${third!.slug}/?path=new-hire`);
	assert.match(
		(await resume.textContent())!,
		new RegExp(`Continue with step 3: ${third!.data.title}`),
	);
	await page.locator('[data-reset]').click();
	assert.equal(await page.locator('li.is-read').count(), 0, 'reset clears the progress');
	await context.close();
});

test('Escape hides a citation or glossary preview and focus stays on its marker', async () => {
	const page = await built.browser.newPage();
	await page.goto(`${built.url}/notes/${second!.slug}/`);
	const marker = page.locator('.cite-link').first();
	await marker.focus();
	const preview = page.locator('.cite').first().locator('.cite-preview');
	await preview.waitFor({ state: 'visible' });
	await page.keyboard.press('Escape');
	await preview.waitFor({ state: 'hidden' });
	assert.equal(
		await marker.evaluate((el) => el === document.activeElement),
		true,
		'focus stays where it was',
	);
	await page.close();
});

// Diagram geometry (whole in the column at 390, 768 and 1280 px, text >= 12 px as rendered, the
// full-size page) is tested in tests/e2e/diagrams.test.ts.

test('the theme control offers system, light and dark; light and dark survive a reload, system follows the browser', async () => {
	const context = await built.browser.newContext({ colorScheme: 'dark' });
	const page = await context.newPage();
	await page.goto(`${built.url}/notes/${first!.slug}/`);
	const select = page.locator('theme-control select');
	assert.deepEqual(await select.locator('option').allTextContents(), ['System', 'Light', 'Dark']);
	const background = () =>
		page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
	const dark = await background();
	await select.selectOption('light');
	const light = await background();
	assert.notEqual(light, dark);
	await page.reload();
	assert.equal(await background(), light);
	await page.locator('theme-control select').selectOption('system');
	assert.equal(await background(), dark, 'system follows the browser (dark here)');
	await context.close();
});

test('a second skip link leads a keyboard user to the table of contents', async () => {
	const page = await built.browser.newPage({ viewport: { width: 1280, height: 800 } });
	await page.goto(`${built.url}/notes/${second!.slug}/`);
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	assert.equal(
		await page.evaluate(() => document.activeElement?.textContent),
		'Skip to the table of contents',
	);
	await page.keyboard.press('Enter');
	await page.keyboard.press('Tab');
	assert.equal(await page.evaluate(() => document.activeElement?.closest('#toc') !== null), true);
	await page.close();
});

test('print is dark on light in the dark theme, with self-check answers open and link targets shown', async () => {
	const quiz = published.notes.find((n) => n.source.includes('<details>'))!;
	const context = await built.browser.newContext({ colorScheme: 'dark' });
	const page = await context.newPage();
	await page.goto(`${built.url}/notes/${quiz.slug}/`);
	await page.locator('theme-control select').selectOption('dark');
	await page.emulateMedia({ media: 'print' });
	const printed = await page.evaluate(() => {
		const answer = document.querySelector('.prose details:not(.toc) > p')!;
		const link = document.querySelector<HTMLAnchorElement>(
			'.prose a[href^="/notes/"]:not(.term-link)',
		)!;
		return {
			text: getComputedStyle(document.querySelector('.prose p')!).color,
			page: getComputedStyle(document.documentElement).backgroundColor,
			answerShown: answer.getBoundingClientRect().height > 0,
			after: getComputedStyle(link, '::after').content,
			href: link.getAttribute('href'),
			nav: getComputedStyle(document.querySelector('.site-nav')!).display,
		};
	});
	assert.equal(printed.page, 'rgb(255, 255, 255)');
	assert.equal(printed.text, 'rgb(0, 0, 0)');
	assert.ok(printed.answerShown, 'the answer inside a closed <details> prints');
	assert.equal(printed.after, `" (${printed.href})"`);
	assert.equal(printed.nav, 'none');
	await context.close();
});
