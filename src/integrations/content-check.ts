import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { ContentError, formatDiagnostic, sortDiagnostics } from '../lib/diagnostics.ts';
import { contentRoot } from '../lib/content-root.ts';
import { invalidateSite, loadSite } from '../graph/site.ts';
import { noteUrl } from '../lib/urls.ts';

/**
 * Checks the whole content tree before Astro renders anything, so a build reports every
 * schema, link and reference problem at once (Astro itself stops at the first bad entry
 * and lets broken references through). The dev server reports and keeps running.
 */
export function contentCheck(): AstroIntegration {
	return {
		name: 'platform-kb:content-check',
		hooks: {
			'astro:config:setup': ({ command, logger, updateConfig, config }) => {
				const site = loadSite();
				// Renamed notes keep their old URLs: each old slug becomes a redirect page.
				const redirects = Object.fromEntries(
					[...site.notes.values()].flatMap((note) => note.data.redirectFrom.map((old) => [`/notes/${old}/`, noteUrl(config.base, note.slug)])),
				);
				updateConfig({ redirects });
				const all = sortDiagnostics(site.diagnostics);
				for (const d of all.filter((d) => d.severity === 'warning')) logger.warn(formatDiagnostic(d));
				const errors = all.filter((d) => d.severity === 'error');
				if (errors.length === 0) {
					logger.info(`content ok: ${site.notes.size} notes, ${site.glossary.length} glossary terms, ${site.sources.size} sources`);
					return;
				}
				if (command === 'build') throw new ContentError(errors);
				for (const d of errors) logger.error(formatDiagnostic(d));
			},
			'astro:server:setup': ({ server }) => {
				const root = contentRoot() + path.sep;
				server.watcher.on('all', (_event, file) => {
					if (file.startsWith(root)) invalidateSite();
				});
			},
		},
	};
}
