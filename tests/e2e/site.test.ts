import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../helpers/built-site.ts';
import { checkContent } from '../../src/pipeline/index.ts';
import { readSettings } from '../../src/settings.ts';

const { site } = checkContent(readSettings().contentDir);
const built = useBuiltSite();

/** Opens a page and fails the test on any request to another origin, script error or CSP violation. */
async function open(path: string): Promise<Page> {
	const page = await built.browser.newPage();
	const problems: string[] = [];
	page.on('request', (r) => {
		if (!r.url().startsWith(built.url) && !r.url().startsWith('data:'))
			problems.push(`request to ${r.url()}`);
	});
	page.on('console', (m) => {
		if (m.type() === 'error') problems.push(`console: ${m.text()}`);
	});
	page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
	await page.goto(`${built.url}${path}`);
	page.on('close', () =>
		assert.deepEqual(problems, [], 'no external request, script error or CSP violation'),
	);
	return page;
}

test('a note page shows every note that links to it, with the linking sentence', async () => {
	const [slug, incoming] = [...site.backlinks].sort((a, b) => b[1].length - a[1].length)[0]!;
	assert.ok(incoming.length >= 2, 'the content has a note with several backlinks');
	const page = await open(`/notes/${slug}/`);
	const section = page.locator('section.backlinks');
	for (const link of incoming) {
		const title = site.notes.get(link.from)!.data.title;
		const item = section.locator('li', { has: page.locator(`a[href="/notes/${link.from}/"]`) });
		assert.equal(await item.locator('a').first().textContent(), title);
		assert.ok((await item.locator('q').textContent())!.length > 10, `context for ${link.from}`);
	}
	await page.close();
});

