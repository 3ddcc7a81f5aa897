import { isMap, parseAllDocuments } from 'yaml';
import { error, warning, type Diagnostic } from '../lib/diagnostics.ts';
import { outdatedApiVersion } from '../lib/api-versions.ts';
import type { NoteSlug } from '../lib/slug.ts';
import type { NoteFile } from './read.ts';
import type { Site } from './site.ts';
import { SCAFFOLD_PLACEHOLDERS } from './scaffold.ts';
import { DECLINED, loadAllPlain } from './plain-yaml.ts';

/** What reading one YAML code block found: its first syntax error, and each document's apiVersion before it. */
export interface YamlBlockFinding {
	/** The first syntax error, at its line within the block (1-based). */
	error?: { line: number; message: string };
	apiVersions: string[];
}

const apiVersionOf = (data: unknown) =>
	data && typeof data === 'object' && 'apiVersion' in data ? data.apiVersion : undefined;

/** Parses one YAML code block. Diff and highlight notations are comments, so they parse too. */
export function readYamlBlock(text: string): YamlBlockFinding {
	const plain = loadAllPlain(text);
	if (plain !== DECLINED)
		return {
			apiVersions: plain.map(apiVersionOf).filter((v): v is string => typeof v === 'string'),
		};
	const apiVersions: string[] = [];
	for (const doc of parseAllDocuments(text)) {
		const problem = doc.errors[0];
		if (problem)
			return {
				error: { line: problem.linePos?.[0].line ?? 1, message: problem.message.split('\n')[0]! },
				apiVersions,
			};
		// Only the apiVersion is needed: reading it from the document is cheaper than converting all of it.
		const apiVersion = isMap(doc.contents) ? doc.get('apiVersion') : undefined;
		if (typeof apiVersion === 'string') apiVersions.push(apiVersion);
	}
	return { apiVersions };
}

/** Code fences: a language on each; YAML that parses; Kubernetes and Istio APIs that are current. */
export function lintCode(note: NoteFile): Diagnostic[] {
	const found: Diagnostic[] = [];
	for (const block of note.syntax.code) {
		const at = { file: note.file, line: block.line, column: block.column };
		if (!block.lang) {
			found.push(
				warning({
					...at,
					message: 'code block without a language',
					hint: 'write ```yaml, ```sh, ```text … so it is highlighted and checked',
				}),
			);
			continue;
		}
		if (!/^ya?ml$/i.test(block.lang)) continue;
		const finding = readYamlBlock(block.value);
		// The documents before a syntax error are still read for their apiVersion.
		const historical = /(^|\s)historical(\s|$)/.test(block.meta ?? '');
		for (const apiVersion of historical ? [] : finding.apiVersions) {
			const outdated = outdatedApiVersion(apiVersion);
			if (outdated)
				found.push(
					error({
						...at,
						message: `${outdated.status} apiVersion "${apiVersion}" in code block`,
						hint: `use ${outdated.instead}; to show the old API on purpose, add "historical" to the fence: \`\`\`yaml historical`,
					}),
				);
		}
		if (finding.error)
			found.push(
				error({
					file: note.file,
					line: block.line + finding.error.line,
					column: 1,
					message: `invalid YAML in code block: ${finding.error.message}`,
					hint: 'fix the YAML, or use ```text for something that is not YAML',
				}),
			);
	}
	return found;
}

/** Headings start at ## (the title is the page's h1) and never skip a level. */
export function lintHeadings(note: NoteFile): Diagnostic[] {
	const found: Diagnostic[] = [];
	let previous = 1;
	for (const heading of note.syntax.headings) {
		const at = { file: note.file, line: heading.line, column: heading.column };
		if (heading.depth === 1)
			found.push(
				error({
					...at,
					message: 'a level-1 heading in the body',
					hint: 'the title is the page heading; start sections at ##',
				}),
			);
		else if (heading.depth > previous + 1)
			found.push(
				error({
					...at,
					message: `heading level jumps from h${previous} to h${heading.depth}`,
					hint: `use ${'#'.repeat(previous + 1)} here`,
				}),
			);
		previous = heading.depth;
	}
	return found;
}

