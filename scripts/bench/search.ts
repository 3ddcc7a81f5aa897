import zlib from 'node:zlib';
import type { Browser } from 'playwright-core';
import { median } from './stats.ts';

export interface SearchFigures {
	/** Bytes a note page fetches for search before search is opened (should be 0). */
	bytesBeforeOpen: number;
	/** Bytes fetched from opening search to the first results, raw and as served compressed. */
	firstSearchBytes: number;
	firstSearchBytesGzip: number;
	/** Query to the first rendered result, cold: search opened and the query set at once, median of runs. */
	coldMs: number;
	/** The same until the whole first page of results is on screen. */
	coldAllMs: number;
	/** Query to the first rendered result with search already open and idle, each query new to the page. */
	warmMs: number;
	/** Last keystroke to the first rendered result when the query is typed a letter every 100 ms. */
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
 * the ms from the last change until its first result is on screen, and until all of the first
 * page is.
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
	const q = ${JSON.stringify(query)};
	let first = 0;
	while (!(panel.dataset.state === 'done' && panel.dataset.query === q)) {
		if (!first && panel.dataset.firstResultFor === q) first = performance.now() - started;
		await new Promise((r) => requestAnimationFrame(r));
	}
	const all = performance.now() - started;
	return [first || all, all];
})()`;

export async function measureSearch(
	browser: Browser,
	origin: string,
	notePath: string,
	runs: number,
): Promise<SearchFigures> {
	const cold: number[] = [];
	const coldWhole: number[] = [];
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
		const [coldFirst, coldAll] = (await page.evaluate(typeAndWait(COLD_QUERY))) as number[];
		cold.push(coldFirst!);
		coldWhole.push(coldAll!);
		await page.waitForLoadState('networkidle');
		if (run === 0) {
			bytesBeforeOpen = fetched
				.filter((f) => !f.opened && /pagefind|search-vocabulary|search-ui/.test(f.url))
				.reduce((s, f) => s + f.bytes, 0);
			const after = fetched.filter((f) => f.opened);
			firstSearchBytes = after.reduce((s, f) => s + f.bytes, 0);
			firstSearchBytesGzip = after.reduce((s, f) => s + f.gzip, 0);
		}
		for (const query of WARM_QUERIES)
			warm.push(((await page.evaluate(typeAndWait(query))) as number[])[0]!);
		await context.close();
		// Typing on a fresh page: each keystroke searches, so the index for the word is loaded by the end.
		const typing = await browser.newContext();
		const fresh = await typing.newPage();
		await fresh.goto(`${origin}${notePath}`);
		await fresh.keyboard.press('/');
		await fresh.locator('dialog[open] input[type="search"]').waitFor();
		const word = WARM_QUERIES[run % WARM_QUERIES.length]!;
		typed.push(((await fresh.evaluate(typeAndWait(word, 'type'))) as number[])[0]!);
		await typing.close();
	}
	return {
		bytesBeforeOpen,
		firstSearchBytes,
		firstSearchBytesGzip,
		coldMs: median(cold),
		coldAllMs: median(coldWhole),
		warmMs: median(warm),
		typedMs: median(typed),
		runs,
	};
}
