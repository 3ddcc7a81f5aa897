import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readYamlBlock } from '../../src/pipeline/lint.ts';

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
