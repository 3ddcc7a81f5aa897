/**
 * Route data in-process (as Starlight tests its route data): the fixture tree through every
 * stage up to `buildRoutes`, with dates and "today" injected, in milliseconds.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkContent } from '../../src/pipeline/index.ts';
import { publish } from '../../src/pipeline/publish.ts';
import { createRenderer } from '../../src/render/index.ts';
import { buildRoutes } from '../../src/routes/routes.ts';
import { siteUrls } from '../../src/lib/urls.ts';
import { GOOD } from '../helpers/trees.ts';

async function routesOf(drafts: boolean) {
	const { site } = checkContent(GOOD);
	const published = publish(site, { drafts });
	const renderer = await createRenderer(published, siteUrls('/'));
	const rendered = new Map(published.notes.map((n) => [n.slug, renderer.render(n)]));
	const routes = buildRoutes({
		published,
		rendered,
		updated: (file) => (file.endsWith('beta.mdx') ? new Date('2026-11-30T00:00:00Z') : undefined),
		editUrl: (file) => `https://repo.example/edit/main/${file}`,
		today: new Date('2026-12-01T00:00:00Z'),
		drawings: renderer.drawings,
	});
	return Object.assign(routes, { html: (slug: string) => rendered.get(slug as never)!.html });
}

const routes = await routesOf(false);
const note = (slug: string) => routes.notes.find((n) => n.slug === slug)!;

test('notes are published without drafts, hub first, each with its file, edit link, date and review state', () => {
	assert.deepEqual(
		routes.notes.map((n) => n.slug),
		['alpha', 'beta', 'gamma'],
	);
	const beta = note('beta');
	assert.equal(
		beta.editUrl,
		'https://repo.example/edit/main/tests/fixtures/site/content/notes/lcm/beta.mdx',
	);
	assert.equal(beta.updated, '2026-11-30');
	assert.equal(note('alpha').updated, undefined, 'no date where git cannot tell');
	assert.deepEqual(note('gamma').review, { due: '2024-07-15', overdue: true });
	assert.equal(note('alpha').review.overdue, false);
	assert.equal(beta.hasCode, true);
	assert.equal(note('alpha').hasCode, false);
});

test('backlinks carry the linking sentence; related leaves out prerequisites and backlinks', () => {
	assert.deepEqual(note('alpha').backlinks, [
		{
			slug: 'beta',
			title: 'Beta details',
			context: "The upgrade follows the plan in the hub's method.",
		},
		{
			slug: 'gamma',
			title: 'Gamma sidecars',
			context: 'Sidecars join the mesh, as Alpha hub explains in its first section.',
		},
	]);
	assert.deepEqual(
		note('beta').prerequisites.map((c) => c.slug),
		['alpha'],
	);
	assert.deepEqual(note('beta').related, [], 'alpha is a prerequisite, so not repeated as related');
	assert.deepEqual(
		note('gamma').related.map((c) => c.slug),
		['beta'],
	);
});

test('a note’s sources are grouped by source, numbered like its markers, and point at the highlighted words', () => {
	assert.deepEqual(
		note('beta').sources.map((s) => ({
			src: s.src,
			segments: s.segments.map((g) => [g.n, g.label, g.target, g.excerpt.match]),
		})),
		[{ src: 'fixture-deck', segments: [[1, 'Slide 2', 'slide-2-w1', 'rolling update']] }],
	);
});

test('source segments list the notes citing them, with the ids of the very markers the renderer drew', () => {
	const talk = routes.sources.find((s) => s.id === 'fixture-talk')!;
	const cited = talk.segments.find((s) => s.anchor === 't-00-00-01')!;
	assert.deepEqual(cited.citedBy, [{ slug: 'alpha', title: 'Alpha hub', markers: ['cite-1-1'] }]);
	assert.ok(cited.marks.length > 0);
	for (const { slug, markers } of cited.citedBy)
		for (const id of markers) assert.match(routes.html(slug), new RegExp(`<a [^>]*id="${id}"`));
});

test('graph, path steps and section neighbours', () => {
	const alpha = note('alpha');
	assert.deepEqual(
		alpha.graph.neighbours.map((n) => [n.slug, n.direction]),
		[
			['beta', 'both'],
			['gamma', 'in'],
		],
	);
	assert.deepEqual(
		note('beta').paths.map((p) => [p.id, p.step, p.total, p.prev?.slug, p.next?.slug]),
		[['new-hire', 2, 2, 'alpha', undefined]],
	);
	assert.deepEqual(note('beta').section, {
		pillar: 'lcm',
		prev: { slug: 'alpha', title: 'Alpha hub', summary: alpha.data.summary, pillar: 'lcm' },
	});
});

test('glossary, paths, diagrams, tags and the site lists', () => {
	const sidecar = routes.glossary.find((g) => g.id === 'sidecar')!;
	assert.deepEqual(sidecar.note, { slug: 'gamma', title: 'Gamma sidecars', pillar: 'istio' });
	assert.deepEqual(sidecar.sources, [
		{ src: 'fixture-deck', title: 'Fixture deck', anchor: 'slide-2', label: 'Slide 2' },
	]);
	assert.equal(routes.glossary.find((g) => g.id === 'hub')!.note.heading, 'why-alpha-matters');
	assert.deepEqual(
		sidecar.related,
		[{ name: 'Hub note', id: 'hub' }, { name: 'sidecar pattern' }],
		'a related name that is another term links that term',
	);
	assert.deepEqual(
		routes.paths.map((p) => [p.id, p.minutes, p.steps.map((s) => s.slug)]),
		[['new-hire', 7, ['alpha', 'beta']]],
	);
	const flow = routes.diagrams.find((d) => d.id === 'fixture-flow')!;
	assert.deepEqual(flow.usedBy, [{ slug: 'beta', title: 'Beta details' }]);
	assert.match(flow.svg, /^<svg class="diagram-svg dg-wide dg-fit-\d+"/);
	assert.match(flow.svg, /<svg class="diagram-svg dg-narrow"/);
	assert.deepEqual(
		routes.tags.map((t) => [t.tag, t.notes.map((n) => n.slug)]),
		[
			['details', ['beta']],
			['fixture', ['alpha', 'beta']],
		],
	);
	assert.deepEqual(routes.site.redirects, [{ from: 'beta-old', to: 'beta' }]);
	assert.deepEqual(
		routes.site.sections.map((s) => [s.pillar, s.hub?.slug, s.notes.length]),
		[
			['lcm', 'alpha', 2],
			['istio', undefined, 1],
		],
	);
	assert.equal(routes.site.recent[0]!.slug, 'beta', 'most recently updated first');
});

test('with drafts shown (the dev server) the draft is a page, and links from it count as backlinks', async () => {
	const dev = await routesOf(true);
	const draft = dev.notes.find((n) => n.slug === 'quokka-draft')!;
	assert.equal(draft.draft, true);
	assert.ok(
		dev.notes.find((n) => n.slug === 'beta')!.backlinks.some((b) => b.slug === 'quokka-draft'),
	);
	assert.ok(dev.tags.some((t) => t.tag === 'quokka-tag'));
	assert.ok(!routes.tags.some((t) => t.tag === 'quokka-tag'), 'and never in the build');
});
