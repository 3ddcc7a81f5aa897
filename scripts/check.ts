/**
 * `npm run check`: validates the whole content tree without building the site and prints
 * every problem as `file:line:col  message  (hint)`. Exits 1 on any error; warnings do not fail.
 * It runs the same reader and checks as the build, so what passes here is what the build publishes.
 */
import { parseArgs } from 'node:util';
import { checkContent } from '../src/pipeline/index.ts';
import { referencesTo } from '../src/pipeline/references.ts';
import { formatDiagnostic, sortDiagnostics } from '../src/lib/diagnostics.ts';
import { readSettings } from '../src/settings.ts';
import { runCli } from './lib/cli.ts';

runCli('check', () => {
	const { values } = parseArgs({ options: { 'links-to': { type: 'string' } } });
	const started = performance.now();
	const { site, diagnostics } = checkContent(readSettings().contentDir);

	// Before renaming or deleting a note: everything that points at it.
	if (values['links-to']) {
		const target = values['links-to'];
		const refs = referencesTo(site, target);
		console.log(
			refs.length
				? `${refs.length} reference${refs.length === 1 ? '' : 's'} to "${target}":\n${refs.join('\n')}`
				: `Nothing refers to "${target}".`,
		);
		return 0;
	}
	const all = sortDiagnostics(diagnostics);
	for (const d of all) console.log(formatDiagnostic(d));
	const errors = all.filter((d) => d.severity === 'error').length;
	const warnings = all.length - errors;
	const ms = Math.round(performance.now() - started);
	const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
	console.log(
		`\n${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(site.notes.size, 'note')}, ${plural(site.glossary.length, 'glossary term')}, ${plural(site.paths.length, 'path')}, ${plural(site.sources.size, 'source')}, ${plural(site.diagrams.size, 'diagram')} (${ms} ms)`,
	);
	return errors > 0 ? 1 : 0;
});
