/**
 * The fixture site built for real, three times: a good tree under a base path, the same tree
 * again after a note moved folders (warm cache), and a tree that carries every input the build
 * must refuse. The HTML of each transform is asserted in-process (tests/unit/render.test.ts)
 * and route data in tests/routes/; here: what only a real build shows (pages, the search index,
 * emitted files, redirects, links under the base, drafts, reproducibility, refusals).
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { checkContent } from '../../src/pipeline/index.ts';
import { formatDiagnostic } from '../../src/lib/diagnostics.ts';
import { buildFixture, page, type BuildResult } from '../helpers/astro.ts';
import { copyOfGood, BAD } from '../helpers/trees.ts';
import { readText, walk } from '../helpers/dist.ts';
import { brokenLinks } from '../helpers/links.ts';
import { createRequire } from 'node:module';
import { launch } from '../../scripts/lib/chromium.ts';
import { serve } from '../../scripts/lib/serve.ts';
import { readBuiltSite } from '../../scripts/lib/built-site.ts';
import { compareSites } from '../../scripts/lib/pr-report.ts';
import { tempDir } from '../helpers/temp.ts';

const BASE = '/kb/';
/** A fixed "today", so review banners and both builds agree whatever day the tests run. */
const ENV = { KB_BASE: BASE, KB_TODAY: '2026-12-01' };
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const files = (dir: string) =>
	walk(dir)
		.map((f) => path.relative(dir, f))
		.sort();

let root: string;
let built: BuildResult;
let moved: BuildResult;
before(() => {
	root = copyOfGood();
	// One page that uses every note element, checked in a browser below.
	fs.copyFileSync(
		'tests/fixtures/elements/every-element.mdx',
		path.join(root, 'notes/istio/every-element.mdx'),
	);
	built = buildFixture(root, ENV);
	// The same tree with one note moved to another folder, built again with the warm cache.
	fs.renameSync(path.join(root, 'notes/lcm/beta.mdx'), path.join(root, 'notes/istio/beta.mdx'));
	moved = buildFixture(root, ENV);
});

test('the fixture site builds under a base path, and every link, asset and fragment resolves under it', () => {
	assert.equal(built.status, 0, built.output);
	const { broken, checked } = brokenLinks(built.outDir, BASE);
	assert.ok(checked > 50, `only ${checked} links checked`);
	assert.deepEqual(broken, []);
	for (const url of [
		'',
		'notes/',
		'pillars/lcm/',
		'tags/fixture/',
		'glossary/',
		'glossary/sidecar/',
		'paths/new-hire/',
		'search/',
		'sources/',
		'diagrams/fixture-flow/',
	])
		assert.ok(fs.existsSync(path.join(built.outDir, url, 'index.html')), url);
	assert.ok(fs.existsSync(path.join(built.outDir, '404.html')));
});

