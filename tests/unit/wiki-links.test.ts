import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseWikiLink } from '../../src/pipeline/wiki-link.ts';
import { LinkResolver, type Linkable } from '../../src/pipeline/resolver.ts';
import type { HeadingId, NoteSlug } from '../../src/lib/slug.ts';

test('parseWikiLink splits target, heading and label', () => {
	const cases: [string, ReturnType<typeof parseWikiLink>][] = [
		['lcm', { target: 'lcm', heading: undefined, label: undefined }],
		['lcm#weekly-rhythm', { target: 'lcm', heading: 'weekly-rhythm', label: undefined }],
		['lcm|lifecycle', { target: 'lcm', heading: undefined, label: 'lifecycle' }],
		[
			' Pod disruption budgets # Why | PDBs ',
			{ target: 'Pod disruption budgets', heading: 'Why', label: 'PDBs' },
		],
		['#local-heading', { target: '', heading: 'local-heading', label: undefined }],
		['a|b|c', { target: 'a', heading: undefined, label: 'b|c' }],
	];
	for (const [inner, expected] of cases) assert.deepEqual(parseWikiLink(inner), expected, inner);
});

const note = (
	slug: string,
	title: string,
	aliases: string[],
	headings: string[] = [],
): Linkable => ({
	slug: slug as NoteSlug,
	title,
	aliases,
	file: `content/notes/${slug}.mdx`,
	headings: headings.map((h) => ({ id: h as HeadingId, text: h })),
});
const resolver = new LinkResolver([
	note(
		'pod-disruption-budgets',
		'Pod disruption budgets',
		['PDB', 'disruption budget'],
		['why', 'min-available'],
	),
	note('mutual-tls', 'Mutual TLS', ['mTLS']),
]);

test('links resolve by slug, title or alias, case-insensitively', () => {
	const from = 'mutual-tls' as NoteSlug;
	const cases: [string, string][] = [
		['pod-disruption-budgets', 'pod-disruption-budgets'],
		['Pod Disruption Budgets', 'pod-disruption-budgets'],
		['pdb', 'pod-disruption-budgets'],
		['MTLS', 'mutual-tls'],
		['  disruption   budget ', 'pod-disruption-budgets'],
	];
	for (const [target, slug] of cases) {
		const result = resolver.resolve({ target }, from);
		assert.ok(result.ok, target);
		assert.equal(result.slug, slug, target);
	}
});

test('headings resolve by id or by heading text', () => {
	const from = 'mutual-tls' as NoteSlug;
	for (const heading of ['min-available', 'Min available', 'MIN AVAILABLE']) {
		const result = resolver.resolve({ target: 'pdb', heading }, from);
		assert.ok(result.ok, heading);
		assert.equal(result.headingId, 'min-available');
	}
	const local = resolver.resolve(
		{ target: '', heading: 'why' },
		'pod-disruption-budgets' as NoteSlug,
	);
	assert.ok(local.ok);
	assert.equal(local.slug, 'pod-disruption-budgets');
});

test('an unknown target fails with up to three suggestions', () => {
	const result = resolver.resolve({ target: 'pod-disruption-budget' }, 'mutual-tls' as NoteSlug);
	assert.equal(result.ok, false);
	assert.match(result.ok ? '' : result.hint, /did you mean "pod-disruption-budgets"/);
});

test('an unknown heading names the file and suggests headings', () => {
	const result = resolver.resolve(
		{ target: 'pdb', heading: 'min-availble' },
		'mutual-tls' as NoteSlug,
	);
	assert.equal(result.ok, false);
	if (!result.ok) {
		assert.match(
			result.message,
			/unknown heading "#min-availble" in content\/notes\/pod-disruption-budgets\.mdx/,
		);
		assert.match(result.hint, /"#min-available"/);
	}
});

test('a name claimed by two notes is reported as a clash', () => {
	const clashing = new LinkResolver([
		note('a', 'A note', ['shared']),
		note('b', 'B note', ['Shared']),
	]);
	assert.equal(clashing.clashes.length, 1);
	assert.equal(clashing.clashes[0]!.first.slug, 'a');
	assert.equal(clashing.clashes[0]!.second.slug, 'b');
});

test('a title never shadows another note’s slug', () => {
	const r = new LinkResolver([note('lcm', 'Lifecycle management', []), note('other', 'lcm', [])]);
	const result = r.resolve({ target: 'lcm' }, 'other' as NoteSlug);
	assert.ok(result.ok && result.slug === 'lcm');
	assert.equal(r.clashes.length, 1);
});
