import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { checkContent } from '../../src/pipeline/index.ts';
import { readSettings } from '../../src/settings.ts';
import { misspellingOf } from '../../src/lib/closest.ts';
import { foldKey } from '../../src/lib/slug.ts';
import { requireDist } from '../helpers/dist.ts';

const { site } = checkContent(readSettings().contentDir);
const unescape = (html: string) =>
	html
		.replace(/<[^>]+>/g, '')
		.replace(/&amp;/g, '&')
		.replace(/&#39;|&#x27;/g, "'")
		.replace(/&quot;/g, '"')
		.trim();

/** Each term on the built /glossary/ with the names it shows under each label. */
function shownNames(): { id: string; term: string; shown: Record<string, string[]> }[] {
	const html = fs.readFileSync(path.join(requireDist(), 'glossary/index.html'), 'utf8');
	return [
		...html.matchAll(
			/<div id="([^"]+)"[^>]*>\s*<dt[^>]*>([\s\S]*?)<\/dt>\s*<dd[^>]*>([\s\S]*?)<\/dd>/g,
		),
	].map(([, id, dt, dd]) => {
		const shown: Record<string, string[]> = {};
		for (const [, kind, names] of dd!.matchAll(
			/<span[^>]*data-names="(\w+)"[^>]*>([\s\S]*?)<\/span>(?=\s*(?:<span[^>]*data-names|<\/p>))/g,
		))
			shown[kind!] = [...names!.matchAll(/class="name"[^>]*>([\s\S]*?)<\/(?:a|span)>/g)].map((m) =>
				unescape(m[1]!),
			);
		return { id: id!, term: unescape(dt!), shown };
	});
}

/**
 * The names the glossary re-grade found shown as "Also" that are no name of their term: garbled
 * captions and misspellings (search-only), and parts, values, siblings and features (related).
 */
const NOT_NAMES: Record<string, string[]> = {
	'*': [
		'kubernates',
		'kubernetis',
		'kubernative',
		'kubernets',
		'istion',
		'isito',
		'istio-d',
		'callico',
		'cillium',
		'artefactory',
		'Graffana',
		'Kibanna',
		'Promethues',
		'spinaker',
		'Splung',
		'side car',
		'Core DNS',
		'Service Now',
	],
	'container-runtime': ['containerd', 'CRI-O', 'CRI'],
	ingress: ['Ingress controller'],
	helm: ['Helm chart'],
	prometheus: ['PromQL'],
	rbac: ['RoleBinding', 'ClusterRole'],
	'pod-security-admission': ['Pod Security Standards'],
	'peer-authentication': ['STRICT mode', 'PERMISSIVE mode'],
	'qos-class': ['Guaranteed', 'Burstable', 'BestEffort'],
	'service-role': ['ServiceRoleBinding', 'ClusterRbacConfig', 'rbac.istio.io'],
	'mesh-policy': ['authentication.istio.io'],
	'istio-gateway': ['istio-ingressgateway'],
	'istio-revision': ['revision tag'],
	elk: ['EFK'],
	'desired-state': ['reconciliation loop'],
	grafana: ['Grafana dashboards'],
	gocd: ['gocd pipelines'],
	'control-plane': ['master nodes', 'master node'],
};

test('every name /glossary/ shows as "Also called" is a real name of its term, never a search-only spelling or a related thing', () => {
	const terms = shownNames();
	assert.equal(terms.length, site.glossary.length, 'every term is listed');
	const also = terms.flatMap((t) => (t.shown.aliases ?? []).map((name) => ({ ...t, name })));
	assert.ok(also.length > 50, `only ${also.length} names shown as "Also called"`);
	const searchOnly = new Set(site.glossary.flatMap((e) => e.data.searchOnly).map(foldKey));
	const notName = (id: string, name: string) =>
		[...NOT_NAMES['*']!, ...(NOT_NAMES[id] ?? [])].some((n) => foldKey(n) === foldKey(name));
	const wrong = also
		.filter(({ id, name, term, shown }) => {
			const earlier = [term, ...shown.aliases!.slice(0, shown.aliases!.indexOf(name))];
			return notName(id, name) || searchOnly.has(foldKey(name)) || misspellingOf(name, earlier);
		})
		.map(({ id, name }) => `${id}: ${name}`);
	assert.deepEqual(wrong, []);
	const shownAnywhere = terms.flatMap((t) => Object.values(t.shown).flat()).map(foldKey);
	const leaked = [...searchOnly].filter((name) => shownAnywhere.includes(name));
	assert.deepEqual(leaked, [], 'search-only spellings are never shown');
	const formerly = terms.find((t) => t.id === 'control-plane')!.shown;
	assert.ok(formerly.formerly?.includes('master node'), 'a retired name is shown as "Formerly"');
	assert.ok(terms.find((t) => t.id === 'qos-class')!.shown.related?.includes('Burstable'));
});

test('a related name with a term of its own links that term on the term page', () => {
	const html = fs.readFileSync(path.join(requireDist(), 'glossary/qos-class/index.html'), 'utf8');
	const related = /<span[^>]*data-names="related"[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
	assert.match(
		related,
		/<a class="name" href="\/glossary\/requests-and-limits\/"[^>]*>requests and limits<\/a>/,
	);
	assert.match(related, /<span class="name"[^>]*>Burstable<\/span>/);
	assert.doesNotMatch(html, /kb:aliases[^>]*Burstable/, 'a related name gives no answer card');
	assert.match(html, /<meta name="kb:related"[^>]*content="Guaranteed\|Burstable\|BestEffort/);
});
