/**
 * `npm run report:pr` in-process, on two tiny built sites (tests/fixtures/pr-report/{base,head}):
 * the head adds a note, removes one without a redirect, renames one with its redirect, moves a
 * note's file, renames a heading that another note links to, cites a segment that does not exist,
 * fixes a broken link, and changes only markup on the home page.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { mainText, readBuiltSite } from '../../scripts/lib/built-site.ts';
import {
	annotation,
	onChangedLine,
	parseCheckOutput,
	parseDiff,
} from '../../scripts/lib/check-output.ts';
import {
	compareSites,
	MARKER,
	renderFailedHead,
	renderReport,
} from '../../scripts/lib/pr-report.ts';
import { tempDir } from '../helpers/temp.ts';

const FIXTURES = 'tests/fixtures/pr-report';
const base = readBuiltSite(path.join(FIXTURES, 'base'));
const head = readBuiltSite(path.join(FIXTURES, 'head'));
const check = parseCheckOutput(fs.readFileSync(path.join(FIXTURES, 'check.txt'), 'utf8'));
const changed = parseDiff(fs.readFileSync(path.join(FIXTURES, 'changes.diff'), 'utf8'));
const report = compareSites(base, head, check, changed);

test('notes added, removed (no redirect: a 404), renamed with their redirect, and moved files', () => {
	assert.deepEqual(
		report.added.map((n) => n.slug),
		['zeta'],
	);
	assert.deepEqual(
		report.removed.map((n) => [n.slug, n.redirect]),
		[['gamma', undefined]],
	);
	assert.deepEqual(
		report.renamed.map(({ from, to }) => [from.slug, to.slug]),
		[['delta', 'epsilon']],
	);
	assert.deepEqual(
		report.moved.map(({ note, from }) => [note.slug, from, note.file]),
		[['beta', 'content/notes/lcm/beta.mdx', 'content/notes/bluegreen/beta.mdx']],
	);
	assert.deepEqual(report.redirects, { added: [{ from: 'delta', to: 'epsilon' }], removed: [] });
});

test('changed pages are the ones whose main text changed: markup alone (classes, asset hashes) is not a change', () => {
	assert.notEqual(
		fs.readFileSync(path.join(FIXTURES, 'base/index.html'), 'utf8'),
		fs.readFileSync(path.join(FIXTURES, 'head/index.html'), 'utf8'),
	);
	assert.deepEqual(
		report.changed.map((p) => [p.url, p.plus, p.minus]),
		[
			['/notes/beta/', 1, 10],
			['/notes/alpha/', 5, 0],
			// A renamed note is compared with its page at the old address.
			['/notes/epsilon/', 2, 2],
		],
	);
	assert.deepEqual(report.pages, { added: ['/notes/zeta/'], removed: ['/notes/gamma/'] });
	assert.equal(
		mainText(
			'<body><nav>Menu</nav><main><h1>A &amp; B</h1><script>x()</script><p>one\n two</p></main></body>',
		),
		'A & B one two',
	);
});

test('problems the change introduces: links, anchors elsewhere and citations broken in the head but not the base, and those it fixes', () => {
	assert.deepEqual(
		report.links.introduced.map((p) => [p.kind, p.page, p.value]),
		[
			['link', '/', '/notes/gamma/'],
			// Alpha did not change its link: Beta renamed the heading it points at.
			['anchor', '/notes/alpha/', '/notes/beta/#setup'],
			['citation', '/notes/zeta/', '/sources/talk/#t-00-00-09-w1'],
		],
	);
	assert.deepEqual(
		report.links.fixed.map((p) => [p.page, p.value]),
		[['/notes/beta/', '/notes/nowhere/']],
	);
});

test('search words gained and lost, page weight by part and by page, build time', () => {
	assert.deepEqual(report.words.added, [
		'churn',
		'epsilon',
		'friday',
		'preparation',
		'spot',
		'warm',
		'zeta',
	]);
	assert.deepEqual(report.words.lost, ['delta', 'gamma', 'quokka', 'scheduler', 'setup']);
	assert.deepEqual(report.indexed, { base: 6, head: 6 });
	assert.deepEqual(report.buildMs, { base: 12000, head: 13500 });
	const sum = (dir: string) =>
		fs
			.readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((e) => e.isFile())
			.reduce((n, e) => n + fs.statSync(path.join(e.parentPath, e.name)).size, 0);
	assert.equal(report.weight.head.total, sum(path.join(FIXTURES, 'head')));
	assert.equal(
		report.weight.base.assets,
		fs.statSync(path.join(FIXTURES, 'base/_astro/site.A1b2C3.css')).size,
	);
	const epsilon = report.weight.pages.find((p) => p.url === '/notes/delta/ → /notes/epsilon/');
	assert.ok(
		epsilon && epsilon.base > 0 && epsilon.head > 0,
		'a renamed page is weighed against its old self',
	);
	assert.equal(report.weight.pages[0]!.url, '/notes/zeta/', 'largest change first');
});

test('the check’s problems on changed lines become GitHub annotations; a problem elsewhere does not', () => {
	assert.equal(check.length, 3);
	assert.deepEqual(
		[...changed].map(([file, lines]) => [file, [...lines]]),
		[
			['content/notes/bluegreen/zeta.mdx', [1, 2, 3, 4, 5, 6, 7, 8, 9]],
			['content/notes/lcm/alpha.mdx', [7]],
		],
	);
	assert.deepEqual(
		check.filter((p) => onChangedLine(p, changed)).map((p) => `${p.file}:${p.line}`),
		['content/notes/bluegreen/zeta.mdx:9', 'content/notes/lcm/alpha.mdx:7'],
	);
	assert.equal(
		annotation(check[1]!),
		'::warning file=content/notes/lcm/alpha.mdx,line=7,col=42,title=npm run check::"never on a Friday": a claim with no source, in a note marked factual  (add a citation or soften the claim)',
	);
	// Property values escape , and :, the message escapes newlines and %; a whole-file problem has no line.
	assert.equal(
		annotation({
			file: 'a,b:c.mdx',
			line: 0,
			column: 0,
			severity: 'error',
			message: '100% bad\nreally',
		}),
		'::error file=a%2Cb%3Ac.mdx,title=npm run check::100%25 bad%0Areally',
	);
	// A removed line that starts with "--" is content, not a file header.
	const tricky = parseDiff(
		'--- a/x.md\n+++ b/x.md\n@@ -3,2 +3,2 @@\n--- old rule\n+++ new rule\n-a\n+b\n',
	);
	assert.deepEqual([...tricky.get('x.md')!], [3, 4]);
	assert.ok(onChangedLine(check[2]!), 'with no diff, every problem counts');
});

test('the Markdown report starts with the comment marker, escapes HTML in messages and names every section', () => {
	const md = renderReport(report);
	assert.ok(md.startsWith(`${MARKER}\n`));
	for (const heading of [
		'### Notes',
		'### Problems this change introduces',
		'### Changed pages',
		'### Search',
		'### Weight and build time',
	])
		assert.ok(md.includes(heading), heading);
	assert.match(md, /&lt;Cite src="…" at="…" \/&gt;/);
	assert.doesNotMatch(md, /<Cite/);
	assert.match(
		md,
		/`gamma` Gamma \(`content\/notes\/lcm\/gamma\.mdx`\): no redirect, its address now answers 404/,
	);
	assert.match(md, /\| build time \| 12\.0 s \| 13\.5 s \| \+1\.5 s \(\+12\.5 %\) \|/);
	const failed = renderFailedHead(
		parseCheckOutput('content/notes/a.mdx:3:5  unknown note "b"  (did you mean "c"?)\n'),
		changed,
	);
	assert.match(failed, /The head did not build/);
	assert.match(failed, /Elsewhere[^]*`content\/notes\/a\.mdx:3:5` error: unknown note "b"/);
});

test('a build without a manifest (older than it) is read from its pages: notes, titles and redirects', () => {
	const dir = tempDir('kb-pr-report-');
	fs.cpSync(path.join(FIXTURES, 'head'), dir, { recursive: true });
	fs.rmSync(path.join(dir, 'build-manifest.json'));
	const site = readBuiltSite(dir);
	assert.deepEqual(site.notes.map((n) => [n.slug, n.title]).sort(), [
		['alpha', 'Alpha'],
		['beta', 'Beta'],
		['epsilon', 'Epsilon'],
		['zeta', 'Zeta'],
	]);
	assert.deepEqual(site.redirects, [{ from: 'delta', to: 'epsilon' }]);
	assert.equal(site.buildMs, undefined);
	assert.match(
		renderReport(compareSites(base, site)),
		/\| build time \| 12\.0 s \| n\/a \| n\/a \|/,
	);
	fs.rmSync(dir, { recursive: true });
});

test('docs/pr-report.md shows exactly what the script prints for the fixture pair', () => {
	const doc = fs.readFileSync('docs/pr-report.md', 'utf8');
	// Prettier may change the fence and the blank lines around it, never what is inside.
	const example = /<!-- example:start -->\s*(`{3,})text\n([^]*?)\1\s*<!-- example:end -->/.exec(
		doc,
	)?.[2];
	assert.ok(example, 'docs/pr-report.md has the example between its markers');
	assert.equal(example, renderReport(report), 'regenerate the example: see docs/pr-report.md');
});

test('the command line: a folder that is not a build gets one line saying what to do, no stack trace', () => {
	const run = spawnSync(
		process.execPath,
		['scripts/report-pr.ts', FIXTURES, path.join(FIXTURES, 'head')],
		{
			encoding: 'utf8',
		},
	);
	assert.equal(run.status, 1);
	assert.equal(
		run.stderr.trim(),
		`report:pr: ${FIXTURES} is not a built site (no index.html): build it with "npm run build" and pass its dist folder`,
	);
});