/** Images need alternative text for people who cannot see them. */
export function lintImages(note: NoteFile): Diagnostic[] {
	return note.syntax.urls
		.filter((image) => image.kind === 'image' && !image.alt?.trim())
		.map((image) =>
			error({
				file: note.file,
				line: image.line,
				column: image.column,
				message: `image "${image.url}" has no alt text`,
				hint: 'describe what the image shows: ![what it shows](path)',
			}),
		);
}

/** A note built from the sources cites them at least once. */
export function lintCitations(site: Site, note: NoteFile): Diagnostic[] {
	if (!note.data.sourced || (site.citations.byNote.get(note.slug)?.length ?? 0) > 0) return [];
	// A note whose citations are all invalid does cite: each invalid one is reported where it stands.
	if (note.syntax.elements.some((e) => e.name === 'Cite')) return [];
	// A draft may be unfinished; it must cite before it is published.
	return [
		(note.draft ? warning : error)({
			file: note.file,
			...note.at(['title']),
			message: 'factual note without a citation',
			hint: 'cite the source each claim comes from with <Cite src="…" at="…" />, or set "sourced: false" for a note of general knowledge only',
		}),
	];
}

/** A published hub links every other published note of its pillar, so the pillar can be read from one page. */
export function lintHub(site: Site, note: NoteFile): Diagnostic[] {
	if (!note.data.hub || note.draft) return [];
	const linked = new Set((site.links.get(note.slug) ?? []).map((l) => l.to));
	const missing = [...site.notes.values()].filter(
		(n) =>
			n.data.pillar === note.data.pillar &&
			n.slug !== note.slug &&
			!n.draft &&
			!linked.has(n.slug as NoteSlug),
	);
	return missing.length
		? [
				error({
					file: note.file,
					...note.at(['hub']),
					message: `hub does not link ${missing.map((n) => n.slug).join(', ')}`,
					hint: 'a hub links every note of its pillar with a [[wiki-link]]',
				}),
			]
		: [];
}

/** A published note has no scaffold text left in it. */
export function lintPlaceholders(note: NoteFile): Diagnostic[] {
	if (note.draft) return [];
	const found: Diagnostic[] = [];
	const lines = note.source.split('\n');
	for (const placeholder of SCAFFOLD_PLACEHOLDERS) {
		const line = lines.findIndex((l) => l.includes(placeholder));
		if (line !== -1)
			found.push(
				error({
					file: note.file,
					line: line + 1,
					column: lines[line]!.indexOf(placeholder) + 1,
					message: `scaffold text left in a published note: "${placeholder}"`,
					hint: 'replace it with your own words, or keep the note as status: draft',
				}),
			);
	}
	return found;
}

/** Longer page titles are cut in a browser tab and in search engines' results. */
const MAX_TITLE = 70;

/**
 * A title past MAX_TITLE is a warning, not an error: the page still works, and a corpus written
 * elsewhere (the 10,000-note benchmark has two such titles) still builds. This project's own
 * pages are held to it by html-validate's long-title rule in `npm test`.
 */
export function lintTitle(note: NoteFile): Diagnostic[] {
	const { length } = note.data.title;
	if (length <= MAX_TITLE) return [];
	return [
		warning({
			file: note.file,
			...note.at(['title']),
			message: `the title is ${length} characters; a page title over ${MAX_TITLE} is cut in browser tabs and search results`,
			hint: 'shorten it (npm test refuses it); the full name can go in the summary or the aliases',
		}),
	];
}

/** Content lint for every note. */
export function lintNotes(site: Site): Diagnostic[] {
	return [...site.notes.values()].flatMap((note) => [
		...lintTitle(note),
		...lintCode(note),
		...lintHeadings(note),
		...lintImages(note),
		...lintCitations(site, note),
		...lintHub(site, note),
		...lintPlaceholders(note),
	]);
}
