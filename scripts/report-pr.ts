/**
 * `npm run report:pr -- <base-dist> <head-dist> [options]`: what a change does to the site, as
 * Markdown (docs/pr-report.md). Compares two builds: notes added, removed, renamed and moved,
 * redirects, pages whose text changed, broken links, anchors and citations the head has and the
 * base had not, search words, page weight and build time. With the head's `npm run check`
 * output (`--check`) and the change's `git diff -U0` (`--diff`) it also lists the check's
 * problems on the changed lines and writes them as GitHub annotations (`--annotations`). When
 * the head did not build and `--check` is given, the report is the check's problems alone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BuiltSiteError, readBuiltSite } from './lib/built-site.ts';
import { annotation, onChangedLine, parseCheckOutput, parseDiff } from './lib/check-output.ts';
import { runCli } from './lib/cli.ts';
import { compareSites, renderFailedHead, renderReport } from './lib/pr-report.ts';

const USAGE =
	'usage: npm run report:pr -- <base-dist> <head-dist> [--check <check-output.txt>] [--diff <changes.diff>] [--annotations <file|->] [--out <report.md>]';

class UsageError extends Error {}

const readInput = (file: string, what: string) => {
	if (!fs.existsSync(file)) throw new UsageError(`${file}: no such file (${what})`);
	return fs.readFileSync(file, 'utf8');
};

runCli(
	'report:pr',
	() => {
		const { values, positionals } = parseArgs({
			allowPositionals: true,
			options: {
				check: { type: 'string' },
				diff: { type: 'string' },
				annotations: { type: 'string' },
				out: { type: 'string' },
			},
		});
		if (positionals.length !== 2) throw new UsageError(USAGE);
		const [baseDir, headDir] = positionals as [string, string];
		const check = values.check
			? parseCheckOutput(readInput(values.check, 'the output of "npm run check" on the head'))
			: undefined;
		const changed = values.diff
			? parseDiff(readInput(values.diff, 'the output of "git diff -U0 <base> <head>"'))
			: undefined;
		// A head that did not build (content errors stop it) still gets a report: the check's problems.
		const headBuilt = fs.existsSync(path.join(headDir, 'index.html'));
		const report =
			!headBuilt && check
				? renderFailedHead(check, changed)
				: renderReport(
						compareSites(readBuiltSite(baseDir), readBuiltSite(headDir), check, changed),
					);
		if (values.out) fs.writeFileSync(values.out, report);
		else process.stdout.write(report);
		if (values.annotations && check) {
			const lines = check.filter((p) => onChangedLine(p, changed)).map(annotation);
			const text = lines.length ? `${lines.join('\n')}\n` : '';
			if (values.annotations === '-') process.stdout.write(text);
			else fs.writeFileSync(values.annotations, text);
		}
		return 0;
	},
	[BuiltSiteError, UsageError],
);
