// @ts-check
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { rehypePlugins, remarkPlugins, shikiConfig } from './src/markdown/index.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';

// KB_BASE serves the site under a sub-path (GitHub Pages project sites); KB_OUT_DIR lets tests
// build fixture trees without touching dist/.
const base = process.env.KB_BASE ?? '/';

export default defineConfig({
	site: process.env.KB_SITE ?? 'http://localhost:4321',
	base,
	outDir: process.env.KB_OUT_DIR ?? './dist',
	// Astro's content cache remembers entries by collection, not by folder: a build of another
	// content tree (tests) gets a cache of its own so the two never mix.
	cacheDir: process.env.KB_CONTENT_DIR ? path.join(os.tmpdir(), `kb-astro-cache-${createHash('sha1').update(path.resolve(process.env.KB_CONTENT_DIR)).digest('hex').slice(0, 8)}`) : './node_modules/.astro',
	trailingSlash: 'always',
	// unified, not Sätteri: see docs/decisions.md (positions for errors, remark-mdx JSX nodes, known plugin API).
	markdown: {
		processor: unified({ remarkPlugins: remarkPlugins(base), rehypePlugins: rehypePlugins(base), smartypants: false }),
		shikiConfig,
	},
	integrations: [contentCheck(), mdx(), pagefindIndex()],
	devToolbar: { enabled: false },
	// A strict Content Security Policy in every page: scripts only from this origin or hashed by
	// Astro (no 'unsafe-inline'), WebAssembly for Pagefind, inline style attributes for Shiki's
	// theme variables, and nothing from any other origin.
	security: {
		csp: {
			directives: ["default-src 'self'", "img-src 'self' data:", "connect-src 'self'", "worker-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
		},
	},
	vite: {
		build: {
			rollupOptions: {
				// MDX modules carry Astro's "use astro:head-inject" marker, which the bundler reports
				// once per note; it is expected and says nothing about our code.
				onwarn(warning, warn) {
					if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
				},
			},
		},
	},
});
