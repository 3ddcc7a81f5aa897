import type { Element } from 'hast';
import { bundledLanguages, createHighlighter, type ShikiTransformer } from 'shiki';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import {
	transformerMetaHighlight,
	transformerNotationDiff,
	transformerNotationHighlight,
	transformerStyleToClass,
} from '@shikijs/transformers';
import { textOf } from '../pipeline/note-syntax.ts';
import { h, rewrite, text } from './hast.ts';
import { readable } from './contrast.ts';
import type { Highlight, Transform } from './transform.ts';

/** Both themes are emitted as CSS variables (`--shiki-light`, `--shiki-dark`); the page's colour scheme picks one. */
export const CODE_THEMES = { light: 'github-light', dark: 'github-dark' } as const;

/** True when Shiki can highlight `lang`; other fences are shown as plain text. */
export function isKnownLanguage(lang: string): boolean {
	return lang === 'text' || lang === 'plaintext' || lang in bundledLanguages;
}

/** Reads `title="…"` from a fence's meta string. */
export function titleFromMeta(meta: string | undefined): string | undefined {
	return meta
		? /(?:^|\s)title=(?:"([^"]*)"|'([^']*)')/
				.exec(meta)
				?.slice(1)
				.find((v) => v !== undefined)
		: undefined;
}

/** Fence languages shown in a terminal frame. */
const TERMINAL = new Set(['sh', 'bash', 'shell', 'console', 'zsh', 'shellsession']);
/** Blocks longer than this many lines are collapsed (by src/client/copy-code.ts) behind "Show all". */
export const COLLAPSE_AFTER = 25;

/**
 * Every block gets a frame: a `<figure>` whose title bar (`<figcaption>`) names it by its
 * `title="…"` or its language and carries the Copy button, so the button never covers code on a
 * phone. Shell languages get a terminal frame. The line count lets the page script collapse long
 * blocks; without scripts every block is shown whole.
 */
const transformerCodeFrame = (lang: string): ShikiTransformer => ({
	name: 'platform-kb:code-frame',
	root(root) {
		const title = titleFromMeta(this.options.meta?.__raw);
		const terminal = TERMINAL.has(lang);
		const lines = this.source.split('\n').length;
		root.children = [
			h(
				'figure',
				{
					className: ['code-frame', ...(terminal ? ['code-frame--terminal'] : [])],
					dataLines: lines,
				},
				[
					h('figcaption', { className: ['code-frame-bar'] }, [
						h('span', { className: ['code-frame-title'] }, [
							text(title ?? (terminal ? 'Terminal' : lang === 'text' ? 'Text' : lang)),
						]),
					]),
					...(root.children as Element[]),
				],
			),
		];
	},
});

/** Shiki's `shiki` class becomes the site's own, and the language is named for readers of the HTML. */
const transformerSiteClass = (lang: string): ShikiTransformer => ({
	name: 'platform-kb:code-class',
	pre(node) {
		node.properties.class = 'code-block';
		node.properties.dataLanguage = lang;
	},
});

/**
 * Token colours need 4.5:1 on the code background (WCAG 1.4.3); 5:1 leaves room for the tint of
 * highlighted and diff lines. The themes' backgrounds are those of github-light and github-dark.
 */
const MIN_CONTRAST = 5;
const BACKGROUNDS = { light: '#ffffff', dark: '#24292e' } as const;

/** The colour classes with every foreground colour made readable on its theme's background. */
function readableCss(css: string): string {
	return css.replace(
		/--shiki-(light|dark):(#[0-9a-fA-F]{3,8})(?=[;}])/g,
		(_match, theme: 'light' | 'dark', color: string) =>
			`--shiki-${theme}:${readable(color, BACKGROUNDS[theme], MIN_CONTRAST)}`,
	);
}

export interface CodeHighlighter {
	highlight: Highlight;
	/** The stylesheet for every token colour used so far: `.c-…{--shiki-light:…;--shiki-dark:…}`. */
	css(): string;
}

/**
 * A highlighter for the given fence languages: line highlights (`{2-3}`), diff and highlight
 * notations (`// [!code ++]`) and titles (`title="pdb.yaml"`). Token colours become classes with
 * one shared stylesheet instead of inline styles: pages are a third lighter and the Content
 * Security Policy needs no inline styles at all. Shiki's JavaScript regex engine is faster
 * here than its WebAssembly one (measured in docs/benchmarks.md).
 */
export async function createCodeHighlighter(langs: Iterable<string>): Promise<CodeHighlighter> {
	const known = [...new Set(langs)].filter(
		(lang) => isKnownLanguage(lang) && lang !== 'text' && lang !== 'plaintext',
	);
	const highlighter = await createHighlighter({
		themes: Object.values(CODE_THEMES),
		langs: known,
		engine: createJavaScriptRegexEngine(),
	});
	const colours = transformerStyleToClass({ classPrefix: 'c-' });
	return {
		highlight: (code, lang, meta) => {
			const root = highlighter.codeToHast(code.replace(/\n$/, ''), {
				lang: known.includes(lang) ? lang : 'text',
				themes: CODE_THEMES,
				defaultColor: false,
				meta: meta ? { __raw: meta } : undefined,
				transformers: [
					transformerSiteClass(lang || 'text'),
					transformerMetaHighlight(),
					transformerNotationHighlight(),
					transformerNotationDiff(),
					transformerCodeFrame(lang || 'text'),
					colours,
				],
			});
			return root.children[0] as Element;
		},
		css: () => readableCss(colours.getCSS()),
	};
}

/** Highlights every fenced code block of a note. */
export const code: Transform = {
	name: 'code',
	transform: (tree, { highlight }) =>
		rewrite(
			tree,
			(node) => {
				if (node.type !== 'element' || node.tagName !== 'pre') return node;
				const code = node.children.find(
					(c): c is Element => c.type === 'element' && c.tagName === 'code',
				);
				if (!code) return node;
				const data = (code.data ?? {}) as { lang?: string | null; meta?: string | null };
				return highlight(textOf(code), data.lang ?? 'text', data.meta ?? undefined);
			},
			(node) => node.type === 'element' && node.tagName === 'pre',
		),
};
