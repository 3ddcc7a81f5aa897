import { error, warning, type Diagnostic } from '../lib/diagnostics.ts';
import { foldKey, splitNoteRef, type NoteSlug } from '../lib/slug.ts';
import { didYouMean } from '../lib/closest.ts';
import type { Site } from './site.ts';

/** Two notes claiming one title or alias make links through it ambiguous. */
export function checkNameClashes(site: Site): Diagnostic[] {
	// Reported at both notes, each at its own claim, since either may be the one to change.
	return site.resolver.clashes.flatMap(({ name, first, second }) =>
		[first, second].map((claimant) => {
			const note = site.notes.get(claimant.slug)!;
			const field = (['aliases', 'redirectFrom'] as const).find((f) =>
				note.data[f].some((a) => foldKey(a) === foldKey(name)),
			);
			const where = field
				? note.at([field, note.data[field].findIndex((a) => foldKey(a) === foldKey(name))])
				: note.at(['title']);
			return error({
				file: claimant.file,
				...where,
				message: `"${name}" is claimed by both ${first.file} and ${second.file}`,
				hint: 'a title or alias must name one note only; remove it from one of them',
			});
		}),
	);
}

/** A hint for a slug that names no note: the nearest slugs, or what a slug is. */
export const unknownNote = (site: Site, slug: string) =>
	didYouMean(
		slug,
		site.notes.keys(),
		'use the slug of an existing note (its file name without .mdx)',
	);

/** `related` and `prerequisites` must name existing notes, other than the note itself. */
export function checkNoteReferences(site: Site): Diagnostic[] {
	const found: Diagnostic[] = [];
	for (const note of site.notes.values()) {
		for (const field of ['related', 'prerequisites'] as const) {
			note.data[field].forEach((slug, index) => {
				if (slug === note.slug)
					found.push(
						error({
							file: note.file,
							...note.at([field, index]),
							message: `${field} lists the note itself`,
						}),
					);
				else if (!site.notes.has(slug as NoteSlug))
					found.push(
						error({
							file: note.file,
							...note.at([field, index]),
							message: `${field}: unknown note "${slug}"`,
							hint: unknownNote(site, slug),
						}),
					);
			});
		}
	}
	return found;
}

/** Prerequisites may not go round in a circle: a reader could never start. */
export function checkPrerequisiteCycles(site: Site): Diagnostic[] {
	const found: Diagnostic[] = [];
	const state = new Map<NoteSlug, 'visiting' | 'done'>();
	const reported = new Set<string>();
	const visit = (slug: NoteSlug, trail: NoteSlug[]) => {
		if (state.get(slug) === 'done') return;
		if (state.get(slug) === 'visiting') {
			const cycle = trail.slice(trail.indexOf(slug));
			const key = [...cycle].sort().join(' ');
			if (reported.has(key)) return;
			reported.add(key);
			const first = site.notes.get(cycle[0]!)!;
			const index = first.data.prerequisites.indexOf(cycle[1] ?? cycle[0]!);
			found.push(
				error({
					file: first.file,
					...first.at(['prerequisites', index]),
					message: `prerequisite cycle: ${[...cycle, slug].join(' → ')}`,
					hint: 'a prerequisite is read first, so the chain must end; remove one of these prerequisites (use related instead)',
				}),
			);
			return;
		}
		state.set(slug, 'visiting');
		for (const next of site.notes.get(slug)?.data.prerequisites ?? [])
			if (site.notes.has(next as NoteSlug)) visit(next as NoteSlug, [...trail, slug]);
		state.set(slug, 'done');
	};
	for (const slug of site.notes.keys()) visit(slug, []);
	return found;
}

/** Paths list existing published notes, each after all of its prerequisites. */
export function checkPaths(site: Site): Diagnostic[] {
	const found: Diagnostic[] = [];
	for (const path of site.paths) {
		const seen = new Set<string>();
		const listed = new Set(path.data.steps.map((s) => s.note));
		path.data.steps.forEach((step, index) => {
			const note = site.notes.get(step.note as NoteSlug);
			const at = path.at(['steps', index, 'note']);
			if (!note)
				found.push(
					error({
						file: path.file,
						...at,
						message: `steps: unknown note "${step.note}"`,
						hint: unknownNote(site, step.note),
					}),
				);
			else if (seen.has(step.note))
				found.push(
					error({ file: path.file, ...at, message: `steps: "${step.note}" is listed twice` }),
				);
			else {
				const late = note.data.prerequisites.filter((p) => listed.has(p) && !seen.has(p));
				if (late.length)
					found.push(
						error({
							file: path.file,
							...at,
							message: `steps: "${step.note}" comes before its prerequisite${late.length > 1 ? 's' : ''} ${late.map((p) => `"${p}"`).join(', ')}`,
							hint: 'move the prerequisites earlier in the path',
						}),
					);
			}
			seen.add(step.note);
		});
	}
	return found;
}

