/**
 * Makes sure the browser tests have Debian's Chromium. Installs it with apt-get when running
 * as root (CI and these machines); otherwise says exactly what to do. Playwright never
 * downloads a browser of its own here.
 */
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import { CHROMIUM as path } from './lib/chromium.ts';
if (fs.existsSync(path)) process.exit(0);

const fail = (why: string) => {
	console.error(
		`Browser tests need Chromium at ${path}, and ${why}.\nInstall it with: sudo apt-get update && sudo apt-get install -y chromium\nor point CHROMIUM_PATH at an existing Chromium.`,
	);
	process.exit(1);
};

if (process.getuid?.() !== 0) fail('this user cannot install packages');
if (spawnSync('apt-get', ['--version']).status !== 0) fail('apt-get is not available');
console.log('Installing Chromium from Debian packages for the browser tests (first run only)…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [
	['update', '-qq'],
	['install', '-y', '-qq', 'chromium'],
]) {
	const run = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
	if (run.status !== 0) fail(`"apt-get ${args.join(' ')}" failed`);
}
if (!fs.existsSync(path)) fail('the chromium package did not provide it');
console.log(`Chromium installed at ${path}.`);
