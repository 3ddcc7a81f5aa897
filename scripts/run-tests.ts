/**
 * Runs the test files two at a time, the longest first, and prints TAP as `node --test` does.
 * `node --test` starts files in alphabetical order, so a long file that sorts late runs alone at
 * the end while the other core idles; the longest-first order keeps both cores busy to the end.
 * Each file's time is kept in node_modules/.cache for the next run; a new clone starts with the
 * browser tests, which are the longest.
 */
import fs from 'node:fs';
import path from 'node:path';
import { run } from 'node:test';
import { tap } from 'node:test/reporters';

const TIMES = 'node_modules/.cache/platform-kb/test-times.json';
/** Without recorded times: browser tests, then builds, then the rest. */
const FIRST = ['tests/e2e/', 'tests/build/', 'tests/ingest/'];

const files = fs
	.globSync('tests/**/*.test.ts')
	.map((file) => file.split(path.sep).join('/'))
	.sort();
const known = fs.existsSync(TIMES)
	? (JSON.parse(fs.readFileSync(TIMES, 'utf8')) as Record<string, number>)
	: {};
const guess = (file: string) => {
	const rank = FIRST.findIndex((folder) => file.startsWith(folder));
	return rank === -1 ? 0 : FIRST.length - rank;
};
const ordered = Object.keys(known).length
	? files.sort((a, b) => (known[b] ?? Infinity) - (known[a] ?? Infinity))
	: files.sort((a, b) => guess(b) - guess(a));

const times: Record<string, number> = {};
let success = false;
const stream = run({ files: ordered.map((f) => path.resolve(f)), concurrency: 2 });
const record = (data: { nesting: number; file?: string; details: { duration_ms?: number } }) => {
	if (data.nesting !== 0 || !data.file) return;
	const file = path.relative('.', data.file).split(path.sep).join('/');
	times[file] = (times[file] ?? 0) + (data.details.duration_ms ?? 0);
};
stream.on('test:pass', record);
stream.on('test:fail', record);
stream.on('test:summary', (data: { file?: string; success: boolean }) => {
	if (data.file === undefined) success = data.success;
});
stream.compose(tap).pipe(process.stdout);
stream.on('end', () => {
	fs.mkdirSync(path.dirname(TIMES), { recursive: true });
	const kept = files.flatMap((file) => {
		const time = times[file] ?? known[file];
		return time === undefined ? [] : [[file, Math.round(time)]];
	});
	fs.writeFileSync(TIMES, `${JSON.stringify(Object.fromEntries(kept), null, 1)}\n`);
	process.exitCode = success ? 0 : 1;
});
