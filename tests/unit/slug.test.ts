import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldKey, headingIds, slugFromPath, slugify } from '../../src/lib/slug.ts';
import { noteUrl, withBase } from '../../src/lib/urls.ts';

test('slugFromPath takes the file name, lower-cased, without extension', () => {
	const cases: [string, string][] = [
		['content/notes/lcm/weekly-lcm-process.mdx', 'weekly-lcm-process'],
		['content/notes/istio/Mutual-TLS.MDX', 'mutual-tls'],
		['C:\\kb\\notes\\pdb.md', 'pdb'],
		['lcm.mdx', 'lcm'],
	];
	for (const [input, expected] of cases) assert.equal(slugFromPath(input), expected, input);
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
	assert.deepEqual(headingIds(['Why', 'How it works', 'Why', 'What’s next?']), ['why', 'how-it-works', 'why-1', 'whats-next']);
});

test('foldKey ignores case and runs of white space', () => {
	assert.equal(foldKey('  Mutual   TLS '), 'mutual tls');
	assert.equal(foldKey('PDB'), foldKey('pdb'));
});

test('URLs join the base path with exactly one slash', () => {
	assert.equal(withBase('/', 'notes/'), '/notes/');
	assert.equal(withBase('/kb/', '/notes/'), '/kb/notes/');
	assert.equal(withBase('/kb', 'notes/'), '/kb/notes/');
	assert.equal(noteUrl('/kb/', 'lcm', 'why'), '/kb/notes/lcm/#why');
});
