import zlib from 'node:zlib';
import type { Browser } from 'playwright-core';
import { median } from './stats.ts';

export interface SearchFigures {
	/** Bytes a note page fetches for search before search is opened (should be 0). */
	bytesBeforeOpen: number;
	/** Bytes fetched from opening search to the first results, raw and as served compressed. */
	firstSearchBytes: number;
	firstSearchBytesGzip: number;
	/** Keystroke to first rendered result, cold (fresh page, index not loaded), median of runs. */
	coldMs: number;
	/** Keystroke to rendered results once the index is warm, median over queries (includes the 60 ms typing pause). */
	warmMs: number;
	/** Enter to rendered results once warm: the search itself, without the typing pause. */
	warmEnterMs: number;
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
 * Puts `query` in the open search field, as typing (an input event, then the UI's typing pause) or
 * as Enter (a form submit), and resolves with ms until its results are on screen.
 */
const typeAndWait = (query: string, how: 'type' | 'enter' = 'type') => `(async () => {
	const panel = document.querySelector('dialog[open] search-panel');
	const input = panel.querySelector('input[type="search"]');
	panel.dataset.state = 'pending';
	const started = performance.now();
	input.value = ${JSON.stringify(query)};
	if (${JSON.stringify(how)} === 'enter') panel.querySelector('form').requestSubmit();
	else input.dispatchEvent(new Event('input', { bubbles: true }));
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
	const enter: number[] = [];
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
		for (const query of WARM_QUERIES) enter.push(await page.evaluate(typeAndWait(query, 'enter')));
		await context.close();
	}
	return {
		bytesBeforeOpen,
		firstSearchBytes,
		firstSearchBytesGzip,
		coldMs: median(cold),
		warmMs: median(warm),
		warmEnterMs: median(enter),
		runs,
	};
}
