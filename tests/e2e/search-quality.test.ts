import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { parse } from 'yaml';
import { useBuiltSite } from '../helpers/built-site.ts';
import { runQuery } from '../helpers/search-page.ts';

interface Query {
	q: string;
	expect: string[];
	kind: string;
}
const QUERIES = parse(fs.readFileSync('tests/search/queries.yaml', 'utf8')) as Query[];
/** Set from measurement (see README, Search quality); a drop below either fails the suite. */
const MIN_HIT_AT_1 = 0.9;
const MIN_HIT_AT_3 = 0.98;

const built = useBuiltSite();

test(`search quality: ${QUERIES.length} realistic queries find the right note`, async () => {
	assert.ok(QUERIES.length >= 40);
	const page = await built.browser.newPage();
	await page.goto(`${built.url}/search/`);
	const rows: { q: string; kind: string; rank: number; top: string[] }[] = [];
	for (const { q, expect, kind } of QUERIES) {
		const paths = await runQuery(page, q);
		const slugs = paths.map((p) => /^\/notes\/([^/]+)\/$/.exec(p)?.[1] ?? p);
		const rank = slugs.findIndex((s) => expect.includes(s)) + 1;
		rows.push({ q, kind, rank, top: slugs.slice(0, 3) });
	}
	await page.close();
	const hit = (k: number) => rows.filter((r) => r.rank >= 1 && r.rank <= k).length / rows.length;
	const misses = rows.filter((r) => r.rank === 0 || r.rank > 1);
	const report = [
		`hit@1 ${(hit(1) * 100).toFixed(1)}%  hit@3 ${(hit(3) * 100).toFixed(1)}%  (${rows.length} queries)`,
		...misses.map(
			(r) =>
				`  ${r.rank === 0 ? 'miss' : `rank ${r.rank}`}  [${r.kind}] "${r.q}" → ${r.top.join(', ') || 'nothing'}`,
		),
	].join('\n');
	console.log(report);
	fs.mkdirSync('reports', { recursive: true });
	fs.writeFileSync(
		'reports/search-quality.json',
		`${JSON.stringify({ hitAt1: hit(1), hitAt3: hit(3), rows }, null, 2)}\n`,
	);
	assert.ok(hit(1) >= MIN_HIT_AT_1 && hit(3) >= MIN_HIT_AT_3, report);
});