test('a note moved to another folder builds again on the warm cache, and only its edit link changes: builds are reproducible', () => {
	assert.equal(moved.status, 0, moved.output);
	const list = files(built.outDir);
	assert.deepEqual(files(moved.outDir), list);
	const differing = list.filter(
		(f) =>
			!fs
				.readFileSync(path.join(built.outDir, f))
				.equals(fs.readFileSync(path.join(moved.outDir, f))),
	);
	assert.deepEqual(differing, ['build-manifest.json', path.join('notes', 'beta', 'index.html')]);
	// The build manifest differs only in the build time and the moved note's file.
	const [first, second] = [built, moved].map((b) => {
		const m = JSON.parse(fs.readFileSync(path.join(b.outDir, 'build-manifest.json'), 'utf8')) as {
			buildMs: number;
			notes: { slug: string; file: string }[];
		};
		assert.ok(m.buildMs > 0);
		return JSON.stringify({
			...m,
			buildMs: 0,
			notes: m.notes.map((n) => ({ ...n, file: n.file.replace('istio/beta', 'lcm/beta') })),
		});
	});
	assert.equal(second, first);
	// What `npm run report:pr` makes of the pair: a moved file, and no page whose text changed.
	const report = compareSites(readBuiltSite(built.outDir), readBuiltSite(moved.outDir));
	assert.deepEqual(
		report.moved.map((m) => m.note.slug),
		['beta'],
	);
	assert.deepEqual(
		[report.added, report.removed, report.renamed, report.changed, report.links.introduced],
		[[], [], [], [], []],
	);
	const [before_, after_] = [built, moved].map((b) => page(b.outDir, '/notes/beta/'));
	assert.match(
		after_!,
		/\/edit\/main\/[^"]*notes\/istio\/beta\.mdx"/,
		'the edit link follows the file',
	);
	assert.equal(
		after_!.replace('notes/istio/beta.mdx', 'notes/lcm/beta.mdx'),
		before_,
		'nothing else on the page changes',
	);
});

test('a draft that links published notes leaves no trace in dist: pages, backlinks, graph, tags, vocabulary, search index', () => {
	const leaks: string[] = [];
	for (const file of walk(built.outDir)) {
		const content = readText(file);
		for (const needle of ['Quokka', 'quokka', 'zorblaxian', 'QDN'])
			if (content.includes(needle)) leaks.push(`${path.relative(built.outDir, file)}: ${needle}`);
	}
	assert.deepEqual(leaks, []);
	assert.match(text(page(built.outDir, '/notes/alpha/')), /Linked from/, 'real backlinks stay');
});

test('note pages carry their backlinks, sources, path steps, local graph and review state from route data', () => {
	const alpha = page(built.outDir, '/notes/alpha/');
	assert.match(
		text(alpha),
		/Beta details The upgrade follows the plan in the hub('|&#39;)s method\./,
	);
	assert.match(text(alpha), /Sources Fixture talk 00:00:01/);
	const graph = /<svg class="local-graph"[^]*?<\/svg>/.exec(alpha)?.[0] ?? '';
	assert.match(graph, /aria-label="Notes linked with Alpha hub"/);
	assert.match(graph, /<a href="\/kb\/notes\/beta\/"><title>Beta details<\/title>/);
	assert.match(graph, /<a href="\/kb\/notes\/gamma\/"><title>Gamma sidecars<\/title>/);
	assert.match(text(alpha), /1 linked from here, 3 linking here/);
	const beta = page(built.outDir, '/notes/beta/');
	assert.match(text(beta), /Start here\s*·\s*Step 2 of 2/);
	assert.match(beta, /<a rel="prev" href="\/kb\/notes\/alpha\/\?path=new-hire"/);
	assert.match(beta, /<span class="path-nav__dir"[^>]*>Previous step<\/span> Alpha hub<\/a>/);
	// The date comes from git; a shallow clone may not know it, and the page says so.
	assert.match(text(beta), /Last updated (\d{4}-\d{2}-\d{2}|date unknown)/);
	// A wiki-link to a heading, under the base path.
	assert.match(beta, /href="\/kb\/notes\/alpha\/#how-it-works" class="wiki-link"/);
	// The diagram: named by its title and description, coloured by the theme (no colour in the SVG).
	const svg = /<svg class="diagram-svg[^]*?<\/svg>/.exec(beta)?.[0] ?? '';
	assert.match(
		svg,
		/<title id="[^"]+">Fixture release flow<\/title><desc[^>]*>Staging feeds two non-production pools/,
	);
	assert.doesNotMatch(svg, /fill="#/, 'no hard-coded colours: they come from CSS');
	assert.match(text(page(built.outDir, '/notes/gamma/')), /Review overdue since 2024-07-15/);
	assert.doesNotMatch(alpha, /Review overdue/);
});

test('the pipeline’s other files are emitted into the build: code colours (linked by pages with code), the search vocabulary and the build manifest', () => {
	assert.match(
		page(built.outDir, '/notes/beta/'),
		/<link rel="stylesheet" href="\/kb\/code-colors\.css">/,
	);
	assert.doesNotMatch(page(built.outDir, '/notes/alpha/'), /code-colors\.css/);
	assert.match(
		fs.readFileSync(path.join(built.outDir, 'code-colors.css'), 'utf8'),
		/^\.c-\w+\{--shiki-light:#[0-9A-Fa-f]{3,8};--shiki-dark:#/,
	);
	const vocabulary = JSON.parse(
		fs.readFileSync(path.join(built.outDir, 'search-vocabulary.json'), 'utf8'),
	) as Record<string, number>;
	assert.ok(vocabulary.sidecar! > 0 && !('zorblaxian' in vocabulary));
	// The build manifest (docs/pr-report.md): published notes only, the redirects, the base path.
	const manifest = JSON.parse(
		fs.readFileSync(path.join(built.outDir, 'build-manifest.json'), 'utf8'),
	) as { format: number; base: string; notes: { slug: string }[]; redirects: unknown[] };
	assert.equal(manifest.format, 1);
	assert.equal(manifest.base, BASE);
	assert.deepEqual(manifest.redirects, [{ from: 'beta-old', to: 'beta' }]);
	assert.ok(manifest.notes.some((n) => n.slug === 'alpha'));
	assert.equal(readBuiltSite(built.outDir).notes.length, manifest.notes.length);
});

test('source, glossary and redirect pages: cleaned reading with corrections, "Cited by" back to the marker, flags, licence, term sources', () => {
	const talk = page(built.outDir, '/sources/fixture-talk/');
	assert.match(text(talk), /00:00:01 Welcome and the platform/);
	assert.match(
		talk,
		/<span class="fix"[^>]*>Kubernetes<small class="fix-was"[^>]*> \(heard “kubernative”\)<\/small><\/span>/,
	);
	assert.match(talk, /<mark id="t-00-00-01-w1" class="evidence"[^>]*>/);
	assert.match(talk, /Cited by: <a href="\/kb\/notes\/alpha\/#cite-1-1"[^>]*>Alpha hub<\/a>/);
	assert.match(talk, /id="t-00-00-01"/);
	assert.match(text(talk), /Recorded text \(speech recognition, uncorrected\)/);
	const deckPage = page(built.outDir, '/sources/fixture-deck/');
	assert.match(deckPage, /id="slide-3"/);
	assert.match(deckPage, /<form class="jump"/);
	assert.match(deckPage, /<label for="only-outdated"[^>]*>Show only flagged slides \(1\)<\/label>/);
	const deck = text(deckPage);
	assert.match(
		deck,
		/Outdated: Pre-1\.5 Istio security\. Today: PeerAuthentication and AuthorizationPolicy, with istiod as the CA\./,
	);
	assert.match(deck, /Licence CC BY 4\.0/);
	assert.match(
		page(built.outDir, '/glossary/sidecar/'),
		/Sources: <a href="\/kb\/sources\/fixture-deck\/#slide-2"[^>]*>[^<]+, Slide 2<\/a>/,
	);
	assert.match(
		page(built.outDir, '/notes/beta-old/'),
		/<meta http-equiv="refresh" content="\d+;url=\/kb\/notes\/beta\/"/,
	);
});

test('the search index holds the marked regions only (4 notes, 2 terms, the glossary list, 4 source pages, the path), with type and pillar filters', () => {
	const dir = path.join(built.outDir, 'pagefind');
	const entry = JSON.parse(fs.readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8')) as {
		languages: Record<string, { page_count: number }>;
	};
	assert.equal(Object.values(entry.languages)[0]!.page_count, 12);
	// A note's type is metadata only: "Notes" is every page of no other type.
	const note = page(built.outDir, '/notes/alpha/');
	assert.match(note, /<meta name="kb:type" data-pagefind-meta="type\[content\]" content="note"/);
	assert.match(note, /data-pagefind-filter="pillar\[content\]" content="lcm"/);
	assert.match(
		page(built.outDir, '/glossary/sidecar/'),
		/data-pagefind-filter="type\[content\]" data-pagefind-meta="type\[content\]" content="glossary"/,
	);
});

test('input the build cannot publish fails the check first, with file, line and column, and the build says the same, with no stack trace and nothing published', () => {
	const bad = copyOfGood();
	const rel = (file: string) => path.relative(process.cwd(), file).split(path.sep).join('/');
	// A broken wiki-link.
	const broken = path.join(bad, 'notes/broken-wiki-link.mdx');
	fs.copyFileSync(path.join(BAD, 'broken-wiki-link.mdx'), broken);
	// A file outside the content tree, reached through a symbolic link.
	const outside = path.join(tempDir('kb-outside-'), 'secret.json');
	fs.writeFileSync(outside, '{"title": "outside"}');
	const link = path.join(bad, 'sources/leak.json');
	fs.symlinkSync(outside, link);
	// Latin-1 bytes where UTF-8 is expected: "café" saved by an old editor, on line 9.
	const latin1 = path.join(bad, 'notes/lcm/latin1.mdx');
	fs.writeFileSync(
		latin1,
		Buffer.concat([
			Buffer.from(
				'---\ntitle: Latin one\nsummary: A note saved in the wrong encoding by an old editor.\npillar: lcm\nreviewed: 2026-11-21\nsourced: false\n---\n\nThe caf',
			),
			Buffer.from([0xe9]),
			Buffer.from(' is closed.\n'),
		]),
	);
	// A component nobody defined.
	const widget = path.join(bad, 'notes/lcm/widget.mdx');
	fs.writeFileSync(
		widget,
		'---\ntitle: Widget note\nsummary: A note that uses a component the site does not have.\npillar: lcm\nreviewed: 2026-11-21\nsourced: false\n---\n\nHere it is:\n\n<FooWidget />\n',
	);
	// A mixed-case file name, which would become a URL that differs from its links.
	const mixed = path.join(bad, 'glossary/Canary-Release.yaml');
	fs.writeFileSync(
		mixed,
		'term: canary release\ndefinition: Sending a small share of traffic to a new version first.\nnote: beta\n',
	);

	const errors = checkContent(bad)
		.diagnostics.filter((d) => d.severity === 'error')
		.map(formatDiagnostic);
	const expected: [string, RegExp][] = [
		[
			`${rel(broken)}:10:15`,
			/unknown link target "alpah hub" in \[\[alpah hub\]\] {2}\(did you mean "Alpha hub"/,
		],
		[`${rel(link)}:0:0`, /symbolic link to .*secret\.json: refused/],
		[`${rel(latin1)}:9:8`, /not valid UTF-8 \(byte \d+ is 0xe9\)/],
		[`${rel(widget)}:11:1`, /<FooWidget> is not allowed in notes/],
		[
			`${rel(mixed)}:0:0`,
			/file name "Canary-Release\.yaml" is not an id .*rename it to canary-release\.yaml/,
		],
	];
	for (const [where, message] of expected)
		assert.ok(
			errors.some((e) => e.startsWith(`${where}  `) && message.test(e)),
			`expected ${where} ${message}\ngot:\n${errors.join('\n')}`,
		);

	const failed = buildFixture(bad, ENV);
	assert.notEqual(failed.status, 0, 'the build refuses what the check refuses');
	// The build says the same as the check: the place and the message, on one line.
	const lines = failed.output.split('\n');
	for (const [where, message] of expected)
		assert.ok(
			lines.some((line) => line.includes(`${where}  `) && message.test(line)),
			`build output names ${where} with ${message}\n${failed.output}`,
		);
	assert.doesNotMatch(failed.output, /\n\s+at [\w.<>]+ \(|Stack trace/, 'no stack trace');
	assert.equal(
		fs.existsSync(path.join(failed.outDir, 'index.html')),
		false,
		'nothing is published',
	);
});

test('the page with every note element is axe-clean in light and dark at 390 and 1280 px, and its tabs, copy buttons and long code work by keyboard and pointer', async () => {
	// Served under the base path, as a host would.
	const host = tempDir('kb-host-');
	fs.symlinkSync(built.outDir, path.join(host, 'kb'));
	const server = await serve(host);
	const browser = await launch();
	const url = `${server.url}/kb/notes/every-element/`;
	const axe = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
	try {
		for (const colorScheme of ['light', 'dark'] as const)
			for (const width of [390, 1280]) {
				const context = await browser.newContext({
					colorScheme,
					bypassCSP: true,
					viewport: { width, height: 844 },
				});
				await context.addInitScript({ path: axe });
				const tab = await context.newPage();
				await tab.goto(url);
				const found = await tab.evaluate(async () => {
					const run = (
						window as unknown as {
							axe: {
								run: (
									o: object,
								) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
							};
						}
					).axe.run;
					const result = await run({
						runOnly: {
							type: 'tag',
							values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
						},
						resultTypes: ['violations'],
					});
					return {
						violations: result.violations.map(
							(v) =>
								`${v.id}: ${v.nodes
									.map((n) => n.target.join(' '))
									.slice(0, 3)
									.join('; ')}`,
						),
						overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
					};
				});
				assert.deepEqual(found.violations, [], `${colorScheme} ${width}`);
				assert.equal(
					found.overflow,
					0,
					`${colorScheme} ${width}: the page is wider than the window`,
				);
				if (colorScheme === 'light' && width === 390) {
					// The Copy button sits in the title bar, above the code, never over it.
					const boxes = await tab.evaluate(() =>
						[...document.querySelectorAll('figure.code-frame')].map((f) => {
							const button = f.querySelector('.copy-button')!.getBoundingClientRect();
							const pre = f.querySelector('pre')!.getBoundingClientRect();
							return { buttonBottom: button.bottom, preTop: pre.top };
						}),
					);
					assert.ok(boxes.length >= 4);
					for (const b of boxes) assert.ok(b.buttonBottom <= b.preTop, JSON.stringify(b));
					// A long block is folded, and "Show all" unfolds it.
					const long = tab.locator('figure.code-frame[data-lines="40"]');
					const folded = (await long.locator('pre').boundingBox())!.height;
					const showAll = long.getByRole('button', { name: 'Show all 40 lines' });
					assert.equal(await showAll.getAttribute('aria-expanded'), 'false');
					await showAll.click();
					assert.ok((await long.locator('pre').boundingBox())!.height > folded * 1.3);
					// Tabs: arrow keys move the selection; a synced set follows; the choice is remembered.
					const first = tab.getByRole('tablist').first();
					await first.getByRole('tab', { name: 'AWS' }).focus();
					await tab.keyboard.press('ArrowRight');
					const focused = await tab.evaluate(() => document.activeElement?.textContent);
					assert.equal(focused, 'Azure');
					assert.equal(
						await first.getByRole('tab', { name: 'Azure' }).getAttribute('aria-selected'),
						'true',
					);
					const second = tab.getByRole('tablist').nth(1);
					assert.equal(
						await second.getByRole('tab', { name: 'Azure' }).getAttribute('aria-selected'),
						'true',
					);
					assert.ok(await tab.getByRole('tabpanel', { name: 'Azure' }).first().isVisible());
					assert.ok(!(await tab.locator('.tab-panel[data-label="AWS"]').first().isVisible()));
					await tab.reload();
					assert.equal(
						await tab
							.getByRole('tablist')
							.first()
							.getByRole('tab', { name: 'Azure' })
							.getAttribute('aria-selected'),
						'true',
					);
				}
				await context.close();
			}
		// Without scripts the panels are stacked under their labels and every line of code is shown.
		const plain = await browser.newContext({ javaScriptEnabled: false });
		const tab = await plain.newPage();
		await tab.goto(url);
		assert.equal(await tab.locator('.tab-panel').count(), 4);
		for (const panel of await tab.locator('.tab-panel').all()) assert.ok(await panel.isVisible());
		assert.ok(await tab.getByText('key39: value39').isVisible());
		await plain.close();
	} finally {
		await browser.close();
		await server.close();
	}
});
