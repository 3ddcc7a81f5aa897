import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../helpers/built-site.ts';
import { requireDist, samplePages } from '../helpers/dist.ts';
import { checkContent } from '../../src/pipeline/index.ts';
import { readSettings } from '../../src/settings.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const { site } = checkContent(readSettings().contentDir);
const notes = [...site.notes.values()];
const withDiagram = notes.find((n) => n.syntax.elements.some((e) => e.name === 'Diagram'));
const withCode = notes.find((n) => n.syntax.code.length > 0);
const hub = notes.find((n) => n.data.hub)!;
const glossary = site.glossary[0];
const tag = notes.flatMap((n) => n.data.tags)[0];

/** One page of every type. */
const PAGES = [
	...new Set([
		'/',
		'/notes/',
		`/notes/${hub.slug}/`,
		...(withDiagram ? [`/notes/${withDiagram.slug}/`] : []),
		...(withCode ? [`/notes/${withCode.slug}/`] : []),
		`/pillars/${hub.data.pillar}/`,
		'/tags/',
		...(tag ? [`/tags/${tag}/`] : []),
		'/glossary/',
		...(glossary ? [`/glossary/${glossary.id}/`] : []),
		...site.paths.map((p) => `/paths/${p.id}/`),
		'/sources/',
		'/sources/deck-docker-k8s-istio/',
		'/sources/talk-managed-platform/',
		...[...site.diagrams.keys()].slice(0, 1).map((id) => `/diagrams/${id}/`),
		'/search/?q=pdb',
		'/no-such-page/',
	]),
];

const built = useBuiltSite();

/** The rules whose outcome depends on colours: the only ones a colour scheme can change. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
const ALL_RULES = {
	type: 'tag',
	values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
};

interface Checked {
	path: string;
	violations: string[];
	/** How much wider than the window the page is, in px (0: it fits). */
	overflow: number;
}
interface AxeResult {
	violations: { id: string; help: string; nodes: { target: string[] }[] }[];
}

/** One look at a page: a colour scheme, a window width and the axe rules to run. */
interface Pass {
	colorScheme: 'light' | 'dark';
	width: number;
	rules: object;
}
const viewport = (width: number) => ({ width, height: width < 600 ? 844 : 900 });

/** axe-core's findings (one line each) and the horizontal overflow of the page as it is now. */
function check(page: Page, path: string, rules: object): Promise<Checked> {
	return page.evaluate(
		async ({ path, rules }) => {
			const axe = (window as unknown as { axe: { run: (o?: object) => Promise<AxeResult> } }).axe;
			// Only violations are reported; describing every passing node is most of axe's time.
			const result = await axe.run({ runOnly: rules, resultTypes: ['violations'] });
			const root = document.documentElement;
			return {
				path,
				overflow: root.scrollWidth - root.clientWidth,
				violations: result.violations.map(
					(v) =>
						`${path} ${v.id}: ${v.help} (${v.nodes
							.slice(0, 3)
							.map((n) => n.target.join(' '))
							.join('; ')})`,
				),
			};
		},
		{ path, rules },
	);
}

/**
 * Loads every path once and looks at it in each pass, switching the colour scheme and the window
 * width in place (the site's colours are CSS light-dark() and it has no transitions, so a switch
 * applies at once), two pages at a time (the browser renders one while axe checks the other).
 * axe is loaded into each document as it starts, so each tab compiles it once rather than once
 * per page. The site's CSP rightly blocks injected scripts; axe is a test tool, so the policy is
 * bypassed here only. Returns the findings per pass.
 */
async function checkAll(paths: readonly string[], passes: readonly Pass[]): Promise<Checked[][]> {
	const context = await built.browser.newContext({ bypassCSP: true });
	await context.addInitScript({ path: AXE });
	const queue = [...paths];
	const checked: Checked[][] = passes.map(() => []);
	const worker = async () => {
		const page = await context.newPage();
		for (let path = queue.shift(); path; path = queue.shift()) {
			for (const [i, pass] of passes.entries()) {
				await page.emulateMedia({ colorScheme: pass.colorScheme });
				await page.setViewportSize(viewport(pass.width));
				if (i === 0) {
					await page.goto(`${built.url}${path}`);
					if (path.includes('?q=')) await page.locator('.search-results a').first().waitFor();
				}
				checked[i]!.push(await check(page, path, pass.rules));
			}
		}
	};
	await Promise.all([worker(), worker()]);
	await context.close();
	return checked;
}
const violations = (checked: Checked[]) => checked.flatMap((c) => c.violations).sort();

/** Every note and every other template on a phone, light: axe's full rule set and the page width, in one pass. */
let phone: Promise<Checked[]> | undefined;
const onPhone = () =>
	(phone ??= checkAll(
		[...samplePages(requireDist()), '/search/?q=pdb'],
		[{ colorScheme: 'light', width: 390, rules: ALL_RULES }],
	).then(([light]) => light!));

/** One page of each type: axe's full rules at desktop width, then its colour rules in dark at both widths. */
const COLOURS = { type: 'rule', values: COLOUR_RULES };
let templates: Promise<Checked[][]> | undefined;
const onTemplates = () =>
	(templates ??= checkAll(PAGES, [
		{ colorScheme: 'light', width: 1280, rules: ALL_RULES },
		{ colorScheme: 'dark', width: 1280, rules: COLOURS },
		{ colorScheme: 'dark', width: 390, rules: COLOURS },
	]));

test('axe-core (WCAG 2.2 AA, contrast and target size included) finds no violations on every note and every other template (light, 390 px)', async () => {
	const checked = await onPhone();
	assert.ok(checked.length > 60);
	assert.deepEqual(violations(checked), []);
});

test('no note page and no page of any other template is wider than a 390 px phone: tables, code and diagrams scroll in their own box', async () => {
	const wide = (await onPhone()).filter((c) => c.overflow > 0);
	assert.deepEqual(
		wide.map((c) => `${c.path} is ${c.overflow} px too wide`),
		[],
	);
});

test('axe-core finds no violations on any page type at desktop width (light, 1280 px)', async () => {
	const [light] = await onTemplates();
	assert.equal(light!.length, PAGES.length);
	assert.deepEqual(violations(light!), []);
});

test('in dark mode every page type keeps its contrast, at both widths', async () => {
	const [, wide, narrow] = await onTemplates();
	assert.equal(wide!.length + narrow!.length, 2 * PAGES.length);
	assert.deepEqual(violations([...wide!, ...narrow!]), []);
});

test('keyboard: the skip link is the first stop and focus is visible', async () => {
	const page = await built.browser.newPage();
	await page.goto(`${built.url}/notes/${hub.slug}/`);
	await page.keyboard.press('Tab');
	const focused = await page.evaluate(() => {
		const el = document.activeElement as HTMLElement;
		const style = getComputedStyle(el);
		return {
			text: el.textContent,
			outline: style.outlineStyle,
			top: el.getBoundingClientRect().top,
		};
	});
	assert.equal(focused.text, 'Skip to content');
	assert.notEqual(focused.outline, 'none');
	assert.ok(focused.top >= 0, 'the skip link is on screen when focused');
	await page.close();
});
