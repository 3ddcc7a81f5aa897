import fs from 'node:fs';
import path from 'node:path';
import { astroBuild } from '../../scripts/lib/astro-build.ts';
import { tempDir } from './temp.ts';

export interface BuildResult {
	status: number | null;
	output: string;
	outDir: string;
}

/** Builds the site from `contentDir` into a fresh temp folder. */
export function buildFixture(contentDir: string, env: Record<string, string> = {}): BuildResult {
	const outDir = tempDir('kb-build-');
	const { status, output } = astroBuild({ KB_CONTENT_DIR: contentDir, KB_OUT_DIR: outDir, ...env });
	return { status, output, outDir };
}

/** Reads a built page by its URL path, e.g. `/notes/alpha/`. */
export function page(outDir: string, urlPath: string): string {
	return fs.readFileSync(
		path.join(outDir, urlPath, urlPath.endsWith('/') ? 'index.html' : ''),
		'utf8',
	);
}
