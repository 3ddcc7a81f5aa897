/**
 * `npm run check`: validates the whole content tree without building the site and prints
 * every problem as `file:line:col  message  (hint)`. Exits 1 on any error; warnings do not fail.
 */
import { buildSite } from '../src/graph/site.ts';
import { contentRoot } from '../src/lib/content-root.ts';
import { formatDiagnostic, sortDiagnostics } from '../src/lib/diagnostics.ts';
import { referencesTo } from '../src/graph/references.ts';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { 'links-to': { type: 'string' } } });
const started = performance.now();
const site = buildSite(contentRoot());

// Before renaming or deleting a note: everything that points at it.
if (values['links-to']) {
	const target = values['links-to'];
	const refs = referencesTo(site, target);
	console.log(refs.length ? `${refs.length} reference${refs.length === 1 ? '' : 's'} to "${target}":\n${refs.join('\n')}` : `Nothing refers to "${target}".`);
	process.exit(0);
}
const all = sortDiagnostics(site.diagnostics);
for (const d of all) console.log(formatDiagnostic(d));
const errors = all.filter((d) => d.severity === 'error').length;
const warnings = all.length - errors;
const ms = Math.round(performance.now() - started);
console.log(
	`\n${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${site.notes.size} notes, ${site.glossary.length} glossary terms, ${site.paths.length} paths, ${site.sources.size} sources, ${site.diagrams.size} diagrams (${ms} ms)`,
);
process.exit(errors > 0 ? 1 : 0);
