import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planQuery } from '../../src/search/query.ts';
import { fuse } from '../../src/search/fuse.ts';
import { findHits, type SearchBackend } from '../../src/search/engine.ts';
import { searchSite } from '../../src/search/site-search.ts';
import { correctQuery, words } from '../../src/search/spelling.ts';
import { pickAnswer } from '../../src/search/answer.ts';
import type { Hit, ResultData } from '../../src/search/pagefind-api.ts';
import { vocabulary } from '../../src/pipeline/vocabulary.ts';
import { checkContent } from '../../src/pipeline/index.ts';
import { publish } from '../../src/pipeline/publish.ts';
import { GOOD } from '../helpers/trees.ts';

test('a query is read as its meaningful words, and a comparison as two sides', () => {
	assert.deepEqual(planQuery('how do we upgrade worker nodes?').words, [
		'upgrade',
		'worker',
		'nodes',
	]);
	assert.deepEqual(planQuery('recreate vs rolling update').sides, [
		['recreate'],
		['rolling', 'update'],
	]);
	assert.deepEqual(planQuery('recreate vs rolling update').words, [
		'recreate',
		'rolling',
		'update',
	]);
	assert.deepEqual(planQuery('concourse or gocd').sides, [['concourse'], ['gocd']]);
	assert.deepEqual(planQuery('docker compared to kubernetes').sides, [['docker'], ['kubernetes']]);
	assert.deepEqual(planQuery('difference between hpa and vpa').sides, [['hpa'], ['vpa']]);
	assert.equal(planQuery('node pool upgrade').sides, undefined);
	assert.deepEqual(
		planQuery('spot vs on-demand').words,
		['spot', 'on-demand'],
		'hyphenated words stay whole',
	);
	assert.deepEqual(planQuery('what is').words, ['what', 'is'], 'a query of stop words keeps them');
});

test('rank fusion puts what many lists rank high first, and keeps first-seen order for ties', () => {
	const fused = fuse(
		[
			{ items: ['a', 'b', 'c'], weight: 1 },
			{ items: ['c', 'b'], weight: 1 },
			{ items: ['d'], weight: 0.1 },
		],
		(x) => x,
	).map((f) => f.item);
	assert.deepEqual(fused, ['c', 'b', 'a', 'd']);
});

/**
 * A small full-text index with Pagefind's matching rules, to exercise the engine's ranking:
 * every word required, prefixes extend ("upgr" finds "upgrade"), an unknown word shrinks to
 * the longest known prefix ("argocd" finds "argo"), and a quoted word matches only itself.
 * A page scores the number of times it holds the query's words.
 */
function memoryIndex(
	pages: Record<string, string>,
	types: Record<string, string> = {},
): SearchBackend {
	const index = Object.entries(pages).map(([id, text]) => ({
		id,
		words: text.toLowerCase().split(/\W+/),
	}));
	const vocabulary = new Set(index.flatMap((p) => p.words));
	const matches = (pageWords: string[], term: string) => {
		if (term.startsWith('"')) return pageWords.includes(term.slice(1, -1));
		const longer = [...vocabulary].some((w) => w.startsWith(term));
		if (longer) return pageWords.some((w) => w.startsWith(term));
		const shorter = [...vocabulary]
			.filter((w) => term.startsWith(w))
			.sort((a, b) => b.length - a.length)[0];
		return shorter !== undefined && pageWords.includes(shorter);
	};
	const hit = (id: string, score: number): Hit => ({
		id,
		score,
		data: async () => ({ url: `/${id}/`, excerpt: '', meta: {}, sub_results: [] }),
	});
	const search = (term: string) => {
		const terms = term.split(/\s+/);
		return index
			.filter((p) => terms.every((t) => matches(p.words, t)))
			.map((p) =>
				hit(
					p.id,
					terms.reduce((n, t) => n + p.words.filter((w) => matches([w], t)).length, 0),
				),
			)
			.sort((a, b) => b.score - a.score);
	};
	return {
		search: async (term) => search(term),
		async has(word) {
			const found = search(`"${word}"`);
			return {
				pages: found.some((h) => types[h.id] !== 'source'),
				sources: found.some((h) => types[h.id] === 'source'),
			};
		},
		typeOf: (h) => types[h.id],
	};
}

