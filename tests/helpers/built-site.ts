import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { launch } from '../../scripts/lib/chromium.ts';
import { serve } from '../../scripts/lib/serve.ts';
import { requireDist } from './dist.ts';

/**
 * Serves the built site and starts Chromium for the tests of one file, stopping both after.
 * Read `url` and `browser` inside tests (they are set once `before` has run).
 */
export function useBuiltSite(): { url: string; browser: Browser } {
	const site = {} as { url: string; browser: Browser };
	let close: (() => Promise<void>) | undefined;
	before(async () => {
		const server = await serve(requireDist());
		close = server.close;
		site.url = server.url;
		site.browser = await launch();
	});
	after(async () => {
		await site.browser?.close();
		await close?.();
	});
	return site;
}
