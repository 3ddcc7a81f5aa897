import { isoDay } from '../lib/dates.ts';
import { excerptAround } from '../lib/preview.ts';
import { isOverdue, reviewDue } from '../pipeline/review.ts';
import { foldKey, splitNoteRef, type NoteSlug } from '../lib/slug.ts';
import { PILLARS, type Pillar } from '../schemas/common.ts';
import type { NoteData } from '../schemas/note.ts';
import { readingOf, type SourceData, type Segment } from '../schemas/source.ts';
import type { Mark } from '../pipeline/evidence.ts';
import { ownNames } from '../pipeline/glossary-terms.ts';
import type { Published } from '../pipeline/publish.ts';
import type { NoteFile } from '../pipeline/read.ts';
import { linkingSentence } from '../pipeline/site.ts';
import type { RenderedNote } from '../render/index.ts';

/*
 * Route data: everything one page needs, computed once per build from the published view and
 * the rendered notes, and stored with the page's content entry. Pages and components read only
 * this (as Starlight's route data does); none of them re-derives links, backlinks or citations.
 * What to show of it (how many graph neighbours, a pillar's label) is the view's choice.
 */

/** A note as a card or a link: enough to show its title and what it is about. */
export interface NoteCard {
	slug: string;
	title: string;
	summary: string;
	pillar: Pillar;
}

export interface NoteRoute {
	slug: string;
	/** Repo-relative path of the file. */
	file: string;
	editUrl: string;
	data: NoteData;
	draft: boolean;
	/** Last change according to git (YYYY-MM-DD); absent when git cannot tell. */
	updated?: string;
	review: { due: string; overdue: boolean };
	headings: RenderedNote['headings'];
	/** True when the note shows code, whose colours come from a shared stylesheet. */
	hasCode: boolean;
	prerequisites: NoteCard[];
	/** Related notes, without those already listed as prerequisites. */
	related: NoteCard[];
	backlinks: { slug: string; title: string; context: string }[];
	/** The segments the note cites, numbered as its markers, grouped by source. */
	sources: {
		src: string;
		title: string;
		segments: {
			n: number;
			label: string;
			/** The id of the highlighted supporting words on the source page. */
			target: string;
			/** The supporting words with a little context. */
			excerpt: { before: string; match: string; after: string };
			outdated?: { reason: string; today: string };
		}[];
	}[];
	/** Notes linked from here and linking here, best connected first (all of them: the view picks how many to draw). */
	graph: {
		neighbours: { slug: string; title: string; direction: 'in' | 'out' | 'both' }[];
		outgoing: number;
		incoming: number;
	};
	/** Every reading path this note is a step of. */
	paths: {
		id: string;
		title: string;
		step: number;
		total: number;
		prev?: NoteCard;
		next?: NoteCard;
		/** Every step's note and reading time, for the reader's progress along the path. */
		steps: { slug: string; minutes: number }[];
	}[];
	/** The note's section (pillar) and its neighbours there, in reading order. */
	section: { pillar: Pillar; prev?: NoteCard; next?: NoteCard };
}

export interface GlossaryRoute {
	id: string;
	term: string;
	definition: string;
	aliases: string[];
	formerly: string[];
	relatedNames: string[];
	/** The related names as shown: each with the id of its own term, where the glossary has one. */
	related: { name: string; id?: string }[];
	/** Spellings search finds the term by; never shown. */
	searchOnly: string[];
	note: { slug: string; heading?: string; title: string; pillar: Pillar };
	/** Where the sources say what the definition says: the source, and the segment's anchor and label. */
	sources: { src: string; title: string; anchor: string; label: string }[];
}

export interface SourceRoute extends Omit<SourceData, 'segments'> {
	id: string;
	segments: (Segment & {
		/** The notes citing the segment, each with the ids of its markers (to link back to them). */
		citedBy: { slug: string; title: string; markers: string[] }[];
		/** The words that visible notes cite this segment for, highlighted on the page. */
		marks: Mark[];
	})[];
}

export interface PathRoute {
	id: string;
	title: string;
	summary: string;
	aliases: string[];
	/** Every step in order, with its reading time, its part and why it comes where it does. */
	steps: (NoteCard & { minutes: number; part: string; why: string })[];
	/** The days or themes, in order, each with its steps' total reading time. */
	parts: { id: string; title: string; minutes: number }[];
	minutes: number;
}

/** A diagram on a page of its own, drawn at its full size. */
export interface DiagramRoute {
	id: string;
	title: string;
	alt: string;
	svg: string;
	/** The notes that show the diagram. */
	usedBy: { slug: string; title: string }[];
}

/** A tag's page: the visible notes that carry it. */
export interface TagRoute {
	tag: string;
	notes: NoteCard[];
}

