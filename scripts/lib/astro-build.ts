import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ASTRO = path.resolve('node_modules/astro/bin/astro.mjs');

export interface AstroBuild {
	status: number | null;
	output: string;
	seconds: number;
}

/**
 * Runs `astro build` with the project's own Node (process.execPath, Node 22 under npm scripts),
 * plain-text output, and extra environment such as KB_CONTENT_DIR and KB_OUT_DIR.
 */
export function astroBuild(env: Record<string, string> = {}): AstroBuild {
	const started = performance.now();
	const run = spawnSync(process.execPath, [ASTRO, 'build'], {
		env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...env },
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
		timeout: 30 * 60_000,
	});
	return {
		status: run.status,
		output: `${run.stdout}\n${run.stderr}`,
		seconds: (performance.now() - started) / 1000,
	};
}
