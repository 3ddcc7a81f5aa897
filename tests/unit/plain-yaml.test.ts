import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments, parseDocument } from 'yaml';
import { DECLINED, loadAllPlain, loadPlain } from '../../src/pipeline/plain-yaml.ts';
import { splitFrontmatter } from '../../src/pipeline/frontmatter.ts';

/** Every YAML text the check reads: frontmatter, YAML records and YAML code blocks, in content and fixtures. */
function yamlTexts(): { documents: string[]; blocks: string[] } {
	const documents: string[] = [];
	const blocks: string[] = [];
	for (const root of ['content', 'tests/fixtures']) {
		for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
			if (!entry.isFile()) continue;
			const text = fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
			if (/\.ya?ml$/.test(entry.name)) documents.push(text);
			if (!entry.name.endsWith('.mdx')) continue;
			const { yaml } = splitFrontmatter(text);
			if (yaml !== undefined) documents.push(yaml);
			for (const m of text.matchAll(/^```ya?ml[^\n]*\n([\s\S]*?)^```/gm)) blocks.push(m[1]!);
		}
	}
	return { documents, blocks };
}

test('the fast YAML reader gives the full parser’s data for every YAML text in content and fixtures, or leaves the text to it', () => {
	const { documents, blocks } = yamlTexts();
	let read = 0;
	for (const text of documents) {
		const plain = loadPlain(text);
		if (plain === DECLINED) continue;
		const doc = parseDocument(text);
		assert.deepEqual([...doc.errors, ...doc.warnings], [], `the fast reader accepted:\n${text}`);
		assert.deepEqual(plain ?? {}, doc.toJS() ?? {}, text);
		read++;
	}
	for (const text of blocks) {
		const plain = loadAllPlain(text);
		if (plain === DECLINED) continue;
		const docs = parseAllDocuments(text);
		assert.ok(Array.isArray(docs));
		assert.deepEqual(
			docs.flatMap((d) => d.errors),
			[],
			`the fast reader accepted:\n${text}`,
		);
		assert.deepEqual(
			plain,
			docs.map((d) => d.toJS()),
			text,
		);
		read++;
	}
	// The comparison covers most of what there is, and the fixtures' broken YAML was left alone.
	assert.ok(
		read > 0.8 * (documents.length + blocks.length),
		`${read} of ${documents.length + blocks.length}`,
	);
	assert.ok(read < documents.length + blocks.length);
});

test('the fast YAML reader leaves errors, anchors, aliases, tags and directives to the full parser', () => {
	const declined = [
		'title: [unclosed\n',
		'title: a\ntitle: b\n',
		'a: &x [1, 2]\nb: *x\n',
		'a: &a ["lol","lol"]\nb: &b [*a,*a,*a]\nc: [*b,*b,*b]\n',
		'run: !!js/function "function () {}"\n',
		'%YAML 1.1\n---\ntitle: a\n',
		'kind: Pod\nmetadata:\n  name: a\n   bad: indent\n',
	];
	for (const text of declined) {
		assert.equal(loadPlain(text), DECLINED, text);
		assert.equal(loadAllPlain(text), DECLINED, text);
	}
	assert.deepEqual(loadPlain('title: Pods & nodes\ntags: [a, b]\n'), {
		title: 'Pods & nodes',
		tags: ['a', 'b'],
	});
	assert.deepEqual(loadPlain('reviewed: 2026-01-02\non: yes\n'), {
		reviewed: '2026-01-02',
		on: 'yes',
	});
});