test('search opens with "/", finds the blue-green hub for "blue-green", and Enter opens it', async () => {
	const page = await open('/');
	await page.keyboard.press('/');
	const input = page.locator('dialog[open] input[type="search"]');
	await input.waitFor();
	assert.equal(
		await input.evaluate((el) => el === document.activeElement),
		true,
		'focus moves to the search field',
	);
	await input.fill('blue-green');
	const results = page.locator('dialog[open] .search-results a.result-title');
	await results.first().waitFor();
	const hrefs = await results.evaluateAll((links) =>
		links.slice(0, 2).map((a) => new URL((a as HTMLAnchorElement).href).pathname),
	);
	assert.ok(hrefs.includes('/notes/blue-green-node-pools/'), `top results: ${hrefs.join(', ')}`);
	assert.match(
		(await page.locator('dialog[open] [role="status"]').textContent()) ?? '',
		/\d+ results? for “blue-green”/,
	);
	await input.press('ArrowDown');
	await page.keyboard.press('Enter');
	await page.waitForURL(/\/notes\//);
	await page.close();
});

test('Escape closes search and returns focus to the page', async () => {
	const page = await open('/notes/');
	const opener = page.locator('[data-search-open]');
	await opener.focus();
	await page.keyboard.press('Control+k');
	await page.locator('dialog[open]').waitFor();
	await page.keyboard.press('Escape');
	await page.locator('dialog[open]').waitFor({ state: 'detached' });
	assert.equal(await opener.evaluate((el) => el === document.activeElement), true);
	await page.close();
});

test('/search/?q= runs the query on load and the URL stays shareable', async () => {
	const page = await open('/search/?q=mtls');
	const first = page.locator('.search-results a.result-title').first();
	await first.waitFor();
	assert.equal(await page.locator('#q-page').inputValue(), 'mtls');
	await page.close();
});

test('pages carry a strict Content Security Policy: no unsafe-inline scripts, nothing from other origins', async () => {
	const page = await open('/notes/lcm/');
	const csp = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	assert.ok(csp);
	const scriptSrc = /script-src ([^;]+)/.exec(csp)![1]!;
	assert.doesNotMatch(scriptSrc, /'unsafe-inline'|'unsafe-eval'|https?:|\*/);
	assert.match(csp, /default-src 'self'/);
	// Search (WebAssembly, a worker, dynamic import) must still work under the policy.
	await page.keyboard.press('/');
	await page.locator('dialog[open] input').fill('pdb');
	await page.locator('dialog[open] .search-results a').first().waitFor();
	await page.close();
});

test('a note page loads no search code or index until the reader reaches for search', async () => {
	const page = await built.browser.newPage();
	const fetched: string[] = [];
	page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
	await page.goto(`${built.url}/notes/lcm/`);
	await page.waitForLoadState('networkidle');
	assert.deepEqual(
		fetched.filter((p) => p.includes('pagefind')),
		[],
	);
	await page.keyboard.press('/');
	await page.locator('dialog[open] input').fill('lcm');
	await page.locator('dialog[open] .search-results a').first().waitFor();
	assert.ok(
		fetched.some((p) => p.includes('/pagefind/')),
		'the index loads once search is used',
	);
	await page.close();
});

/** Once the search page has searched with the filters now chosen: the result paths. */
async function filteredResults(page: Page, param: string, value: string): Promise<string[]> {
	await page.waitForFunction(
		([param, value]) =>
			new URL(location.href).searchParams.get(param!) === value &&
			document.querySelector<HTMLElement>('search-panel[data-from-url]')?.dataset.state === 'done',
		[param, value],
	);
	return page
		.locator('.search-results a.result-title')
		.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

test('filters narrow results by type and pillar; sorting by last update lists newest first', async () => {
	const page = await open('/search/?q=policy&type=glossary');
	const terms = await filteredResults(page, 'type', 'glossary');
	assert.ok(terms.length > 0 && terms.every((h) => h.startsWith('/glossary/')), terms.join(', '));
	// Notes carry no type value: "Notes" is every page of no other type, and only notes.
	await page.locator('select[name="type"]').first().selectOption('note');
	const notes = await filteredResults(page, 'type', 'note');
	assert.ok(notes.length > 3 && notes.every((h) => h.startsWith('/notes/')), notes.join(', '));
	await page.locator('select[name="pillar"]').first().selectOption('istio');
	await filteredResults(page, 'pillar', 'istio');
	const istio = await page.locator('.search-results .result-meta').allTextContents();
	assert.ok(
		istio.length > 0 && istio.every((m) => m.includes('Istio security')),
		istio.join(' | '),
	);
	await page.close();
});

test('the three required diagrams render in light and dark themes with theme colours', async () => {
	const required: [string, string][] = [
		['/notes/phased-release-pipeline/', 'dg-phased-release'],
		['/notes/blue-green-node-pools/', 'dg-bluegreen-upgrade'],
		['/notes/mutual-tls/', 'dg-mtls-identity'],
	];
	for (const [path, id] of required) {
		const fills: string[] = [];
		for (const colorScheme of ['light', 'dark'] as const) {
			const context = await built.browser.newContext({ colorScheme });
			const page = await context.newPage();
			await page.goto(`${built.url}${path}`);
			// The picture shown in the column: the wide one or the narrow (top-down) one, ids dg-<id>(-n).
			const svg = page.locator(`figure#diagram-${id.slice(3)} svg.diagram-svg:visible`);
			assert.ok((await svg.boundingBox())!.width > 300, `${id} is drawn at a readable size`);
			fills.push(
				await svg
					.locator('.dg-label')
					.first()
					.evaluate((el) => getComputedStyle(el).fill),
			);
			assert.ok(
				((await svg.locator('desc').textContent()) ?? '').length > 30,
				`${id} has a text alternative`,
			);
			await context.close();
		}
		assert.notEqual(fills[0], fills[1], `${id} label colour follows the theme`);
	}
});

test('the container-hardening "Who does what" table shows every cell in its column, and Falco is one link', async () => {
	const page = await open('/notes/container-hardening/');
	const table = page.locator('table', { has: page.locator('th', { hasText: 'application team' }) });
	const columns = await table
		.locator('thead th, thead td')
		.evaluateAll((cells) =>
			cells.map((c) => c.getBoundingClientRect()).map((r) => [r.left, r.right]),
		);
	assert.equal(columns.length, 3);
	const rows = await table.locator('tbody tr').evaluateAll((trs) =>
		trs.map((tr) =>
			[...tr.children].map((cell) => {
				const r = cell.getBoundingClientRect();
				return { left: r.left, right: r.right, text: cell.textContent!.trim() };
			}),
		),
	);
	assert.equal(rows.length, 4);
	for (const row of rows) {
		assert.equal(row.length, 3, JSON.stringify(row));
		row.forEach((cell, i) => {
			assert.ok(cell.text.length > 0, `an empty cell in ${JSON.stringify(row)}`);
			assert.ok(!cell.text.includes('[['), cell.text);
			assert.ok(
				Math.abs(cell.left - columns[i]![0]!) < 1 && Math.abs(cell.right - columns[i]![1]!) < 1,
				`"${cell.text}" sits in column ${i + 1}`,
			);
		});
	}
	const runtime = table.locator('tbody tr', { hasText: 'runtime' }).locator('td, th').nth(1);
	assert.equal(await runtime.textContent(), 'runs Falco and routes alerts');
	assert.equal(
		await runtime.locator('a[href="/notes/runtime-security-falco/"]').textContent(),
		'Falco',
	);
	await page.close();
});
