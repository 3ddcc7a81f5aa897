import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkContent } from '../../src/pipeline/index.ts';
import { termMatcher } from '../../src/pipeline/glossary-terms.ts';
import { readSettings } from '../../src/settings.ts';
import { GOOD } from '../helpers/trees.ts';
import { splitNoteRef } from '../../src/lib/slug.ts';
import { foldKey } from '../../src/lib/slug.ts';
import { inflections } from '../../src/pipeline/glossary-terms.ts';
import type { Pillar } from '../../src/schemas/common.ts';

const { site } = checkContent(readSettings().contentDir);
const matcher = termMatcher(site.glossary);
/** The glossary terms a sentence links, as `id:text` (the matcher alone: first mentions are the renderer's business). */
const linked = (text: string, pillar: Pillar) =>
	matcher.find(text, pillar).map((h) => `${h.target.id}:${h.text}`);

/**
 * Sentences from the notes, and what the linker must and must not make of them: the cases the
 * glossary review found firing on the wrong meaning, and the plurals that never linked.
 */
const CASES: { text: string; pillar: Pillar; links?: string[]; not?: string[] }[] = [
	// Kinds link only as written, not as the everyday word.
	{
		text: 'ASE hosts them as a managed service, with Azure handling patching.',
		pillar: 'platform',
		not: ['service'],
	},
	{
		text: 'takes the report: service desk or production support',
		pillar: 'operations',
		not: ['service'],
	},
	{ text: 'EKS is a managed Kubernetes service from AWS.', pillar: 'platform', not: ['service'] },
	{
		text: 'A ClusterIP Service gives the pods one stable address.',
		pillar: 'kubernetes',
		links: ['service:Service'],
	},
	{
		text: 'the team spent roughly 30% of a year on continuous deployment.',
		pillar: 'platform',
		not: ['deployment'],
	},
	{
		text: 'A deployment tool that runs inside the cluster it is upgrading is sawing off the branch it sits on.',
		pillar: 'cicd',
		not: ['deployment'],
	},
	{
		text: 'The Deployment creates a ReplicaSet, which keeps three pods running.',
		pillar: 'kubernetes',
		links: ['deployment:Deployment'],
	},
	{
		text: 'Azure offers WAF on Application Gateway and Front Door.',
		pillar: 'istio',
		not: ['istio-gateway'],
	},
	{
		text: 'An Istio Gateway configures the Envoy at the edge of the mesh.',
		pillar: 'istio',
		links: ['istio-gateway:Istio Gateway'],
	},
	{
		text: 'ingress traffic from the internet reaches the load balancer first.',
		pillar: 'kubernetes',
		not: ['ingress'],
	},
	{
		text: 'An Ingress is a set of rules that lets inbound HTTP connections reach Services.',
		pillar: 'kubernetes',
		links: ['ingress:Ingress'],
	},
	// A name that means different things in different pillars.
	{
		text: 'istiod, Istio\u2019s control plane, contains the certificate authority.',
		pillar: 'istio',
		not: ['control-plane'],
	},
	{
		text: 'The control plane pushes configuration to every sidecar.',
		pillar: 'istio',
		links: ['istio-control-plane:control plane'],
	},
	{
		text: 'Each cluster carries its own control plane, system components and spare capacity.',
		pillar: 'platform',
		links: ['control-plane:control plane'],
	},
	// Homonyms and the opposite meaning.
	{
		text: 'multi-AZ deployments with a synchronous standby in another zone',
		pillar: 'kubernetes',
		not: ['on-call'],
	},
	{
		text: 'the blue-green rolling upgrade is a stage of its own',
		pillar: 'bluegreen',
		not: ['rolling-update'],
	},
	{
		text: 'the kernel panics or the node runs out of memory',
		pillar: 'bluegreen',
		not: ['oomkilled'],
	},
	{
		text: 'Nodes run containerd as their container runtime.',
		pillar: 'kubernetes',
		links: ['container-runtime:containerd'],
		not: ['docker'],
	},
	// Plurals and lower case link.
	{
		text: "AWS's managed node groups did not exist yet when they started",
		pillar: 'cicd',
		links: ['managed-node-group:managed node groups'],
	},
	{
		text: 'teams create their own namespaces and node pools, restricted or shared',
		pillar: 'platform',
		links: ['node-pool:node pools'],
	},
	{
		text: "the team's pods given the matching toleration",
		pillar: 'platform',
		links: ['pod:pods'],
	},
	{
		text: 'Three PDBs protect the payment services.',
		pillar: 'bluegreen',
		links: ['pod-disruption-budget:PDBs'],
	},
	{
		text: 'a pdb in lower case is not the abbreviation',
		pillar: 'bluegreen',
		not: ['pod-disruption-budget'],
	},
];

for (const { text, pillar, links = [], not = [] } of CASES) {
	test(`linker: ${text.slice(0, 70)}`, () => {
		const found = linked(text, pillar);
		for (const want of links)
			assert.ok(found.includes(want), `expected ${want}, found ${found.join(', ') || 'nothing'}`);
		for (const id of not)
			assert.ok(
				!found.some((f) => f.startsWith(`${id}:`)),
				`must not link ${id}, found ${found.join(', ')}`,
			);
	});
}

test('every glossary term points at a note that mentions it', () => {
	const missing = site.glossary.flatMap((entry) => {
		const note = site.notes.get(splitNoteRef(entry.data.note).slug)!;
		const text = foldKey(`${note.data.title} ${note.data.summary} ${note.syntax.text}`);
		return [entry.data.term, ...entry.data.aliases]
			.flatMap(inflections)
			.some((n) => text.includes(foldKey(n)))
			? []
			: [`${entry.file} → ${note.file}`];
	});
	assert.deepEqual(missing, []);
});

test("a related name that is another term's own name links that term, not the one that lists it; other related names link their term", () => {
	const fixture = checkContent(GOOD).site;
	const sidecar = fixture.glossary.find((e) => e.id === 'sidecar')!;
	assert.deepEqual(sidecar.data.relatedNames, ['Hub note', 'sidecar pattern']);
	const found = termMatcher(fixture.glossary)
		.find('The hub note describes the sidecar pattern.', 'istio')
		.map((h) => `${h.target.id}:${h.text}`);
	assert.deepEqual(found, ['hub:hub note', 'sidecar:sidecar pattern']);
});
