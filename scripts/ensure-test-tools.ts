/**
 * Makes sure the tests have the Debian packages they drive: Chromium for the browser tests
 * (required) and nginx for the header test (optional: that test skips, saying why, without it).
 * Installs what is missing with apt-get when running as root (CI and these machines);
 * otherwise says exactly what to do. Playwright never downloads a browser of its own here.
 */
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import { CHROMIUM } from './lib/chromium.ts';
import { NGINX } from './lib/nginx.ts';

const missing = [
	...(fs.existsSync(CHROMIUM) ? [] : [{ pkg: 'chromium', path: CHROMIUM, required: true }]),
	...(fs.existsSync(NGINX) ? [] : [{ pkg: 'nginx-light', path: NGINX, required: false }]),
];
if (missing.length === 0) process.exit(0);

const packages = missing.map((m) => m.pkg).join(' ');
const cannot = (why: string) => {
	for (const m of missing) {
		const what = m.required
			? 'Browser tests need'
			: 'The nginx header test needs (it is skipped without it)';
		console.error(`${what} ${m.pkg} at ${m.path}, and ${why}.`);
	}
	console.error(
		`Install with: sudo apt-get update && sudo apt-get install -y ${packages}\nor point CHROMIUM_PATH / NGINX_PATH at existing binaries.`,
	);
	process.exit(missing.some((m) => m.required) ? 1 : 0);
};

if (process.getuid?.() !== 0) cannot('this user cannot install packages');
if (spawnSync('apt-get', ['--version']).status !== 0) cannot('apt-get is not available');
console.log(`Installing ${packages} from Debian packages for the tests (first run only)…`);
// RUNLEVEL=1 keeps the nginx package from starting a server of its own.
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive', RUNLEVEL: '1' };
for (const args of [
	['update', '-qq'],
	['install', '-y', '-qq', ...missing.map((m) => m.pkg)],
]) {
	const run = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
	if (run.status !== 0) cannot(`"apt-get ${args.join(' ')}" failed`);
}
for (const m of missing)
	if (!fs.existsSync(m.path)) cannot(`the ${m.pkg} package did not provide ${m.path}`);
console.log(`Installed ${packages}.`);