/** The site-wide lists that several pages share. */
export interface SiteRoute {
	/** The sections (pillars) in order, each with its hub and its notes in reading order. */
	sections: { pillar: Pillar; hub?: NoteCard; notes: NoteCard[] }[];
	/** Visible notes, most recently updated first. */
	recent: (NoteCard & { updated?: string })[];
	tags: { tag: string; count: number }[];
	/** Old note slugs and the slug each now redirects to. */
	redirects: { from: string; to: string }[];
}

export interface RouteInputs {
	published: Published;
	rendered: Map<NoteSlug, RenderedNote>;
	updated: (file: string) => Date | undefined;
	editUrl: (file: string) => string;
	today: Date;
	/** Each diagram's SVG, drawn once by the renderer. */
	drawings: ReadonlyMap<string, string>;
}

export const cardOf = (note: NoteFile): NoteCard => ({
	slug: note.slug,
	title: note.data.title,
	summary: note.data.summary,
	pillar: note.data.pillar,
});

function noteRoute(
	note: NoteFile,
	{ published, rendered, updated, editUrl, today }: RouteInputs,
): NoteRoute {
	const cards = (slugs: readonly string[]) =>
		slugs.flatMap((s) => (published.has(s) ? [cardOf(published.note(s)!)] : []));
	const when = updated(note.file);
	const { pillar, reviewEvery, reviewed } = note.data;
	const citations = published.citations(note.slug);
	const sources = new Map<string, NoteRoute['sources'][number]>();
	for (const c of citations) {
		const group = sources.get(c.src) ?? {
			src: c.src,
			title: published.site.sources.get(c.src)!.data.title,
			segments: [],
		};
		if (!group.segments.some((s) => s.n === c.n))
			group.segments.push({
				n: c.n,
				label: c.segment.label,
				target: published.markId(c),
				excerpt: excerptAround(readingOf(c.segment), c.support.start, c.support.end, 200),
				...(c.segment.outdated ? { outdated: c.segment.outdated } : {}),
			});
		sources.set(c.src, group);
	}
	return {
		slug: note.slug,
		file: note.file,
		editUrl: editUrl(note.file),
		data: note.data,
		draft: note.data.status === 'draft',
		...(when ? { updated: isoDay(when) } : {}),
		review: {
			due: isoDay(reviewDue(reviewed, pillar, reviewEvery)),
			overdue: isOverdue(reviewed, pillar, reviewEvery, today),
		},
		headings: rendered.get(note.slug)?.headings ?? [],
		hasCode: note.syntax.code.length > 0,
		prerequisites: cards(note.data.prerequisites),
		// A note listed as a prerequisite or as a backlink is not repeated under "related".
		related: cards(
			note.data.related.filter(
				(s) =>
					!note.data.prerequisites.includes(s) &&
					!published.backlinks(note.slug).some((l) => l.from === s),
			),
		),
		backlinks: published.backlinks(note.slug).map((l) => ({
			slug: l.from,
			title: published.note(l.from)!.data.title,
			context: linkingSentence(published.site, l),
		})),
		sources: [...sources.values()],
		graph: graphOf(note, published),
		paths: published.paths.flatMap((path) => {
			const steps = path.data.steps;
			const index = steps.findIndex((s) => s.note === note.slug);
			if (index === -1) return [];
			const at = (i: number) => (steps[i] ? cardOf(published.note(steps[i]!.note)!) : undefined);
			const prev = at(index - 1);
			const next = at(index + 1);
			return [
				{
					id: path.id,
					title: path.data.title,
					step: index + 1,
					total: steps.length,
					...(prev ? { prev } : {}),
					...(next ? { next } : {}),
					steps: steps.map((s) => ({ slug: s.note, minutes: s.minutes })),
				},
			];
		}),
		section: sectionOf(note, published),
	};
}

/** The note's place in its section: the section's notes in reading order, hub first. */
function sectionOf(note: NoteFile, published: Published): NoteRoute['section'] {
	const { pillar } = note.data;
	const notes = published.sections.get(pillar) ?? [];
	const at = notes.indexOf(note);
	const [prev, next] = [notes[at - 1], notes[at + 1]];
	return {
		pillar,
		...(prev ? { prev: cardOf(prev) } : {}),
		...(next ? { next: cardOf(next) } : {}),
	};
}

/** Every neighbour, best connected first. */
function graphOf(note: NoteFile, published: Published): NoteRoute['graph'] {
	const outgoing = new Set(
		published
			.links(note.slug)
			.map((l) => l.to)
			.filter((to) => to !== note.slug),
	);
	const incoming = new Set(published.backlinks(note.slug).map((l) => l.from));
	const degree = (s: NoteSlug) => published.links(s).length + published.backlinks(s).length;
	const neighbours = [...new Set([...outgoing, ...incoming])]
		.sort((a, b) => degree(b) - degree(a) || a.localeCompare(b))
		.map((s) => ({
			slug: s,
			title: published.note(s)!.data.title,
			direction: (outgoing.has(s) && incoming.has(s) ? 'both' : outgoing.has(s) ? 'out' : 'in') as
				'in' | 'out' | 'both',
		}));
	return { neighbours, outgoing: outgoing.size, incoming: incoming.size };
}

