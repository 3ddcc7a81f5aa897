import zlib from 'node:zlib';
import type { Browser } from 'playwright-core';
import { median } from './stats.ts';

export interface SearchFigures {
	/** Bytes a note page fetches for search before search is opened (should be 0). */
	bytesBeforeOpen: number;
	/** Bytes fetched from opening search to the first results, raw and as served compressed. */
	firstSearchBytes: number;
	firstSearchBytesGzip: number;
	/** Query to first rendered results, cold: search opened and the query set at once, median of runs. */
	coldMs: number;
	/** Query to rendered results with search already open and idle, each query new to the page. */
	warmMs: number;
	/** Last keystroke to rendered results when the query is typed a letter every 100 ms. */
	typedMs: number;
	runs: number;
}

const COLD_QUERY = 'node pool upgrade';
const WARM_QUERIES = [
	'pdb',
	'mtls',
	'gocd',
	'cordon',
	'rolling update',
	'sidecar injection',
	'falco',
	'etcd backup',
	'private registry',
	'readiness probe',
	'canary',
	'spiffe',
];

/**
 * Puts `query` in the open search field, all at once or a letter every 100 ms, and resolves with
 * the ms from the last change until its results are on screen.
 */
const typeAndWait = (query: string, how: 'paste' | 'type' = 'paste') => `(async () => {
	const panel = document.querySelector('dialog[open] search-panel');
	const input = panel.querySelector('input[type="search"]');
	const steps = ${JSON.stringify(how)} === 'type' ? [...${JSON.stringify(query)}].map((_, i, all) => all.slice(0, i + 1).join('')) : [${JSON.stringify(query)}];
	let started = 0;
	for (const text of steps) {
		if (started) await new Promise((r) => setTimeout(r, 100));
		started = performance.now();
		input.value = text;
		input.dispatchEvent(new Event('input', { bubbles: true }));
	}
	while (!(panel.dataset.state === 'done' && panel.dataset.query === ${JSON.stringify(query)})) await new Promise((r) => requestAnimationFrame(r));
	return performance.now() - started;
})()`;

export async function measureSearch(
	browser: Browser,
	origin: string,
	notePath: string,
	runs: number,
): Promise<SearchFigures> {
	const cold: number[] = [];
	const warm: number[] = [];
	const typed: number[] = [];
	let bytesBeforeOpen = 0;
	let firstSearchBytes = 0;
	let firstSearchBytesGzip = 0;
	for (let run = 0; run < runs; run++) {
		const context = await browser.newContext();
		const page = await context.newPage();
		const fetched: { url: string; bytes: number; gzip: number; opened: boolean }[] = [];
		let opened = false;
		page.on('response', async (response) => {
			const body = await response.body().catch(() => Buffer.alloc(0));
			// Pagefind's index files are already compressed; others would be gzipped by the host.
			const precompressed = /\.pf_|\.pagefind$/.test(response.url());
			fetched.push({
				url: response.url(),
				bytes: body.length,
				gzip: precompressed ? body.length : zlib.gzipSync(body).length,
				opened,
			});
		});
		await page.goto(`${origin}${notePath}`);
		await page.waitForLoadState('networkidle');
		opened = true;
		await page.keyboard.press('/');
		await page.locator('dialog[open] input[type="search"]').waitFor();
		cold.push(await page.evaluate(typeAndWait(COLD_QUERY)));
		await page.waitForLoadState('networkidle');
		if (run === 0) {
			bytesBeforeOpen = fetched
				.filter((f) => !f.opened && /pagefind|search-vocabulary|search-ui/.test(f.url))
				.reduce((s, f) => s + f.bytes, 0);
			const after = fetched.filter((f) => f.opened);
			firstSearchBytes = after.reduce((s, f) => s + f.bytes, 0);
			firstSearchBytesGzip = after.reduce((s, f) => s + f.gzip, 0);
		}
		for (const query of WARM_QUERIES) warm.push(await page.evaluate(typeAndWait(query)));
		await context.close();
		// Typing on a fresh page: each keystroke searches, so the index for the word is loaded by the end.
		const typing = await browser.newContext();
		const fresh = await typing.newPage();
		await fresh.goto(`${origin}${notePath}`);
		await fresh.keyboard.press('/');
		await fresh.locator('dialog[open] input[type="search"]').waitFor();
		typed.push(await fresh.evaluate(typeAndWait(WARM_QUERIES[run % WARM_QUERIES.length]!, 'type')));
		await typing.close();
	}
	return {
		bytesBeforeOpen,
		firstSearchBytes,
		firstSearchBytesGzip,
		coldMs: median(cold),
		warmMs: median(warm),
		typedMs: median(typed),
		runs,
	};
}