/** Each diagram only refers to its own participants and boxes; `<Diagram id>` names an existing one. */
export function checkDiagrams(site: Site): Diagnostic[] {
	const found: Diagnostic[] = [];
	for (const note of site.notes.values()) {
		for (const el of note.syntax.elements.filter((e) => e.name === 'Diagram' && e.attributes.id)) {
			const id = el.attributes.id!;
			if (!site.diagrams.has(id))
				found.push(
					error({
						file: note.file,
						line: el.line,
						column: el.column,
						message: `unknown diagram "${id}"`,
						hint: didYouMean(
							id,
							site.diagrams.keys(),
							'add content/diagrams/<id>.yaml (see docs/writing-notes.md)',
						),
					}),
				);
		}
	}
	for (const diagram of site.diagrams.values()) {
		const { data } = diagram;
		if (data.kind === 'sequence') {
			const known = new Set(data.participants);
			data.steps.forEach((step, i) => {
				const names = 'from' in step ? [step.from, step.to] : step.over;
				for (const name of names.filter((n) => !known.has(n))) {
					found.push(
						error({
							file: diagram.file,
							...diagram.at(['steps', i]),
							message: `steps: "${name}" is not one of the participants`,
							hint: `participants: ${data.participants.join(', ')}`,
						}),
					);
				}
			});
		} else {
			const ids = new Set(data.columns.flat().map((box) => box.id));
			data.edges.forEach((edge, i) => {
				for (const id of edge.slice(0, 2).filter((end) => !ids.has(end))) {
					found.push(
						error({
							file: diagram.file,
							...diagram.at(['edges', i]),
							message: `edges: unknown box "${id}"`,
							hint: `boxes: ${[...ids].join(', ')}`,
						}),
					);
				}
			});
		}
	}
	return found;
}

/** Drafts are not published, so nothing published may point at one; drafts may link each other freely. */
export function checkDraftReferences(site: Site): Diagnostic[] {
	const draft = (slug: string) => site.notes.get(slug as NoteSlug)?.draft === true;
	const hint = (slug: string) =>
		`publish "${slug}" first (status: published), link it only from other drafts, or remove the reference`;
	const found: Diagnostic[] = [];
	for (const note of site.notes.values()) {
		if (note.draft) continue;
		for (const link of site.links.get(note.slug) ?? []) {
			if (draft(link.to))
				found.push(
					error({
						file: note.file,
						line: link.line,
						column: link.column,
						message: `links to the draft note "${link.to}", which is not published`,
						hint: hint(link.to),
					}),
				);
		}
		for (const field of ['related', 'prerequisites'] as const) {
			note.data[field].forEach((slug, i) => {
				if (draft(slug))
					found.push(
						error({
							file: note.file,
							...note.at([field, i]),
							message: `${field}: "${slug}" is a draft, which is not published`,
							hint: hint(slug),
						}),
					);
			});
		}
	}
	for (const path of site.paths) {
		path.data.steps.forEach((step, i) => {
			if (draft(step.note))
				found.push(
					error({
						file: path.file,
						...path.at(['steps', i, 'note']),
						message: `steps: "${step.note}" is a draft, which is not published`,
						hint: hint(step.note),
					}),
				);
		});
	}
	// A term and its note may be written in the same draft pull request: the term is simply not
	// published (publish() leaves it out) until its note is, which the warning says.
	for (const entry of site.glossary) {
		const { slug } = splitNoteRef(entry.data.note);
		if (draft(slug))
			found.push(
				warning({
					file: entry.file,
					...entry.at(['note']),
					message: `field "note": "${slug}" is a draft, so this term is left out of the site until that note is published`,
					hint: `set status: published in "${slug}" when both are ready`,
				}),
			);
	}
	return found;
}