const index = memoryIndex(
	{
		strategies:
			'Deployment strategies: recreate stops every pod, a rolling update replaces pods gradually',
		rolling:
			'Rolling update: maxSurge and maxUnavailable control how a rolling update replaces pods',
		recreate: 'The recreate strategy',
		spot: 'Spot instances are cheap; on demand capacity is the fallback',
		helm: 'Helm umbrella charts pin every chart version',
		argo: 'Argo Rollouts automates canary steps',
		deck: 'Slides: rolling update, recreate, pods, helm, spot instances',
		glossaryRolling: 'rolling update',
	},
	{ deck: 'source', glossaryRolling: 'glossary' },
);
const ids = (hits: readonly Hit[]) => hits.map((h) => h.id);

test('a comparison ranks the pages that cover both sides first, then each side, then raw sources', async () => {
	const found = await findHits(planQuery('recreate vs rolling update'), index);
	const order = ids(found.hits);
	assert.deepEqual(order.slice(0, 2).sort(), ['rolling', 'strategies'], order.join(', '));
	assert.ok(order.indexOf('recreate') > 1, 'a page with one side comes after those with both');
	assert.equal(found.hits.at(-1)!.id, 'deck', 'sources come last');
	assert.deepEqual(found.missing, []);
});

test('a word no page contains is named, left out of the ranking, and never stretched to a shorter word', async () => {
	const found = await findHits(planQuery('helm vs kustomize'), index);
	assert.deepEqual(found.missing, ['kustomize']);
	assert.equal(found.hits[0]!.id, 'helm');
	assert.ok(found.partial);
	const argocd = await findHits(planQuery('argocd'), index);
	assert.deepEqual(ids(argocd.hits), [], '"argocd" does not find the page about Argo Rollouts');
	assert.deepEqual(argocd.missing, ['argocd']);
	const slides = await findHits(planQuery('helm slides'), index);
	assert.deepEqual(
		slides.onlyInSources,
		['slides'],
		'a word only the raw sources hold is told apart',
	);
	assert.deepEqual(slides.missing, []);
	assert.deepEqual(ids(slides.hits), ['helm', 'deck']);
});

test('a query whose words all match together keeps that ranking, with glossary entries after notes', async () => {
	const found = await findHits(planQuery('rolling update'), index);
	assert.equal(found.partial, false);
	assert.ok(ids(found.hits).indexOf('glossaryRolling') > ids(found.hits).indexOf('rolling'));
});

test('a question about where to start ranks the reading path it matches first; the same words without that question do not', async () => {
	const pages = memoryIndex(
		{
			pods: 'Pods: how Kubernetes runs containers, for newcomers and experts',
			services: 'Services: how Kubernetes routes to pods',
			basics: 'Kubernetes basics: a reading path',
		},
		{ basics: 'path' },
	);
	for (const q of [
		'new to kubernetes where to begin',
		'kubernetes for beginners',
		'getting started with kubernetes',
	]) {
		assert.equal(planQuery(q).start, true, q);
		assert.deepEqual(
			planQuery(q).words,
			['kubernetes'],
			'how the question is asked is not searched',
		);
	}
	assert.deepEqual(
		planQuery('new hire').words,
		['new', 'hire'],
		'a query that is only the question keeps its words',
	);
	assert.deepEqual(planQuery('istio security overview').words, ['istio', 'security']);
	assert.deepEqual(planQuery('overview of the platform').words, ['platform']);
	assert.equal(
		planQuery('version overview tool').start,
		undefined,
		'an overview that is part of a name',
	);
	for (const q of [
		'kubernetes pods',
		'first pod restart',
		'new team onboarding',
		'what starts first',
	])
		assert.equal(planQuery(q).start, undefined, q);
	assert.equal(
		ids((await findHits(planQuery('where do i start with kubernetes'), pages)).hits)[0],
		'basics',
	);
	assert.notEqual(ids((await findHits(planQuery('kubernetes pods'), pages)).hits)[0], 'basics');
});

