import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { requireDist, walk } from '../helpers/dist.ts';
import { brokenLinks } from '../helpers/links.ts';

test('every internal link and #fragment in the built site resolves', () => {
	const { broken, checked } = brokenLinks(requireDist());
	assert.ok(checked > 100, `only ${checked} links checked`);
	assert.deepEqual(broken, []);
});

test('no page loads anything from another origin', () => {
	const dist = requireDist();
	const external: string[] = [];
	for (const page of walk(dist).filter((f) => f.endsWith('.html'))) {
		const html = fs.readFileSync(page, 'utf8');
		for (const [tag] of html.matchAll(
			/<(script|link|img|iframe|source)\b[^>]*\b(src|href)="(https?:)?\/\/[^"]*"[^>]*>/g,
		))
			external.push(`${path.relative(dist, page)}: ${tag}`);
	}
	assert.deepEqual(external, []);
});
