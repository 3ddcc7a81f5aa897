import fs from 'node:fs';
import { chromium, type Browser, type BrowserServer } from 'playwright-core';

/** Debian's Chromium; CHROMIUM_PATH overrides it. Playwright never downloads a browser here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium quiet and offline on these machines. */
const FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/**
 * Tests only: V8 without its helper threads. Pages run the same JavaScript; the speculative
 * background compilation and collection it skips were a quarter of Chromium's CPU in the axe
 * pass (24.2 to 18.4 s over 20 notes, the same wall time), time that on a 2-core machine running
 * two test files at once is taken from the other. Benchmarks measure with Chromium's defaults.
 */
const TEST_FLAGS = ['--js-flags=--single-threaded'];

/**
 * The address of a Chromium that `npm test` started for all test files to share (each file
 * would otherwise start its own: about 2 s of CPU each).
 */
export const SHARED_BROWSER = 'KB_CHROMIUM_ENDPOINT';

function requireChromium(): void {
	if (!fs.existsSync(CHROMIUM)) {
		throw new Error(
			`Chromium not found at ${CHROMIUM}. Install it with "apt-get install -y chromium" (npm test does this when run as root) or set CHROMIUM_PATH.`,
		);
	}
}

/**
 * Chromium for one process: for tests, the shared one when `npm test` started it, else a new
 * one; for measuring, always a new one with V8's defaults.
 */
export async function launch(use: 'test' | 'measure' = 'test'): Promise<Browser> {
	const shared = process.env[SHARED_BROWSER];
	if (shared && use === 'test') return chromium.connect(shared);
	requireChromium();
	const args = use === 'test' ? [...FLAGS, ...TEST_FLAGS] : FLAGS;
	return chromium.launch({ executablePath: CHROMIUM, args });
}

/** A Chromium for tests that other processes connect to (its address: `wsEndpoint()`). */
export async function launchShared(): Promise<BrowserServer> {
	requireChromium();
	return chromium.launchServer({ executablePath: CHROMIUM, args: [...FLAGS, ...TEST_FLAGS] });
}