test('spelling: only unknown words are corrected, never a tool name, and only when the query finds nothing useful', async () => {
	const vocab = { rolling: 5, update: 5, recreate: 2, helm: 3, spot: 2, instances: 2 };
	assert.equal(correctQuery('rollign updaet', ['rollign', 'updaet'], vocab), 'rolling update');
	assert.equal(correctQuery('argocd', ['argocd'], { argo: 1, gocd: 9 }), undefined);
	assert.equal(correctQuery('rolling update', [], vocab), undefined);
	let vocabularyLoads = 0;
	const load = async () => {
		vocabularyLoads++;
		return vocab;
	};
	const fixed = await searchSite('rollign updaet', index, load);
	assert.equal(fixed.query, 'rolling update');
	assert.deepEqual(fixed.correctedFrom, {
		query: 'rollign updaet',
		missing: ['rollign', 'updaet'],
	});
	assert.equal(fixed.hits[0]!.id, 'rolling');
	const offered = await searchSite('helm chartz pin', index, load);
	assert.equal(offered.correctedFrom, undefined, 'two of three words found: results stay');
	assert.equal(offered.hits[0]!.id, 'helm');
	const before = vocabularyLoads;
	await searchSite('rolling update', index, load);
	assert.equal(vocabularyLoads, before, 'the word list is fetched only when a word is unknown');
});

test('a query that names a term or note gets its definition or summary as an answer', () => {
	const result = (url: string, meta: Record<string, string>): ResultData => ({
		url,
		excerpt: '',
		meta,
		sub_results: [],
	});
	const results = [
		result('/notes/pod-disruption-budgets/', {
			type: 'note',
			title: 'Pod disruption budgets',
			aliases: 'PDB|PodDisruptionBudget',
			summary: 'What a PDB protects.',
		}),
		result('/glossary/pdb/', {
			type: 'glossary',
			title: 'PDB (glossary)',
			term: 'PDB',
			aliases: 'PDB|pod disruption budget',
			summary: 'Limits voluntary disruptions.',
			note_url: '/notes/pod-disruption-budgets/',
			note_title: 'Pod disruption budgets',
		}),
	];
	const answer = pickAnswer('pdb', results)!;
	assert.equal(answer.title, 'PDB');
	assert.equal(answer.text, 'Limits voluntary disruptions.');
	assert.equal(answer.href, '/notes/pod-disruption-budgets/');
	assert.equal(answer.glossaryHref, '/glossary/pdb/');
	assert.equal(
		pickAnswer('pod-disruption budgets', results)!.href,
		'/notes/pod-disruption-budgets/',
	);
	assert.equal(pickAnswer('pod', results), undefined, 'a word of a name is not the name');
	for (const question of ['what is a pdb', 'What does PDB mean?', 'pdb meaning'])
		assert.equal(pickAnswer(question, results)?.glossaryHref, '/glossary/pdb/', question);
	assert.equal(
		pickAnswer('pdb drain', results),
		undefined,
		'another word makes it another question',
	);
	assert.equal(pickAnswer('why pdb', results), undefined, 'a why question wants a reason');
});

test('a comparison is answered by the page that compares the two, however the question is put', () => {
	const page = (url: string, title: string): ResultData => ({
		url,
		excerpt: '',
		meta: { type: 'note', title, summary: `${title}, in short.` },
		sub_results: [],
	});
	const results = [
		page('/notes/docker-and-kubernetes-best-practices/', 'Docker and Kubernetes best practices'),
		page('/notes/docker-vs-kubernetes/', 'Docker vs Kubernetes'),
	];
	for (const question of [
		'docker compared to kubernetes',
		'kubernetes or docker',
		'difference between docker and kubernetes',
	])
		assert.equal(pickAnswer(question, results)?.href, '/notes/docker-vs-kubernetes/', question);
	assert.equal(pickAnswer('docker kubernetes', results), undefined, 'two words are no comparison');
});

test('the vocabulary holds the site’s words, with names counting extra', () => {
	assert.deepEqual(words('Pod-disruption budgets, v1 PDBs!'), [
		'pod',
		'disruption',
		'budgets',
		'pdbs',
	]);
	const v = vocabulary(publish(checkContent(GOOD).site, { drafts: false }));
	assert.ok(v.alpha! > v.story!, 'title words outweigh body words');
	assert.equal(v.welcome, 0, 'source-only words are known but never suggested');
});
