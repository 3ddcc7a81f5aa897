// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { remarkPlugins, shikiConfig } from './src/markdown/index.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';

// KB_BASE serves the site under a sub-path (GitHub Pages project sites); KB_OUT_DIR lets tests
// build fixture trees without touching dist/.
const base = process.env.KB_BASE ?? '/';

export default defineConfig({
	site: process.env.KB_SITE ?? 'http://localhost:4321',
	base,
	outDir: process.env.KB_OUT_DIR ?? './dist',
	trailingSlash: 'always',
	// unified, not Sätteri: see docs/decisions.md (positions for errors, remark-mdx JSX nodes, known plugin API).
	markdown: {
		processor: unified({ remarkPlugins: [...remarkPlugins(base)], smartypants: false }),
		shikiConfig,
	},
	integrations: [contentCheck(), mdx(), pagefindIndex()],
	devToolbar: { enabled: false },
});
