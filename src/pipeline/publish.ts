import { splitNoteRef, type NoteSlug } from '../lib/slug.ts';
import { PILLARS, type Pillar } from '../schemas/common.ts';
import { segmentKey, type Citation } from './citations.ts';
import { markOf, supportMarks, type Mark } from './evidence.ts';
import type { GlossaryFile, NoteFile, PathFile } from './read.ts';
import type { ResolvedLink, Site } from './site.ts';

/**
 * What exists on the built site, decided in one place: every page, backlink, graph edge, tag,
 * search entry and vocabulary word is derived from this view, so a draft can never leak into
 * `dist/` through a side door. With `drafts: true` (the dev server) drafts are shown too.
 */
export interface Published {
	site: Site;
	drafts: boolean;
	/** Visible notes: hubs first, then by title within each pillar, pillars in their canonical order. */
	notes: NoteFile[];
	has(slug: string): boolean;
	note(slug: string): NoteFile | undefined;
	/** Outgoing links to visible notes. */
	links(slug: NoteSlug): ResolvedLink[];
	/** Incoming links from visible notes. */
	backlinks(slug: NoteSlug): ResolvedLink[];
	citations(slug: NoteSlug): Citation[];
	/** Visible notes citing a segment. */
	citedBy(src: string, anchor: string): NoteSlug[];
	/** The highlighted supporting stretches of a segment (what visible notes cite it for). */
	marks(src: string, anchor: string): Mark[];
	/** The id of the highlighted stretch a citation links to. */
	markId(citation: Citation): string;
	/** Glossary terms whose note is visible. */
	glossary: GlossaryFile[];
	/** Paths, each with only its visible steps. */
	paths: PathFile[];
	/** Visible notes that show a diagram. */
	diagramUsers(id: string): NoteFile[];
	/** Tags of visible notes, sorted, each with its notes. */
	tags: Map<string, NoteFile[]>;
	/** Visible notes per pillar, in reading order (hub first); pillars without notes are absent. */
	sections: Map<Pillar, NoteFile[]>;
}

const byReadingOrder = (a: NoteFile, b: NoteFile) =>
	PILLARS.indexOf(a.data.pillar) - PILLARS.indexOf(b.data.pillar) ||
	Number(b.data.hub) - Number(a.data.hub) ||
	a.data.title.localeCompare(b.data.title);

/** The view of `site` that the build publishes (or, with `drafts`, that the dev server shows). */
export function publish(site: Site, { drafts }: { drafts: boolean }): Published {
	const notes = [...site.notes.values()].filter((n) => drafts || !n.draft).sort(byReadingOrder);
	const visible = new Map(notes.map((n) => [n.slug, n]));
	const has = (slug: string) => visible.has(slug as NoteSlug);
	const supports = new Map<string, Citation[]>();
	for (const note of notes) {
		for (const c of site.citations.byNote.get(note.slug) ?? []) {
			const key = segmentKey(c.src, c.segment.anchor);
			supports.set(key, [...(supports.get(key) ?? []), c]);
		}
	}
	const marks = new Map(
		[...supports].map(([key, list]) => [
			key,
			supportMarks(
				list[0]!.segment.anchor,
				list.map((c) => c.support),
			),
		]),
	);
	const tags = new Map<string, NoteFile[]>();
	const sections = new Map<Pillar, NoteFile[]>();
	for (const note of notes) {
		for (const tag of note.data.tags) groupInto(tags, tag, note);
		groupInto(sections, note.data.pillar, note);
	}
	return {
		site,
		drafts,
		notes,
		has,
		note: (slug) => visible.get(slug as NoteSlug),
		links: (slug) => (site.links.get(slug) ?? []).filter((l) => has(l.to)),
		backlinks: (slug) => (site.backlinks.get(slug) ?? []).filter((l) => has(l.from)),
		citations: (slug) => site.citations.byNote.get(slug) ?? [],
		marks: (src, anchor) => marks.get(segmentKey(src, anchor)) ?? [],
		markId: (c) =>
			markOf(marks.get(segmentKey(c.src, c.segment.anchor)) ?? [], c.support)?.id ??
			c.segment.anchor,
		citedBy: (src, anchor) =>
			(site.citations.citedBy.get(segmentKey(src, anchor)) ?? []).filter(has),
		diagramUsers: (id) => (site.diagramUses.get(id) ?? []).flatMap((s) => visible.get(s) ?? []),
		glossary: site.glossary.filter((g) => has(splitNoteRef(g.data.note).slug)),
		paths: site.paths.map((p) => ({
			...p,
			data: { ...p.data, steps: p.data.steps.filter((s) => has(s.note)) },
		})),
		tags: new Map([...tags].sort(([a], [b]) => a.localeCompare(b))),
		sections,
	};
}

function groupInto<K>(groups: Map<K, NoteFile[]>, key: K, note: NoteFile): void {
	const group = groups.get(key);
	if (group) group.push(note);
	else groups.set(key, [note]);
}
