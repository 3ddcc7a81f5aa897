import { error, type Diagnostic } from '../lib/diagnostics.ts';
import type { HeadingId, NoteSlug } from '../lib/slug.ts';
import type {
	ContentFiles,
	DiagramFile,
	GlossaryFile,
	NoteFile,
	PathFile,
	SourceFile,
} from './read.ts';
import {
	indexCitations,
	resolveEvidence,
	type CitationIndex,
	type ResolvedEvidence,
} from './citations.ts';
import { LinkResolver } from './resolver.ts';
import { sentenceAround } from './sentence.ts';
import { WIKI_LINK, parseWikiLink, type WikiLinkParts } from './wiki-link.ts';

/** A wiki-link that resolved, as the link graph keeps it. */
export interface ResolvedLink {
	from: NoteSlug;
	to: NoteSlug;
	headingId?: HeadingId;
	/** The paragraph the link is in, and the link as written: `linkingSentence` reads them. */
	paragraph: string;
	raw: string;
	line: number;
	column: number;
}

/**
 * The whole content tree, read once and linked: every note (drafts included), the link graph,
 * citations and the records they point into. The checks run on it; `publish` derives what the
 * build shows from it.
 */
export interface Site {
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
	/** Each glossary term's `sources`, resolved once, in order (by term id). */
	glossarySources: Map<string, ResolvedEvidence[]>;
	/** The notes that show each diagram (by diagram id). */
	diagramUses: Map<string, NoteSlug[]>;
}

/** The text a resolved link shows: its label, else the heading or the note title. */
export function linkText(
	notes: ReadonlyMap<NoteSlug, NoteFile>,
	link: WikiLinkParts,
	to: NoteSlug,
	headingId?: HeadingId,
): string {
	if (link.label) return link.label;
	const note = notes.get(to);
	const heading = headingId && note?.headings.find((h) => h.id === headingId);
	return heading ? heading.text : (note?.data.title ?? link.target);
}

/** Links every note, reporting each link that does not resolve. */
function resolveLinks(site: Site, diagnostics: Diagnostic[]): void {
	for (const note of site.notes.values()) {
		const outgoing: ResolvedLink[] = [];
		for (const link of note.syntax.links) {
			const result = site.resolver.resolve(link, note.slug);
			if (!result.ok) {
				diagnostics.push(
					error({
						file: note.file,
						line: link.line,
						column: link.column,
						message: `${result.message} in ${link.raw}`,
						hint: result.hint,
					}),
				);
				continue;
			}
			outgoing.push({
				from: note.slug,
				to: result.slug,
				headingId: result.headingId,
				paragraph: link.paragraph,
				raw: link.raw,
				line: link.line,
				column: link.column,
			});
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

/**
 * The sentence a link sits in, with every wiki-link in its paragraph replaced by the text it
 * shows: what a backlink quotes. Worked out only for the links a page shows, not at check time.
 */
export function linkingSentence(site: Site, { from, paragraph, raw }: ResolvedLink): string {
	let start = -1;
	let end = -1;
	let plain = '';
	let last = 0;
	for (const match of paragraph.matchAll(WIKI_LINK)) {
		const parts = parseWikiLink(match[1]!);
		const result = site.resolver.resolve(parts, from);
		const text = result.ok
			? linkText(site.notes, parts, result.slug, result.headingId)
			: (parts.label ?? parts.target);
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

/** The notes that place each diagram with `<Diagram id>`, by slug (so moving a file changes nothing). */
function diagramUses(notes: Iterable<NoteFile>): Map<string, NoteSlug[]> {
	const uses = new Map<string, NoteSlug[]>();
	for (const note of notes)
		for (const el of note.syntax.elements)
			if (el.name === 'Diagram' && el.attributes.id)
				uses.set(el.attributes.id, [
					...new Set([...(uses.get(el.attributes.id) ?? []), note.slug]),
				]);
	for (const slugs of uses.values()) slugs.sort();
	return uses;
}

/** Links the content that was read: notes by slug, the resolver, wiki-links, backlinks and citations. */
export function linkSite(files: ContentFiles, diagnostics: Diagnostic[]): Site {
	const notes = new Map<NoteSlug, NoteFile>(files.notes.map((note) => [note.slug, note]));
	const resolver = new LinkResolver(
		[...notes.values()].map((n) => ({
			slug: n.slug,
			title: n.data.title,
			aliases: [...n.data.aliases, ...n.data.redirectFrom],
			file: n.file,
			headings: n.headings,
		})),
	);
	const sources = new Map(files.sources.map((s) => [s.id, s]));
	const site: Site = {
		notes,
		glossary: files.glossary,
		paths: files.paths,
		sources,
		diagrams: new Map(files.diagrams.map((d) => [d.id, d])),
		resolver,
		citations: indexCitations(notes.values(), sources, diagnostics),
		links: new Map(),
		backlinks: new Map(),
		glossarySources: new Map(
			files.glossary.map((g) => [
				g.id,
				g.data.sources.map((ref) => resolveEvidence(sources, ref, g.data.definition)),
			]),
		),
		diagramUses: diagramUses(notes.values()),
	};
	resolveLinks(site, diagnostics);
	// Incoming links in an order that does not depend on which folder a note's file is in.
	for (const incoming of site.backlinks.values())
		incoming.sort((x, y) => x.from.localeCompare(y.from));
	return site;
}
