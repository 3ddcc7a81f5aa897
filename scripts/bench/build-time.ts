import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ASTRO = path.resolve('node_modules/astro/bin/astro.mjs');

/** Wall-clock seconds of one full build (content check, pages, search index). */
export function timeBuild(env: Record<string, string> = {}): number {
	const started = performance.now();
	const run = spawnSync(process.execPath, [ASTRO, 'build'], { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
	return (performance.now() - started) / 1000;
}
