import { test } from 'node:test';
import assert from 'node:assert/strict';
import { misspellingOf } from '../../src/lib/closest.ts';

test('a likely misspelling of another name is found: the garbled names the glossary once showed', () => {
	const cases: [string, string][] = [
		['kubernates', 'Kubernetes'],
		['kubernetis', 'Kubernetes'],
		['kubernets', 'Kubernetes'],
		['istion', 'Istio'],
		['isito', 'Istio'],
		['callico', 'Calico'],
		['cillium', 'Cilium'],
		['artefactory', 'Artifactory'],
		['Graffana', 'Grafana'],
		['Kibanna', 'Kibana'],
		['Promethues', 'Prometheus'],
		['spinaker', 'Spinnaker'],
		['Splung', 'Splunk'],
	];
	for (const [name, of] of cases) assert.equal(misspellingOf(name, [of]), of, name);
});

test('writing variants, other endings, added words, opposites, other acronyms and short commands are no misspelling', () => {
	const fine: [string, string][] = [
		['network policy', 'NetworkPolicy'],
		['nodepool', 'node pool'],
		['cordoned', 'cordon'],
		['rehydrating', 'rehydration'],
		['sidecar injector', 'sidecar injection'],
		['centralised logging', 'centralized logging'],
		['Concourse CI', 'Concourse'],
		['SPIFFE ID', 'SPIFFE'],
		['uncordon', 'cordon'],
		['VPA', 'HPA'],
		['EFK', 'ELK'],
		['CRI-O', 'CRI'],
		['L2 support', 'L1 support'],
		['SSL termination', 'TLS termination'],
		['alarm fatigue', 'alert fatigue'],
		['PDBs', 'PDB'],
		['htop', 'top'],
		['docker rmi', 'docker rm'],
	];
	for (const [name, other] of fine) assert.equal(misspellingOf(name, [other]), undefined, name);
});
