/**
 * `npm run bench [-- --runs N --synthetic 1000,5000]`: build time, page weight, search latency and
 * search bytes, as medians of several runs. Figures go to the console and reports/bench.json;
 * nothing here asserts a time, since machines differ.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from '../lib/chromium.ts';
import { serve } from '../lib/serve.ts';
import { timeBuild } from './build-time.ts';
import { pageWeight } from './page-weight.ts';
import { measureSearch } from './search.ts';
import { syntheticTree } from './synthetic.ts';
import { kb, median, ms } from './stats.ts';

const { values } = parseArgs({
	options: { runs: { type: 'string', default: '3' }, synthetic: { type: 'string', default: '' } },
});
const runs = Number(values.runs);
const report: Record<string, unknown> = {
	date: new Date().toISOString(),
	runs,
	node: process.version,
};

console.log(`Building the site ${runs} times…`);
const builds = Array.from({ length: runs }, () => timeBuild());
report.buildSeconds = { median: median(builds), runs: builds };
console.log(
	`  full build: median ${median(builds).toFixed(2)} s (${builds.map((b) => b.toFixed(2)).join(', ')})`,
);

const dist = path.resolve('dist');
const notes = fs
	.readdirSync(path.join(dist, 'notes'))
	.filter((n) => fs.existsSync(path.join(dist, 'notes', n, 'index.html')));
const weights = notes.map((n) => pageWeight(dist, `/notes/${n}/`));
const hub = pageWeight(dist, '/notes/blue-green-node-pools/');
const pages = {
	hub,
	medianNoteGzip: median(weights.map((w) => w.gzipTotal)),
	maxNoteJs: Math.max(...weights.map((w) => w.js)),
	maxNoteJsGzip: Math.max(...weights.map((w) => w.jsGzip)),
};
report.pageWeight = pages;
console.log(
	`  note page (blue-green hub): HTML ${kb(hub.html)}, CSS ${kb(hub.css)}, JS ${kb(hub.js)} (${kb(hub.jsGzip)} gzipped); ${kb(hub.gzipTotal)} gzipped in all`,
);
console.log(
	`  median note page, gzipped: ${kb(pages.medianNoteGzip)}; most JS on any note page: ${kb(pages.maxNoteJs)} (${kb(pages.maxNoteJsGzip)} gzipped)`,
);
const indexBytes = fs
	.readdirSync(path.join(dist, 'pagefind'), { recursive: true, withFileTypes: true })
	.filter((e) => e.isFile())
	.reduce((s, e) => s + fs.statSync(path.join(e.parentPath, e.name)).size, 0);
report.searchIndexBytes = indexBytes;
console.log(`  search index on disk (dist/pagefind): ${kb(indexBytes)}`);

const server = await serve(dist);
const browser = await launch('measure');
try {
	const search = await measureSearch(
		browser,
		server.url,
		'/notes/blue-green-node-pools/',
		Math.max(runs, 5),
	);
	report.search = search;
	console.log(
		`  search: ${kb(search.bytesBeforeOpen)} of search code or index before search opens`,
	);
	console.log(
		`  first search: ${kb(search.firstSearchBytes)} fetched (${kb(search.firstSearchBytesGzip)} as served compressed)`,
	);
	console.log(
		`  query to first result: cold ${ms(search.coldMs)} (all of the first page ${ms(search.coldAllMs)}), search open ${ms(search.warmMs)}, last keystroke of a typed query ${ms(search.typedMs)} (medians, ${search.runs} page loads)`,
	);
} finally {
	await browser.close();
	await server.close();
}

for (const count of values.synthetic.split(',').filter(Boolean).map(Number)) {
	const root = syntheticTree(count);
	const out = fs.mkdtempSync(path.join(path.dirname(root), 'kb-synthetic-out-'));
	const seconds = timeBuild({ KB_CONTENT_DIR: root, KB_OUT_DIR: out });
	(report.synthetic ??= {} as Record<string, number>) as Record<string, number>;
	(report.synthetic as Record<string, number>)[count] = seconds;
	console.log(
		`  synthetic corpus of ${count} notes: ${seconds.toFixed(1)} s (${((seconds * 1000) / count).toFixed(1)} ms a note)`,
	);
	fs.rmSync(root, { recursive: true, force: true });
	fs.rmSync(out, { recursive: true, force: true });
}

fs.mkdirSync('reports', { recursive: true });
fs.writeFileSync('reports/bench.json', `${JSON.stringify(report, null, 2)}\n`);
console.log('\nWritten to reports/bench.json');
