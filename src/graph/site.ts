import { error, type Diagnostic } from '../lib/diagnostics.ts';
import { contentRoot } from '../lib/content-root.ts';
import type { HeadingId, NoteSlug } from '../lib/slug.ts';
import { readContent, type DiagramFile, type GlossaryFile, type NoteFile, type PathFile, type SourceFile } from './read-content.ts';
import { indexCitations, type CitationIndex } from './citation-index.ts';
import { lintNotes } from './lint.ts';
import { lastUpdated, type LastUpdated } from '../lib/git-dates.ts';
import { LinkResolver } from './resolver.ts';
import { sentenceAround } from './sentence.ts';
import { WIKI_LINK, parseWikiLink, type WikiLinkParts } from './wiki-link.ts';
import { checkDiagrams, checkDraftReferences, checkNameClashes, checkNoteReferences, checkGlossaryTargets, checkPaths } from './checks.ts';

/** A wiki-link that resolved, as the link graph keeps it. */
export interface ResolvedLink {
	from: NoteSlug;
	to: NoteSlug;
	headingId?: HeadingId;
	/** The sentence around the link, with links shown as their labels. */
	context: string;
	line: number;
	column: number;
}

/** Everything the pages and checks need, computed once per build from the content tree. */
export interface Site {
	root: string;
	notes: Map<NoteSlug, NoteFile>;
	glossary: GlossaryFile[];
	paths: PathFile[];
	sources: Map<string, SourceFile>;
	diagrams: Map<string, DiagramFile>;
	resolver: LinkResolver;
	citations: CitationIndex;
	/** Outgoing links per note, in document order. */
	links: Map<NoteSlug, ResolvedLink[]>;
	/** Incoming links per note: one entry per linking note, with the first sentence that links. */
	backlinks: Map<NoteSlug, ResolvedLink[]>;
	diagnostics: Diagnostic[];
}

/** The text a resolved link shows: its label, else the heading or the note title. */
export function linkText(site: Pick<Site, 'notes'>, link: WikiLinkParts, to: NoteSlug, headingId?: HeadingId): string {
	if (link.label) return link.label;
	const note = site.notes.get(to);
	const heading = headingId && note?.headings.find((h) => h.id === headingId);
	return heading ? heading.text : (note?.data.title ?? link.target);
}

function resolveLinks(site: Site): void {
	for (const note of site.notes.values()) {
		const outgoing: ResolvedLink[] = [];
		for (const link of note.body.links) {
			const result = site.resolver.resolve(link, note.slug);
			if (!result.ok) {
				site.diagnostics.push(error({ file: note.file, line: link.line, column: link.column, message: `${result.message} in ${link.raw}`, hint: result.hint }));
				continue;
			}
			outgoing.push({ from: note.slug, to: result.slug, headingId: result.headingId, context: contextOf(site, note, link.paragraph, link.raw), line: link.line, column: link.column });
		}
		site.links.set(note.slug, outgoing);
		for (const link of outgoing) {
			if (link.to === note.slug) continue;
			const incoming = site.backlinks.get(link.to) ?? [];
			if (!incoming.some((b) => b.from === note.slug)) incoming.push(link);
			site.backlinks.set(link.to, incoming);
		}
	}
}

/** The sentence containing `raw`, with every wiki-link in the paragraph replaced by the text it shows. */
function contextOf(site: Site, note: NoteFile, paragraph: string, raw: string): string {
	let start = -1;
	let end = -1;
	let plain = '';
	let last = 0;
	for (const match of paragraph.matchAll(WIKI_LINK)) {
		const parts = parseWikiLink(match[1]!);
		const result = site.resolver.resolve(parts, note.slug);
		const text = result.ok ? linkText(site, parts, result.slug, result.headingId) : parts.label ?? parts.target;
		plain += paragraph.slice(last, match.index);
		if (start === -1 && match[0] === raw) {
			start = plain.length;
			end = start + text.length;
		}
		plain += text;
		last = match.index + match[0].length;
	}
	plain += paragraph.slice(last);
	return start === -1 ? plain.trim() : sentenceAround(plain, start, end);
}

/** Reads, validates and links the whole content tree under `root`. */
export function buildSite(root: string): Site {
	const diagnostics: Diagnostic[] = [];
	const files = readContent(root, diagnostics);
	const notes = new Map<NoteSlug, NoteFile>();
	for (const note of files.notes) {
		const other = notes.get(note.slug);
		if (other) {
			diagnostics.push(error({ file: note.file, line: 1, column: 1, message: `duplicate note slug "${note.slug}", also used by ${other.file}`, hint: 'note file names must be unique across folders; rename one' }));
			continue;
		}
		notes.set(note.slug, note);
	}
	const resolver = new LinkResolver([...notes.values()].map((n) => ({ slug: n.slug, title: n.data.title, aliases: [...n.data.aliases, ...n.data.redirectFrom], file: n.file, headings: n.headings })));
	const site: Site = {
		root,
		notes,
		glossary: files.glossary,
		paths: files.paths,
		sources: new Map(files.sources.map((s) => [s.id, s])),
		diagrams: new Map(files.diagrams.map((d) => [d.id, d])),
		resolver,
		citations: { byNote: new Map(), citedBy: new Map() },
		links: new Map(),
		backlinks: new Map(),
		diagnostics,
	};
	resolveLinks(site);
	site.citations = indexCitations(notes.values(), site.sources, diagnostics);
	diagnostics.push(...checkNameClashes(site), ...checkNoteReferences(site), ...checkGlossaryTargets(site), ...checkPaths(site), ...checkDiagrams(site), ...checkDraftReferences(site), ...lintNotes(site));
	return site;
}

const updatedCache = new WeakMap<Site, LastUpdated>();
/** When a content file last changed according to git (read once per site, lazily: checks do not need it). */
export function noteUpdated(site: Site, file: string): Date | undefined {
	let dates = updatedCache.get(site);
	if (!dates) {
		dates = lastUpdated(site.root);
		updatedCache.set(site, dates);
	}
	return dates.get(file);
}

// Astro evaluates the config bundle and the page bundle as separate module graphs in one
// process; keeping the cache on globalThis lets both share one link index per build.
const CACHE = Symbol.for('platform-kb.site');
type Cache = Map<string, Site>;
function cache(): Cache {
	const holder = globalThis as { [CACHE]?: Cache };
	return (holder[CACHE] ??= new Map());
}

/** The site for the configured content root, built on first use and reused after that. */
export function loadSite(root = contentRoot()): Site {
	let site = cache().get(root);
	if (!site) {
		site = buildSite(root);
		cache().set(root, site);
	}
	return site;
}

/** Forgets the cached site, so the next `loadSite` re-reads content (used by the dev server on edits). */
export function invalidateSite(): void {
	cache().clear();
}
