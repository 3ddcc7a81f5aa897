import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { useBuiltSite } from '../helpers/built-site.ts';
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
	'/search/?q=pdb',
	'/no-such-page/',
];

const built = useBuiltSite();

for (const scheme of ['light', 'dark'] as const) {
	test(`axe-core finds no violations on any page type (${scheme})`, async () => {
		// The site's CSP rightly blocks injected scripts; axe is a test tool, so the policy is bypassed here only.
		const context = await built.browser.newContext({ colorScheme: scheme, bypassCSP: true });
		const problems: string[] = [];
		for (const path of PAGES) {
			const page = await context.newPage();
			await page.goto(`${built.url}${path}`);
			if (path.startsWith('/search/')) await page.locator('.search-results a').first().waitFor();
			await page.addScriptTag({ path: AXE });
			const violations = await page.evaluate(async () => {
				const result = await (
					window as unknown as {
						axe: {
							run: (o?: object) => Promise<{
								violations: { id: string; help: string; nodes: { target: string[] }[] }[];
							}>;
						};
					}
				).axe.run();
				return result.violations.map(
					(v) =>
						`${v.id}: ${v.help} (${v.nodes
							.slice(0, 3)
							.map((n) => n.target.join(' '))
							.join('; ')})`,
				);
			});
			problems.push(...violations.map((v) => `${path} ${v}`));
			await page.close();
		}
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
