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

/** Chromium for one process: the shared one when `npm test` started it, else a new one. */
export async function launch(): Promise<Browser> {
	const shared = process.env[SHARED_BROWSER];
	if (shared) return chromium.connect(shared);
	requireChromium();
	return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

/** A Chromium that other processes connect to (its address: `wsEndpoint()`). */
export async function launchShared(): Promise<BrowserServer> {
	requireChromium();
	return chromium.launchServer({ executablePath: CHROMIUM, args: FLAGS });
}
