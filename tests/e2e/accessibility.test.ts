import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import type { BrowserContext } from 'playwright-core';
import { useBuiltSite } from '../helpers/built-site.ts';
import { builtPages, requireDist } from '../helpers/dist.ts';
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
];

const built = useBuiltSite();

/** axe-core's WCAG 2.2 A/AA and best-practice findings for the page at `path`, one line each. */
async function axeViolations(context: BrowserContext, path: string): Promise<string[]> {
	const page = await context.newPage();
	await page.goto(`${built.url}${path}`);
	if (path.includes('?q=')) await page.locator('.search-results a').first().waitFor();
	await page.addScriptTag({ path: AXE });
	const violations = await page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: (o?: object) => Promise<AxeResult> } }).axe;
		const result = await axe.run({
			runOnly: {
				type: 'tag',
				values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
			},
		});
		return result.violations.map(
			(v) =>
				`${v.id}: ${v.help} (${v.nodes
					.slice(0, 3)
					.map((n) => n.target.join(' '))
					.join('; ')})`,
		);
	});
	await page.close();
	return violations.map((v) => `${path} ${v}`);
}
interface AxeResult {
	violations: { id: string; help: string; nodes: { target: string[] }[] }[];
}

// The site's CSP rightly blocks injected scripts; axe is a test tool, so the policy is bypassed here only.
const contextFor = (colorScheme: 'light' | 'dark', width: number) =>
	built.browser.newContext({ colorScheme, bypassCSP: true, viewport: { width, height: 900 } });

test('axe-core (WCAG 2.2 AA, contrast and target size included) finds no violations on any built page (light, 1280 px)', async () => {
	const pages = [...builtPages(requireDist()), '/search/?q=pdb'];
	assert.ok(pages.length > 100);
	const context = await contextFor('light', 1280);
	const problems: string[] = [];
	// Two pages at a time: the browser renders one while axe checks the other.
	const queue = [...pages];
	const worker = async () => {
		for (let path = queue.shift(); path; path = queue.shift())
			problems.push(...(await axeViolations(context, path)));
	};
	await Promise.all([worker(), worker()]);
	await context.close();
	assert.deepEqual(problems.sort(), []);
});

for (const [scheme, width] of [
	['dark', 1280],
	['dark', 390],
] as const) {
	test(`axe-core finds no violations on any page type (${scheme}, ${width} px)`, async () => {
		const context = await contextFor(scheme, width);
		const problems: string[] = [];
		for (const path of PAGES) problems.push(...(await axeViolations(context, path)));
		await context.close();
		assert.deepEqual(problems, []);
	});
}

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
