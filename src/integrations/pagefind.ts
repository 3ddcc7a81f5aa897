import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Pagefind also writes its own ready-made UIs; this site has its own, so they are not shipped. */
function removeUnusedUi(dir: string): void {
	for (const name of fs.readdirSync(dir)) {
		if (/^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(name))
			fs.rmSync(path.join(dir, name));
	}
}

/**
 * Builds the search index from the finished HTML with Pagefind's Node API. Only regions
 * marked `data-pagefind-body` are indexed; filters and meta come from data attributes.
 */
export function pagefindIndex(): AstroIntegration {
	return {
		name: 'platform-kb:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const fail = (step: string, errors: string[]) =>
					new Error(`Pagefind failed to ${step}: ${errors.join('; ')}`);
				try {
					const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
					if (!index) throw fail('start', errors);
					const added = await index.addDirectory({ path: outDir });
					if (added.errors.length) throw fail('index the site', added.errors);
					const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
					if (written.errors.length) throw fail('write the index', written.errors);
					removeUnusedUi(path.join(outDir, 'pagefind'));
					logger.info(`search index: ${added.page_count} pages`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
