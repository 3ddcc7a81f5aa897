import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../helpers/built-site.ts';
import { checkContent } from '../../src/pipeline/index.ts';
import { readSettings } from '../../src/settings.ts';

const { site } = checkContent(readSettings().contentDir);
const withDiagrams = [...site.notes.values()].filter(
	(n) => !n.draft && n.syntax.elements.some((e) => e.name === 'Diagram'),
);
const built = useBuiltSite();

/** A phone, a tablet and a laptop, as readers hold them. */
const WIDTHS = [
	{ width: 390, height: 844 },
	{ width: 768, height: 1024 },
	{ width: 1280, height: 800 },
];

/**
 * What a reader sees of each diagram on the page: the picture that is shown (exactly one per
 * figure), its rendered box against its scroll box and the note's column, and its smallest text
 * as drawn on screen (font size times the SVG's scale to the screen), not as written.
 */
function measure(page: Page) {
	return page.locator('figure.diagram').evaluateAll((figures) =>
		figures.map((figure) => {
			const shown = [...figure.querySelectorAll('svg.diagram-svg')].filter(
				(svg) => getComputedStyle(svg).display !== 'none',
			) as SVGSVGElement[];
			const svg = shown[0];
			const scroll = figure.querySelector('.diagram-scroll')!;
			const column = (
				figure.closest('.note, .prose, main') ?? document.body
			).getBoundingClientRect();
			const box = scroll.getBoundingClientRect();
			const drawn = svg?.getBoundingClientRect();
			const sizes = [...(svg?.querySelectorAll('text') ?? [])].map(
				(t) =>
					parseFloat(getComputedStyle(t).fontSize) *
					Math.hypot(t.getScreenCTM()!.a, t.getScreenCTM()!.b),
			);
			return {
				id: figure.id,
				shown: shown.length,
				drawn: drawn && { left: drawn.left, right: drawn.right, width: drawn.width },
				box: { left: box.left, right: box.right },
				column: { left: column.left, right: column.right },
				hiddenSideways: scroll.scrollWidth - scroll.clientWidth,
				smallest: Math.min(...sizes),
				texts: sizes.length,
			};
		}),
	);
}

test('every diagram is whole in its column at 390, 768 and 1280 px, its smallest text at least 12 px as rendered', async () => {
	assert.ok(withDiagrams.length >= 5, 'the notes show diagrams');
	const page = await built.browser.newPage({ viewport: WIDTHS[0]! });
	const problems: string[] = [];
	for (const note of withDiagrams) {
		await page.goto(`${built.url}/notes/${note.slug}/`);
		for (const viewport of WIDTHS) {
			await page.setViewportSize(viewport);
			const at = `${note.slug} at ${viewport.width} px`;
			for (const m of await measure(page)) {
				if (m.shown !== 1) {
					problems.push(`${at}: ${m.id} shows ${m.shown} pictures`);
					continue;
				}
				const d = m.drawn!;
				if (d.left < m.box.left - 0.5 || d.right > m.box.right + 0.5)
					problems.push(
						`${at}: ${m.id} is ${Math.round(d.width)} px wide in a ${Math.round(m.box.right - m.box.left)} px box`,
					);
				if (d.left < m.column.left - 0.5 || d.right > m.column.right + 0.5)
					problems.push(`${at}: ${m.id} runs out of the column`);
				if (m.hiddenSideways > 1)
					problems.push(`${at}: ${m.id} hides ${m.hiddenSideways} px to scroll to`);
				if (m.texts === 0 || m.smallest < 11.95)
					problems.push(`${at}: ${m.id} smallest text ${m.smallest.toFixed(1)} px`);
			}
		}
	}
	await page.close();
	assert.deepEqual(problems, []);
});

test('"Open full size" shows the whole picture at 390 and 1280 px, on a page that can be zoomed', async () => {
	const page = await built.browser.newPage({ viewport: WIDTHS[0]! });
	await page.goto(`${built.url}/notes/${withDiagrams[0]!.slug}/`);
	await page.locator('figure.diagram a.diagram-open').first().click();
	await page.waitForURL(/\/diagrams\/[a-z0-9-]+\/$/);
	const problems: string[] = [];
	for (const id of site.diagrams.keys()) {
		await page.goto(`${built.url}/diagrams/${id}/`);
		const zoomable = await page.locator('meta[name="viewport"]').getAttribute('content');
		if (/user-scalable=no|maximum-scale=1(\D|$)/.test(zoomable ?? ''))
			problems.push(`${id}: the page cannot be zoomed (${zoomable})`);
		for (const viewport of [WIDTHS[0]!, WIDTHS[2]!]) {
			await page.setViewportSize(viewport);
			const [m] = await measure(page);
			const at = `/diagrams/${id}/ at ${viewport.width} px`;
			if (!m || m.shown !== 1) {
				problems.push(`${at}: shows ${m?.shown ?? 0} pictures`);
				continue;
			}
			const d = m.drawn!;
			if (d.left < -0.5 || d.right > viewport.width + 0.5 || m.hiddenSideways > 1)
				problems.push(`${at}: the picture is ${Math.round(d.width)} px wide and cut`);
		}
	}
	await page.close();
	assert.deepEqual(problems, []);
});
