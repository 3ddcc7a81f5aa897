import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readYamlBlock, yamlBlockReader } from '../../src/pipeline/yaml-blocks.ts';

const BLOCKS = [
	'apiVersion: apps/v1\nkind: Deployment\n',
	'apiVersion: security.istio.io/v1beta1\nkind: PeerAuthentication\n---\napiVersion: v1\nkind: Service\n',
	'kind: Pod\nmetadata:\n  name: a\n   bad: indent\n',
	'just: [unclosed\n',
];

test('a YAML block yields each document’s apiVersion, or its first syntax error at its line', () => {
	assert.deepEqual(readYamlBlock(BLOCKS[1]!).apiVersions, ['security.istio.io/v1beta1', 'v1']);
	const broken = readYamlBlock(BLOCKS[2]!);
	assert.equal(broken.error?.line, 3);
	assert.match(broken.error!.message, /nested mappings/i);
});

test('blocks read on the worker thread give exactly what reading them here gives, in order', () => {
	const many = Array.from({ length: 60 }, (_, i) => BLOCKS[i % BLOCKS.length]!);
	const worker = yamlBlockReader(10);
	// Added note by note, as the reader adds them; the worker starts once 10 have come in.
	for (let i = 0; i < many.length; i += 3) worker.add(many.slice(i, i + 3));
	assert.deepEqual(worker.take(), many.map(readYamlBlock));
	const here = yamlBlockReader(Infinity);
	here.add(many);
	assert.deepEqual(here.take(), many.map(readYamlBlock));
});
