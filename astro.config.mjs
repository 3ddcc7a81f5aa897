// @ts-check
import { defineConfig } from 'astro/config';
import { artefacts, buildManifest } from './src/integrations/artefacts.ts';
import { hostConfig } from './src/integrations/host-config.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { readSettings } from './src/settings.ts';

// Every KB_* setting is read and validated once (src/settings.ts).
const settings = readSettings();

export default defineConfig({
	site: settings.site,
	base: settings.base,
	outDir: settings.outDir,
	// One Astro cache per content tree: tests build fixture trees without touching the real one.
	cacheDir: settings.cacheDir,
	trailingSlash: 'always',
	// Notes are not Markdown files to Astro: the content pipeline (src/pipeline, src/render) parses
	// and renders them itself and hands Astro finished HTML through content collections.
	// The build manifest comes last, so its build time includes the search index (docs/pr-report.md).
	integrations: [artefacts(settings), pagefindIndex(), hostConfig(), buildManifest(settings)],
	markdown: { syntaxHighlight: false },
	devToolbar: { enabled: false },
	// A strict Content Security Policy in every page: scripts and styles only from this origin or
	// hashed by Astro (no 'unsafe-inline' at all: code colours are classes), WebAssembly for
	// Pagefind, and nothing from any other origin.
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"connect-src 'self'",
				"worker-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			styleDirective: { resources: ["'self'"] },
		},
	},
});
