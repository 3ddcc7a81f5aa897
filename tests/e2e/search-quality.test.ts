import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { parse } from 'yaml';
import { useBuiltSite } from '../helpers/built-site.ts';
import { runQuery, slugOf } from '../../scripts/lib/search-page.ts';
import {
	DEV_GRADES,
	readJudgments,
	score,
	type BlindQuery,
	type Judgments,
} from '../../scripts/lib/blind-set.ts';

interface Query {
	q: string;
	/** Right answers: note slugs or site paths ("/paths/new-hire/"). */
	expect?: string[];
	/** Words no note covers; the status line must name them. */
	missing?: string[];
	kind: string;
}
interface Row {
	q: string;
	kind: string;
	rank: number;
	top: string[];
	missingSaid: boolean;
}

/**
 * Two sets: the tuning set that ranking changes are measured with, and a held-out set written
 * before the ranking work and never tuned on (see docs/search.md). Both are gated.
 */
const SETS = [
	{ name: 'tuning', file: 'tests/search/queries.yaml', minAt1: 0.9, minAt3: 0.98 },
	{ name: 'held-out', file: 'tests/search/held-out.yaml', minAt1: 0.85, minAt3: 0.95 },
];

const built = useBuiltSite();

/** A result's path as a note slug where it is a note, else the path itself. */

for (const set of SETS) {
	const queries = parse(fs.readFileSync(set.file, 'utf8')) as Query[];
	test(`search quality (${set.name}): ${queries.length} realistic queries find the right page`, async () => {
		assert.ok(queries.length >= 40);
		const page = await built.browser.newPage();
		await page.goto(`${built.url}/search/`);
		const rows: Row[] = [];
		for (const { q, expect = [], missing = [], kind } of queries) {
			const { paths, status } = await runQuery(page, q);
			const slugs = paths.map(slugOf);
			const rank = expect.length ? slugs.findIndex((s) => expect.includes(s)) + 1 : -1;
			const missingSaid = missing.every((w) =>
				new RegExp(`no (?:page|note) mentions[^.]*\\b${w}\\b`, 'i').test(status),
			);
			rows.push({ q, kind, rank, top: slugs.slice(0, 3), missingSaid });
		}
		await page.close();
		const ranked = rows.filter((r) => r.rank !== -1);
		const hit = (k: number) =>
			ranked.filter((r) => r.rank >= 1 && r.rank <= k).length / ranked.length;
		const unsaid = rows.filter((r) => !r.missingSaid);
		const uncovered = queries.filter((q) => q.missing).length;
		const report = [
			`${set.name}: hit@1 ${(hit(1) * 100).toFixed(1)}%  hit@3 ${(hit(3) * 100).toFixed(1)}%  (${ranked.length} ranked queries; uncovered words named in ${uncovered - unsaid.length} of ${uncovered})`,
			...rows
				.filter((r) => r.rank === 0 || r.rank > 1)
				.map(
					(r) =>
						`  ${r.rank === 0 ? 'miss' : `rank ${r.rank}`}  [${r.kind}] "${r.q}" → ${r.top.join(', ') || 'nothing'}`,
				),
			...unsaid.map((r) => `  status does not name the uncovered words of "${r.q}"`),
		].join('\n');
		console.log(report);
		fs.mkdirSync('reports', { recursive: true });
		fs.writeFileSync(
			`reports/search-quality-${set.name}.json`,
			`${JSON.stringify({ hitAt1: hit(1), hitAt3: hit(3), rows }, null, 2)}\n`,
		);
		assert.ok(hit(1) >= set.minAt1 && hit(3) >= set.minAt3 && unsaid.length === 0, report);
	});
}

/**
 * The blind sets (docs/search-evaluation.md): queries written from the raw sources alone,
 * graded by pooling. Reported for both halves, never gated yet: the locked half is below the
 * issue's target (hit@1 85 %, hit@3 95 %), and a gate below it would only freeze today's figure.
 * The locked half's report holds totals only: its results are never read one by one.
 */
const BLIND = [
	{ name: 'dev', file: 'tests/search/blind/dev.yaml', perQuery: true },
	{ name: 'locked', file: 'tests/search/blind/locked.yaml', perQuery: false },
];

for (const set of BLIND) {
	const queries = parse(fs.readFileSync(set.file, 'utf8')) as BlindQuery[];
	test(`blind search set (${set.name}): ${queries.length} queries written from the raw sources, scored against pooled grades`, async () => {
		assert.ok(queries.length >= 60);
		const judgments = readJudgments();
		// Developer grades of new dev pairs count only when asked for, and never for the locked half.
		if (set.perQuery && process.env.KB_SEARCH_DEV_GRADES === '1') {
			const mine = JSON.parse(fs.readFileSync(DEV_GRADES, 'utf8')) as Judgments;
			for (const [id, grades] of Object.entries(mine))
				judgments[id] = { ...grades, ...judgments[id] };
		}
		const page = await built.browser.newPage();
		await page.goto(`${built.url}/search/`);
		const results = new Map<string, string[]>();
		for (const { id, q } of queries) results.set(id, (await runQuery(page, q)).paths.slice(0, 5));
		await page.close();
		const s = score(queries, results, judgments);
		const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
		console.log(
			`blind ${set.name}: hit@1 ${pct(s.hitAt1)}  hit@3 ${pct(s.hitAt3)}  MRR ${s.mrr.toFixed(2)}  (${queries.length} queries, ${s.ungraded} ungraded results in the top 5; not gated)`,
		);
		fs.mkdirSync('reports', { recursive: true });
		fs.writeFileSync(
			`reports/search-quality-blind-${set.name}.json`,
			`${JSON.stringify(
				{
					...s,
					queries: queries.length,
					gated: false,
					...(set.perQuery ? { results: Object.fromEntries(results) } : {}),
				},
				null,
				2,
			)}\n`,
		);
	});
}
