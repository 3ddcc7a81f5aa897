import { slug as headingSlug } from 'github-slugger';
import { didYouMean } from '../lib/closest.ts';
import { foldKey, startWithLetter, type HeadingId, type NoteSlug } from '../lib/slug.ts';
import type { WikiLinkParts } from './wiki-link.ts';

/** What the resolver needs to know of a note. */
export interface Linkable {
	slug: NoteSlug;
	title: string;
	aliases: readonly string[];
	file: string;
	headings: readonly { id: HeadingId; text: string }[];
}

export type Resolution =
	| { ok: true; slug: NoteSlug; headingId?: HeadingId }
	| { ok: false; message: string; hint: string };

/** A name claimed by two notes: links through it would be ambiguous. */
export interface NameClash {
	name: string;
	first: Linkable;
	second: Linkable;
}

/** Resolves wiki-link targets by slug, title or alias, case-insensitively. */
export class LinkResolver {
	private readonly byKey = new Map<string, Linkable>();
	private readonly bySlug = new Map<NoteSlug, Linkable>();
	private readonly byTitleOrAlias = new Map<string, Linkable>();
	readonly clashes: NameClash[] = [];

	constructor(notes: Iterable<Linkable>) {
		const all = [...notes];
		for (const note of all) this.bySlug.set(note.slug, note);
		// Slugs first, so a title or alias can never shadow another note's slug.
		for (const note of all) this.claim(note.slug, note);
		for (const note of all) {
			for (const name of [note.title, ...note.aliases]) {
				this.claim(name, note);
				if (!this.byTitleOrAlias.has(foldKey(name))) this.byTitleOrAlias.set(foldKey(name), note);
			}
		}
	}

	private claim(name: string, note: Linkable): void {
		const key = foldKey(name);
		const holder = this.byKey.get(key);
		if (!holder) this.byKey.set(key, note);
		else if (holder.slug !== note.slug) this.clashes.push({ name, first: holder, second: note });
	}

	/** Every name a link may use, for "did you mean" hints. */
	names(): string[] {
		return [...this.bySlug.values()].flatMap((note) => [note.slug, note.title, ...note.aliases]);
	}

	get(slug: NoteSlug): Linkable | undefined {
		return this.bySlug.get(slug);
	}

	/** The note whose title or alias is `name` (case-insensitive), if any. */
	byName(name: string): Linkable | undefined {
		return this.byTitleOrAlias.get(foldKey(name));
	}

	/** Resolves a link written in note `from`; `[[#heading]]` refers to `from` itself. */
	resolve(link: WikiLinkParts, from: NoteSlug): Resolution {
		const note = link.target === '' ? this.bySlug.get(from) : this.byKey.get(foldKey(link.target));
		if (!note) {
			return {
				ok: false,
				message: `unknown link target "${link.target}"`,
				hint: didYouMean(
					link.target,
					this.names(),
					'link to a note by its slug, title or one of its aliases',
				),
			};
		}
		if (link.heading === undefined) return { ok: true, slug: note.slug };
		const wanted = startWithLetter(headingSlug(link.heading));
		const heading = note.headings.find((h) => h.id === wanted || h.id === link.heading);
		if (!heading) {
			return {
				ok: false,
				message: `unknown heading "#${link.heading}" in ${note.file}`,
				hint: didYouMean(
					wanted,
					note.headings.map((h) => h.id),
					`headings there: ${note.headings.map((h) => `#${h.id}`).join(', ') || 'none'}`,
					(id) => `"#${id}"`,
				),
			};
		}
		return { ok: true, slug: note.slug, headingId: heading.id };
	}
}
