import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ASTRO = path.resolve('node_modules/astro/bin/astro.mjs');

export interface BuildResult {
	status: number | null;
	output: string;
	outDir: string;
}

/** Builds the site from `contentDir` into a fresh temp folder with the project's own Node. */
export function buildFixture(contentDir: string, env: Record<string, string> = {}): BuildResult {
	const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-build-'));
	const run = spawnSync(process.execPath, [ASTRO, 'build'], {
		env: { ...process.env, KB_CONTENT_DIR: contentDir, KB_OUT_DIR: outDir, FORCE_COLOR: '0', NO_COLOR: '1', ...env },
		encoding: 'utf8',
		timeout: 180_000,
	});
	return { status: run.status, output: `${run.stdout}\n${run.stderr}`, outDir };
}

/** Reads a built page by its URL path, e.g. `/notes/alpha/`. */
export function page(outDir: string, urlPath: string): string {
	return fs.readFileSync(path.join(outDir, urlPath, urlPath.endsWith('/') ? 'index.html' : ''), 'utf8');
}