/** Route data for every page of the published view. */
export function buildRoutes(inputs: RouteInputs) {
	const { published, updated } = inputs;
	const notes = published.notes.map((note) => noteRoute(note, inputs));
	// A related name links the term it is the term or another name of ("RoleBinding" under RBAC).
	const termOf = ownNames(published.glossary);
	const glossary: GlossaryRoute[] = published.glossary.map((entry) => {
		const { slug, heading } = splitNoteRef(entry.data.note);
		const note = published.note(slug)!;
		return {
			id: entry.id,
			term: entry.data.term,
			definition: entry.data.definition,
			aliases: entry.data.aliases,
			formerly: entry.data.formerly,
			relatedNames: entry.data.relatedNames,
			related: entry.data.relatedNames.map((name) => {
				const id = termOf.get(foldKey(name));
				return id && id !== entry.id ? { name, id } : { name };
			}),
			searchOnly: entry.data.searchOnly,
			note: {
				slug,
				...(heading ? { heading } : {}),
				title: note.data.title,
				pillar: note.data.pillar,
			},
			// Resolved once at the link stage; the check reported any that did not resolve.
			sources: (published.site.glossarySources.get(entry.id) ?? []).flatMap((found) => {
				if (!found.ok) return [];
				const { src, segment } = found.evidence;
				const title = published.site.sources.get(src)!.data.title;
				return [{ src, title, anchor: segment.anchor, label: segment.label }];
			}),
		};
	});
	const markers = markerIds(published);
	const tags: TagRoute[] = [...published.tags].map(([tag, notes]) => ({
		tag,
		notes: notes.map(cardOf),
	}));
	const sources: SourceRoute[] = [...published.site.sources.values()].map(({ id, data }) => ({
		id,
		...data,
		segments: data.segments.map((segment) => ({
			...segment,
			marks: published.marks(id, segment.anchor),
			citedBy: published.citedBy(id, segment.anchor).map((slug) => ({
				slug,
				title: published.note(slug)!.data.title,
				markers: markers.get(`${slug} ${id}#${segment.anchor}`) ?? [],
			})),
		})),
	}));
	const paths: PathRoute[] = published.paths.map((path) => {
		const steps = path.data.steps.map((s) => ({
			...cardOf(published.note(s.note)!),
			minutes: s.minutes,
			part: s.part,
			why: s.why,
		}));
		return {
			id: path.id,
			title: path.data.title,
			summary: path.data.summary,
			aliases: path.data.aliases,
			steps,
			parts: path.data.parts.map((part) => ({
				...part,
				minutes: steps.filter((s) => s.part === part.id).reduce((sum, s) => sum + s.minutes, 0),
			})),
			minutes: steps.reduce((sum, s) => sum + s.minutes, 0),
		};
	});
	const day = (note: NoteFile) => updated(note.file)?.getTime() ?? 0;
	const site: SiteRoute = {
		sections: PILLARS.flatMap((pillar) => {
			const inPillar = published.sections.get(pillar) ?? [];
			const hub = inPillar.find((n) => n.data.hub);
			return inPillar.length
				? [
						{
							pillar,
							...(hub ? { hub: cardOf(hub) } : {}),
							notes: inPillar.map(cardOf),
						},
					]
				: [];
		}),
		recent: [...published.notes]
			.sort((a, b) => day(b) - day(a) || a.slug.localeCompare(b.slug))
			.slice(0, 6)
			.map((n) => {
				const when = updated(n.file);
				return { ...cardOf(n), ...(when ? { updated: isoDay(when) } : {}) };
			}),
		tags: [...published.tags].map(([tag, list]) => ({ tag, count: list.length })),
		redirects: published.notes.flatMap((n) =>
			n.data.redirectFrom.map((from) => ({ from, to: n.slug })),
		),
	};
	const diagrams: DiagramRoute[] = [...published.site.diagrams.values()].map(({ id, data }) => ({
		id,
		title: data.title,
		alt: data.alt,
		svg: inputs.drawings.get(id)!,
		usedBy: published.diagramUsers(id).map((n) => ({ slug: n.slug, title: n.data.title })),
	}));
	return { notes, glossary, sources, paths, diagrams, tags, site };
}

/** The ids of the markers each note gives each segment it cites, keyed `slug src#anchor`. */
function markerIds(published: Published): Map<string, string[]> {
	const ids = new Map<string, string[]>();
	for (const note of published.notes) {
		for (const c of published.citations(note.slug)) {
			const key = `${note.slug} ${c.src}#${c.segment.anchor}`;
			ids.set(key, [...(ids.get(key) ?? []), c.id]);
		}
	}
	return ids;
}
