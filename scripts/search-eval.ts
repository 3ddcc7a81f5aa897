/**
 * The blind search evaluation (docs/search-evaluation.md), in these steps:
 *
 *   npm run search:eval -- pool <set.yaml> <dist> <label>
 *       runs every query of a set against a built site, through the site's search page and
 *       through Pagefind's own API, and keeps the top 5 of each in reports/search-pool/;
 *   npm run search:eval -- tasks <set.yaml> <dist> <out.json> <pool.json>...
 *       lists every pooled result that has no grade yet, with the question, the expected answer
 *       and the page's own text, for a grader who never saw the ranking;
 *   npm run search:eval -- regrade <set.yaml> <dist> <out.json>
 *       the same for the pairs graded from a page's first 4,000 characters that the rest of the
 *       page could change (round 6), with a control sample of pairs on pages that fit;
 *   npm run search:eval -- grade <grades.json>
 *       adds the grader's grades (answers / partly / no) to tests/search/blind/judgments.json,
 *       replacing an earlier grade of the same pair;
 *   npm run search:eval -- score <set.yaml> <pool.json>
 *       hit@1, hit@3 and MRR of each pooled system, for the whole set only.
 *
 * Scoring is the search-quality test's job (tests/e2e/search-quality.test.ts), from the same
 * judgments. Nothing here prints a query's results: the locked half is only ever scored whole.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { launch } from './lib/chromium.ts';
import { runCli } from './lib/cli.ts';
import { runQuery } from './lib/search-page.ts';
import { serve } from './lib/serve.ts';
import {
	JUDGMENTS,
	readJudgments,
	score,
	type BlindQuery,
	type Grade,
	type Judgments,
} from './lib/blind-set.ts';

class UsageError extends Error {}
const POOL_DEPTH = 5;

/** A file the command was given, or a usage error that names it (not a stack trace). */
function readGiven(file: string): string {
	if (!fs.existsSync(file)) throw new UsageError(`${file}: no such file`);
	return fs.readFileSync(file, 'utf8');
}
const readSet = (file: string) => parse(readGiven(file)) as BlindQuery[];

/** Pagefind's own top results for `q`, as the site's page paths. */
async function pagefindTop(page: Page, q: string): Promise<string[]> {
	return page.evaluate(
		async ({ q, depth }) => {
			const url = '/pagefind/pagefind.js';
			const pf = await import(/* @vite-ignore */ url);
			const found = await pf.search(q);
			const data = await Promise.all(
				found.results.slice(0, depth).map((r: { data(): Promise<{ url: string }> }) => r.data()),
			);
			return data.map((d: { url: string }) => new URL(d.url, location.href).pathname);
		},
		{ q, depth: POOL_DEPTH },
	);
}

async function pool(setFile: string, dist: string, label: string): Promise<number> {
	const queries = readSet(setFile);
	const server = await serve(path.resolve(dist));
	const browser = await launch();
	try {
		const page = await browser.newPage();
		await page.goto(`${server.url}/search/`);
		const runs: Record<string, { ui: string[]; pagefind: string[] }> = {};
		for (const { id, q } of queries) {
			const ui = (await runQuery(page, q)).paths.slice(0, POOL_DEPTH);
			runs[id] = { ui, pagefind: await pagefindTop(page, q) };
		}
		const out = path.join(
			'reports/search-pool',
			`${label}-${path.basename(setFile, '.yaml')}.json`,
		);
		fs.mkdirSync(path.dirname(out), { recursive: true });
		fs.writeFileSync(out, `${JSON.stringify(runs, null, 1)}\n`);
		console.log(`${queries.length} queries pooled into ${out}`);
	} finally {
		await browser.close();
		await server.close();
	}
	return 0;
}

/**
 * How much of a page a grader reads. Rounds 1-5 showed the first 4,000 characters, so an answer
 * further down a long note was graded as missing; from round 6 graders read the whole page
 * (a raw source, which runs to 100,000 characters, up to its first 30,000).
 */
const OLD_TEXT_LIMIT = 4000;
const TEXT_LIMIT = 30_000;

/** A page's own words, as the search index holds them (no navigation, tooltips or previews). */
async function pageText(page: Page, url: string): Promise<string> {
	await page.goto(url);
	const text = await page.evaluate(() => {
		const body = document.querySelector('[data-pagefind-body]')?.cloneNode(true) as HTMLElement;
		if (!body) return '';
		body.querySelectorAll('[data-pagefind-ignore]').forEach((e) => e.remove());
		return body.innerText.replace(/\n{3,}/g, '\n\n');
	});
	return text.slice(0, TEXT_LIMIT);
}

