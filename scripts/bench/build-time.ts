import { astroBuild } from '../lib/astro-build.ts';

/** Wall-clock seconds of one full build (content check, pages, search index). */
export function timeBuild(env: Record<string, string> = {}): number {
	const build = astroBuild(env);
	if (build.status !== 0) throw new Error(`build failed:\n${build.output}`);
	return build.seconds;
}
