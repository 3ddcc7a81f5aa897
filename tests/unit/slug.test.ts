import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentId, foldKey, headingIds, isContentId, slugify } from '../../src/lib/slug.ts';
import { siteUrls } from '../../src/lib/urls.ts';

test('a content id is lower-case words joined by hyphens; anything else is refused and renamed', () => {
	const cases: [string, boolean, string][] = [
		['weekly-lcm-process', true, 'weekly-lcm-process'],
		['Sidecar', false, 'sidecar'],
		['Mutual TLS', false, 'mutual-tls'],
		['pdb--v2', false, 'pdb-v2'],
		['lcm2', true, 'lcm2'],
	];
	for (const [name, valid, suggestion] of cases) {
		assert.equal(isContentId(name), valid, name);
		assert.equal(contentId(name), suggestion, name);
	}
});

test('slugify makes URL-safe slugs from titles', () => {
	const cases: [string, string][] = [
		['Pod Disruption Budgets (PDB)', 'pod-disruption-budgets-pdb'],
		['  Blue/green node pools ', 'blue-green-node-pools'],
		['Crème brûlée & mTLS', 'creme-brulee-mtls'],
		['---', ''],
	];
	for (const [input, expected] of cases) assert.equal(slugify(input), expected, input);
});

test('headingIds match Astro: github-slugger with numbered repeats', () => {
	assert.deepEqual(headingIds(['Why', 'How it works', 'Why', 'What’s next?']), [
		'why',
		'how-it-works',
		'why-1',
		'whats-next',
	]);
});

test('foldKey ignores case and runs of white space', () => {
	assert.equal(foldKey('  Mutual   TLS '), 'mutual tls');
	assert.equal(foldKey('PDB'), foldKey('pdb'));
});

test('every internal URL is built from the base path, with exactly one slash between parts', () => {
	const root = siteUrls('/');
	const kb = siteUrls('/platform-kb/');
	const cases: [string, string][] = [
		[root.page('notes/'), '/notes/'],
		[kb.page('/notes/'), '/platform-kb/notes/'],
		[siteUrls('/kb').page('notes/'), '/kb/notes/'],
		[kb.note('lcm', 'why'), '/platform-kb/notes/lcm/#why'],
		[kb.note('lcm'), '/platform-kb/notes/lcm/'],
		[kb.glossary('pdb'), '/platform-kb/glossary/pdb/'],
		[kb.source('sre-notes', 'turn-3'), '/platform-kb/sources/sre-notes/#turn-3'],
		[kb.pillar('istio'), '/platform-kb/pillars/istio/'],
		[kb.tag('upgrades'), '/platform-kb/tags/upgrades/'],
		[kb.path('new-hire'), '/platform-kb/paths/new-hire/'],
		[root.page('pagefind/pagefind.js'), '/pagefind/pagefind.js'],
	];
	for (const [actual, expected] of cases) assert.equal(actual, expected);
});
