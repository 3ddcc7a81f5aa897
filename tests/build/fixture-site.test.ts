import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { buildFixture, page, type BuildResult } from '../helpers/astro.ts';
import { treeWith } from '../helpers/trees.ts';

let built: BuildResult;
before(() => {
	built = buildFixture(path.resolve('tests/fixtures/site/content'));
});

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

test('the fixture site builds', () => {
	assert.equal(built.status, 0, built.output);
});

test('wiki-links render as links to the resolved note and heading, labelled by title or label', () => {
	const beta = page(built.outDir, '/notes/beta/');
	assert.match(
		beta,
		/<a href="\/notes\/alpha\/#how-it-works" class="wiki-link">the hub(&#39;|')s method<\/a>/,
	);
	const alpha = page(built.outDir, '/notes/alpha/');
	assert.match(alpha, /<a href="\/notes\/beta\/" class="wiki-link">Beta details<\/a>/);
});

test('a note page lists its backlinks with the sentence around each link', () => {
	const alpha = text(page(built.outDir, '/notes/alpha/'));
	assert.match(alpha, /Linked from/);
	assert.match(
		alpha,
		/Gamma sidecars Sidecars join the mesh, as Alpha hub explains in its first section\./,
	);
	assert.match(alpha, /Beta details The upgrade follows the plan in the hub('|&#39;)s method\./);
});

test('citations render as numbered markers linked to the cited words, with a preview and a source list grouped by source', () => {
	const alpha = page(built.outDir, '/notes/alpha/');
	assert.match(
		alpha,
		/<a href="\/sources\/fixture-talk\/#t-00-00-01-w1" class="cite-link" id="cite-1-1"[^>]*><sup>\[1\]<\/sup><\/a><span class="cite-preview" role="tooltip"/,
	);
	assert.match(text(alpha), /Sources Fixture talk 00:00:01/);
});

test('a source page shows the cleaned reading with each correction, highlights the cited words, and links back to each citing marker', () => {
	const talk = page(built.outDir, '/sources/fixture-talk/');
	assert.match(talk, /id="t-00-00-01"/);
	assert.match(
		text(talk),
		/00:00:01 Welcome and the platform/,
		'a transcript stretch has its topic',
	);
	assert.match(
		talk,
		/<span class="fix"[^>]*>Kubernetes<small class="fix-was"[^>]*> \(heard “kubernative”\)<\/small><\/span>/,
	);
	assert.match(talk, /Recorded text \(speech recognition, uncorrected\)/);
	assert.match(talk, /<mark id="t-00-00-01-w1" class="evidence"[^>]*>/);
	assert.match(talk, /Cited by: <a href="\/notes\/alpha\/#cite-1-1"[^>]*>Alpha hub<\/a>/);
	const deck = page(built.outDir, '/sources/fixture-deck/');
	assert.match(deck, /id="slide-3"/);
	assert.match(
		text(deck),
		/Outdated: Pre-1\.5 Istio security\. Today: PeerAuthentication and AuthorizationPolicy, with istiod as the CA\./,
	);
	assert.match(text(deck), /Licence CC BY 4\.0/);
	assert.match(deck, /<label for="only-outdated"[^>]*>Show only flagged slides \(1\)<\/label>/);
	assert.match(deck, /<form class="jump"/);
});

test('diagrams are inline SVG with a title and description, coloured by theme variables', () => {
	const beta = page(built.outDir, '/notes/beta/');
	assert.match(
		beta,
		/<svg class="diagram-svg"[^>]*role="img" aria-labelledby="dg-fixture-flow-title dg-fixture-flow-desc"><title id="dg-fixture-flow-title">Fixture release flow<\/title><desc[^>]*>Staging feeds two non-production pools/,
	);
	assert.doesNotMatch(
		beta,
		/<svg class="diagram-svg"[^]*?fill="#/,
		'no hard-coded colours: they come from CSS',
	);
});

test('code blocks carry both Shiki themes, a title and highlighted lines', () => {
	const beta = page(built.outDir, '/notes/beta/');
	assert.match(
		beta,
		/<figcaption class="code-title">pdb\.yaml<\/figcaption><pre class="code-block c-\w+"/,
	);
	assert.match(beta, /<link rel="stylesheet" href="\/code-colors\.css">/);
	assert.match(
		fs.readFileSync(path.join(built.outDir, 'code-colors.css'), 'utf8'),
		/^\.c-\w+\{--shiki-light:#[0-9A-Fa-f]{3,8};--shiki-dark:#/,
	);
	assert.match(beta, /<span class="line highlighted">/);
});

test('pages for pillars, tags, glossary, paths and 404 exist', () => {
	for (const url of [
		'/',
		'/notes/',
		'/pillars/lcm/',
		'/tags/fixture/',
		'/glossary/',
		'/glossary/sidecar/',
		'/paths/new-hire/',
		'/search/',
		'/sources/',
	]) {
		assert.ok(fs.existsSync(path.join(built.outDir, url, 'index.html')), url);
	}
	assert.ok(fs.existsSync(path.join(built.outDir, '404.html')));
});

test('a glossary page links the source segments its definition rests on', () => {
	assert.match(
		page(built.outDir, '/glossary/sidecar/'),
		/Sources: <a href="\/sources\/fixture-deck\/#slide-2"[^>]*>[^<]+, Slide 2<\/a>/,
	);
});

test('the search index is built, with type and pillar filters', () => {
	const dir = path.join(built.outDir, 'pagefind');
	assert.ok(fs.existsSync(path.join(dir, 'pagefind.js')));
	const entry = JSON.parse(fs.readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8')) as {
		languages: Record<string, { page_count: number }>;
	};
	// Only marked regions are indexed: 3 notes, 2 glossary terms, 4 source pages and the path, not lists or the home page.
	assert.equal(Object.values(entry.languages)[0]!.page_count, 10);
	const note = page(built.outDir, '/notes/alpha/');
	assert.match(
		note,
		/data-pagefind-filter="type\[content\]" data-pagefind-meta="type\[content\]" content="note"/,
	);
	assert.match(note, /data-pagefind-filter="pillar\[content\]" content="lcm"/);
});

test('a broken wiki-link fails the build with file, line, column and a suggestion', () => {
	const { root } = treeWith('broken-wiki-link.mdx', 'notes');
	const failed = buildFixture(root);
	assert.notEqual(failed.status, 0);
	assert.match(
		failed.output,
		/notes\/broken-wiki-link\.mdx:10:15 {2}unknown link target "alpah hub" in \[\[alpah hub\]\] {2}\(did you mean "Alpha hub"/,
	);
	assert.doesNotMatch(failed.output, /Stack trace/);
});

test('the first mention of a glossary term links to it, with its definition for hover and focus', () => {
	const beta = page(built.outDir, '/notes/beta/');
	const terms = [
		...beta.matchAll(
			/<span class="term"><a href="\/glossary\/sidecar\/" class="term-link" aria-describedby="term-sidecar-def">([^<]+)<\/a><span class="term-def" role="tooltip" id="term-sidecar-def"[^>]*><strong>Sidecar<\/strong>: A helper container/g,
		),
	];
	assert.equal(terms.length, 1, 'only the first mention is linked');
	assert.equal(terms[0]![1], 'sidecar');
	assert.match(beta, /<code>sidecar<\/code>/, 'code is never linked');
	const gamma = page(built.outDir, '/notes/gamma/');
	assert.doesNotMatch(
		gamma,
		/href="\/glossary\/sidecar\/"/,
		'the note that explains a term does not link to it',
	);
});

test('a renamed note keeps its old URL as a redirect to the new one', () => {
	const old = page(built.outDir, '/notes/beta-old/');
	assert.match(old, /<meta http-equiv="refresh" content="\d+;url=\/notes\/beta\/"/);
});

test('an overdue note shows a review banner; a current one does not', () => {
	assert.match(text(page(built.outDir, '/notes/gamma/')), /Review overdue since 2024-07-15/);
	assert.doesNotMatch(page(built.outDir, '/notes/alpha/'), /Review overdue/);
});

test('note pages show the last update, an edit link and their place on the reading path', () => {
	const beta = page(built.outDir, '/notes/beta/');
	// A shallow clone (as some CI systems make) cannot date files behind its cut, and says so.
	const shallow =
		execFileSync('git', ['rev-parse', '--is-shallow-repository'], { encoding: 'utf8' }).trim() ===
		'true';
	assert.match(
		text(beta),
		shallow ? /Last updated (\d{4}-\d{2}-\d{2}|date unknown)/ : /Last updated \d{4}-\d{2}-\d{2}/,
	);
	assert.match(
		beta,
		/href="https:\/\/[^"]+\/edit\/main\/tests\/fixtures\/site\/content\/notes\/lcm\/beta\.mdx"/,
	);
	assert.match(text(beta), /Start here\s*: step 2 of 2/);
	assert.match(
		beta,
		/<a rel="prev" href="\/notes\/alpha\/"[^>]*><span class="path-nav__dir"[^>]*>Previous step<\/span> Alpha hub<\/a>/,
	);
});

test('each note has a local graph of its neighbours, drawn as SVG with real links', () => {
	const alpha = page(built.outDir, '/notes/alpha/');
	const graph = /<svg class="local-graph"[^]*?<\/svg>/.exec(alpha)?.[0] ?? '';
	assert.match(graph, /aria-label="Notes linked with Alpha hub"/);
	assert.match(
		graph,
		/<a href="\/notes\/beta\/"><title>Beta details<\/title>[^]*?>Beta details<\/tspan>/,
	);
	assert.match(graph, /<a href="\/notes\/gamma\/"><title>Gamma sidecars<\/title>/);
	assert.match(text(alpha), /1 linked from here, 2 linking here/);
});

test('two builds of the same content produce identical files', () => {
	const again = buildFixture(path.resolve('tests/fixtures/site/content'));
	assert.equal(again.status, 0);
	const list = (dir: string) =>
		fs
			.readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((e) => e.isFile())
			.map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
			.sort();
	const files = list(built.outDir);
	assert.deepEqual(list(again.outDir), files);
	const differing = files.filter(
		(f) =>
			!fs
				.readFileSync(path.join(built.outDir, f))
				.equals(fs.readFileSync(path.join(again.outDir, f))),
	);
	assert.deepEqual(differing, []);
});
