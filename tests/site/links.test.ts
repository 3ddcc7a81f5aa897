import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { requireDist, walk } from '../helpers/dist.ts';

/** The file a site URL path is served from, or undefined. */
function fileFor(dist: string, urlPath: string): string | undefined {
	const candidate = path.join(dist, decodeURIComponent(urlPath));
	if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
	const index = path.join(candidate, 'index.html');
	return fs.existsSync(index) ? index : undefined;
}

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
	let ids = idsCache.get(file);
	if (!ids) {
		ids = new Set([...fs.readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
		idsCache.set(file, ids);
	}
	return ids;
}

test('every internal link and #fragment in the built site resolves', () => {
	const dist = requireDist();
	const pages = walk(dist).filter((f) => f.endsWith('.html'));
	const broken: string[] = [];
	let checked = 0;
	for (const page of pages) {
		const html = fs.readFileSync(page, 'utf8');
		const from = '/' + path.relative(dist, page).split(path.sep).join('/');
		for (const [, attr, value] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
			if (!value || /^(https?:|mailto:|data:)/.test(value)) continue;
			const url = new URL(value.replace(/&amp;/g, '&'), `http://site${from}`);
			if (url.host !== 'site') continue;
			checked++;
			const target = fileFor(dist, url.pathname);
			if (!target) broken.push(`${from}: ${attr}="${value}" (no such page)`);
			else if (url.hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) {
				broken.push(`${from}: ${attr}="${value}" (no id "${url.hash.slice(1)}" there)`);
			}
		}
	}
	assert.ok(checked > 100, `only ${checked} links checked`);
	assert.deepEqual(broken, []);
});

test('no page loads anything from another origin', () => {
	const dist = requireDist();
	const external: string[] = [];
	for (const page of walk(dist).filter((f) => f.endsWith('.html'))) {
		const html = fs.readFileSync(page, 'utf8');
		for (const [tag] of html.matchAll(/<(script|link|img|iframe|source)\b[^>]*\b(src|href)="(https?:)?\/\/[^"]*"[^>]*>/g)) external.push(`${path.relative(dist, page)}: ${tag}`);
	}
	assert.deepEqual(external, []);
});