/** Writes a grading task: each page's text once, and per query the pages to grade. */
async function writeTasks(
	setFile: string,
	dist: string,
	out: string,
	wanted: Map<string, Set<string>>,
	keep: (url: string, text: string) => boolean = () => true,
): Promise<number> {
	const queries = new Map(readSet(setFile).map((q) => [q.id, q]));
	const server = await serve(path.resolve(dist));
	const browser = await launch();
	const pages: Record<string, string> = {};
	try {
		const page = await browser.newPage();
		for (const url of new Set([...wanted.values()].flatMap((urls) => [...urls])))
			pages[url] = await pageText(page, `${server.url}${url}`);
	} finally {
		await browser.close();
		await server.close();
	}
	const list = [...wanted]
		.map(([id, urls]) => {
			const { q, question, answer } = queries.get(id)!;
			return { id, q, question, answer, urls: [...urls].filter((u) => keep(u, pages[u]!)) };
		})
		.filter((q) => q.urls.length > 0);
	const used = new Set(list.flatMap((q) => q.urls));
	for (const url of Object.keys(pages)) if (!used.has(url)) delete pages[url];
	fs.writeFileSync(out, `${JSON.stringify({ pages, queries: list }, null, 1)}\n`);
	const count = list.reduce((n, q) => n + q.urls.length, 0);
	console.log(
		`${count} results of ${list.length} queries to grade (${Object.keys(pages).length} pages), in ${out}`,
	);
	return 0;
}

async function tasks(setFile: string, dist: string, out: string, pools: string[]): Promise<number> {
	const queries = new Map(readSet(setFile).map((q) => [q.id, q]));
	const judged = readJudgments();
	const wanted = new Map<string, Set<string>>();
	for (const file of pools) {
		const runs = JSON.parse(readGiven(file)) as Record<string, Record<string, string[]>>;
		for (const [id, lists] of Object.entries(runs)) {
			if (!queries.has(id)) continue;
			for (const url of Object.values(lists).flat())
				if (!judged[id]?.[url]) wanted.set(id, (wanted.get(id) ?? new Set()).add(url));
		}
	}
	return writeTasks(setFile, dist, out, wanted);
}

/**
 * Round 6: the pairs graded from the first 4,000 characters of a page that is longer, and not
 * graded as answering, are graded again from the whole page. So that a grader's own variation
 * can be told from what the rest of the page adds, one in four such pairs on a page that fits
 * in 4,000 characters goes in too, unmarked: the control.
 */
async function regrade(setFile: string, dist: string, out: string): Promise<number> {
	const ids = new Set(readSet(setFile).map((q) => q.id));
	const judged = readJudgments();
	const wanted = new Map<string, Set<string>>();
	for (const [id, grades] of Object.entries(judged)) {
		if (!ids.has(id)) continue;
		const urls = Object.keys(grades).filter((url) => grades[url] !== 'answers');
		if (urls.length) wanted.set(id, new Set(urls));
	}
	let short = 0;
	return writeTasks(setFile, dist, out, wanted, (_url, text) =>
		text.length > OLD_TEXT_LIMIT ? true : short++ % 4 === 0,
	);
}

function grade(file: string): number {
	const grades = JSON.parse(readGiven(file)) as {
		id: string;
		url: string;
		grade: Grade;
	}[];
	const judgments: Judgments = readJudgments();
	for (const { id, url, grade } of grades) {
		if (!['answers', 'partly', 'no'].includes(grade))
			throw new UsageError(
				`${file}: grade "${grade}" for ${id} ${url} is not answers, partly or no`,
			);
		(judgments[id] ??= {})[url] = grade;
	}
	const sorted = Object.fromEntries(
		Object.keys(judgments)
			.sort()
			.map((id) => [id, Object.fromEntries(Object.entries(judgments[id]!).sort())]),
	);
	fs.writeFileSync(JUDGMENTS, `${JSON.stringify(sorted, null, 2)}\n`);
	console.log(`${grades.length} grades added to ${JUDGMENTS}`);
	return 0;
}

/** Each system's figures for a pooled run: whole-set numbers only. */
function report(setFile: string, poolFile: string): number {
	const queries = readSet(setFile);
	const runs = JSON.parse(readGiven(poolFile)) as Record<string, Record<string, string[]>>;
	const judgments = readJudgments();
	for (const system of Object.keys(Object.values(runs)[0] ?? {})) {
		const results = new Map(Object.entries(runs).map(([id, lists]) => [id, lists[system] ?? []]));
		const s = score(queries, results, judgments);
		const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
		console.log(
			`${path.basename(setFile)} ${system}: hit@1 ${pct(s.hitAt1)}  hit@3 ${pct(s.hitAt3)}  MRR ${s.mrr.toFixed(2)}  (${queries.length} queries, ${s.ungraded} ungraded results in the top 5)`,
		);
	}
	return 0;
}

runCli(
	'search:eval',
	() => {
		const [command, ...args] = process.argv.slice(2);
		if (command === 'pool' && args.length === 3) return pool(args[0]!, args[1]!, args[2]!);
		if (command === 'tasks' && args.length >= 4)
			return tasks(args[0]!, args[1]!, args[2]!, args.slice(3));
		if (command === 'regrade' && args.length === 3) return regrade(args[0]!, args[1]!, args[2]!);
		if (command === 'grade' && args.length === 1) return grade(args[0]!);
		if (command === 'score' && args.length === 2) return report(args[0]!, args[1]!);
		throw new UsageError(
			'usage: search:eval pool <set.yaml> <dist> <label> | tasks <set.yaml> <dist> <out.json> <pool.json>... | regrade <set.yaml> <dist> <out.json> | grade <grades.json> | score <set.yaml> <pool.json>',
		);
	},
	[UsageError],
);
