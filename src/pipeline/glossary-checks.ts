import { unknownNote } from './checks.ts';
import { error, warning, type Diagnostic } from '../lib/diagnostics.ts';
import { foldKey, splitNoteRef } from '../lib/slug.ts';
import { misspellingOf } from '../lib/closest.ts';
import { claimedNames, inflections, linkingNames, ownNames } from './glossary-terms.ts';
import type { Position } from './position.ts';
import type { GlossaryFile } from './read.ts';
import type { Site } from './site.ts';

/**
 * Aliases a glossary term may not have: everyday phrases that would link the term where it
 * means nothing of the kind, and other products' names. Kept short on purpose: each entry is a
 * mistake the site made once.
 */
const ALIAS_STOP_LIST: Record<string, string> = {
	playbook: 'an everyday word for any written procedure',
	'false positives': 'an everyday phrase in alerting, testing and scanning alike',
	'change management': 'a whole practice, not one term',
	'dark launch': 'a different release technique',
	'external service': 'an everyday phrase',
	'custom controller': 'a category: any controller a team writes',
	'artifact repository': 'a category of products',
	'node autoscaling': 'a category: cluster autoscaler, Karpenter and others',
	'registry mirror': 'a different thing from a private registry',
	'x-ray': 'also AWS X-Ray, a different product',
	'elastic agent': "also Elastic's own agent, a different product",
	sev1: 'a severity level, not an incident process',
	'istio ca': 'istiod issues certificates; say which',
	'istio rbac': 'the removed v1 API, not AuthorizationPolicy',
	'istio policy': 'the removed Policy kind',
	'iam roles for pods': 'IRSA or EKS Pod Identity, not a generic phrase',
	'helm 3': 'a version, not the tool',
	sca: 'a category of tools (software composition analysis)',
	iac: 'a category (infrastructure as code), not one tool',
	'ebpf networking': 'a category of CNI plugins',
	'kube-dns': 'a different DNS server, replaced by CoreDNS',
	'node pool upgrade': 'an operation on a node pool, not the node pool',
};

/** Prefixes that turn an action into its opposite: cordon → uncordon, managed → self-managed. */
const OPPOSITE = /^(un|de|dis|non-?|self-)/i;

/**
 * Each glossary term points at the note that explains it (and the heading, when given), and that
 * note mentions it; each of its `sources` names a real segment, as a note's `<Cite>` must.
 */
export function checkGlossaryTargets(site: Site): Diagnostic[] {
	const found: Diagnostic[] = [];
	for (const entry of site.glossary) {
		(site.glossarySources.get(entry.id) ?? []).forEach((resolved, i) => {
			if (!resolved.ok)
				found.push(
					error({
						file: entry.file,
						...entry.at(['sources', i]),
						message: `field "sources": ${resolved.message}`,
						...(resolved.hint ? { hint: resolved.hint } : {}),
					}),
				);
		});
		const { slug, heading } = splitNoteRef(entry.data.note);
		const note = site.notes.get(slug);
		const at = { file: entry.file, ...entry.at(['note']) };
		if (!note)
			found.push(
				error({
					...at,
					message: `field "note": unknown note "${slug}"`,
					hint: unknownNote(site, slug),
				}),
			);
		else if (heading && !note.headings.some((h) => h.id === heading)) {
			found.push(
				error({
					...at,
					message: `field "note": no heading "#${heading}" in ${note.file}`,
					hint: `headings there: ${note.headings.map((h) => `#${h.id}`).join(', ')}`,
				}),
			);
		} else {
			const text = foldKey(`${note.data.title} ${note.data.summary} ${note.syntax.text}`);
			const names = linkingNames(entry.data).flatMap((n) => inflections(n.name));
			if (!names.some((n) => text.includes(foldKey(n)))) {
				found.push(
					warning({
						...at,
						message: `${note.file} never mentions "${entry.data.term}" or its aliases`,
						hint: 'point the term at the note that explains it, or say what it is in that note',
					}),
				);
			}
		}
	}
	return found;
}

const overlap = (a: readonly string[], b: readonly string[]) =>
	a.length === 0 || b.length === 0 || a.some((p) => b.includes(p));

/**
 * A glossary name links itself in every note, so it must mean one thing wherever it links: two
 * terms may share a name only for disjoint pillars; an alias may not be an everyday phrase,
 * another product's name or the opposite action; and a name a note claims as its alias must not
 * lead the term linker to a different note.
 */
export function checkGlossaryClaims(site: Site): Diagnostic[] {
	const found: Diagnostic[] = [];
	const claims = new Map<string, { entry: GlossaryFile; at: Position }[]>();
	const hint =
		'a glossary name links itself in every note, so it may belong to one term only (or to terms limited to different pillars); remove it from one file';
	const owners = ownNames(site.glossary);
	for (const entry of site.glossary) {
		const named = claimedNames(entry, owners);
		const names = named.map((n) => n.name);
		named.forEach(({ name, field }, i) => {
			const at = entry.at(field);
			const where = { file: entry.file, ...at };
			for (const form of inflections(name)) {
				const key = foldKey(form);
				const rivals = (claims.get(key) ?? []).filter(
					(c) => c.entry !== entry && overlap(c.entry.data.pillars, entry.data.pillars),
				);
				for (const rival of rivals.slice(0, 1)) {
					// Reported at both files, since either may be the one to change.
					const message = `"${form}" is claimed by both ${rival.entry.file} and ${entry.file}`;
					found.push(
						error({ file: rival.entry.file, ...rival.at, message, hint }),
						error({ ...where, message, hint }),
					);
				}
				claims.set(key, [...(claims.get(key) ?? []), { entry, at }]);
			}
			if (i > 0 && foldKey(name) in ALIAS_STOP_LIST)
				found.push(
					error({
						...where,
						message: `alias "${name}" would link where it means something else: ${ALIAS_STOP_LIST[foldKey(name)]}`,
						hint: 'drop the alias; an alias must be another name for exactly this term',
					}),
				);
			const opposite = names.find(
				(other) =>
					other !== name &&
					foldKey(name.replace(OPPOSITE, '')) === foldKey(other) &&
					OPPOSITE.test(name),
			);
			if (opposite)
				found.push(
					error({
						...where,
						message: `alias "${name}" names the opposite of "${opposite}"`,
						hint: 'drop the alias, or give the opposite its own term',
					}),
				);
			const note = site.resolver.byName(name);
			const target = splitNoteRef(entry.data.note).slug;
			if (note && note.slug !== target) {
				found.push(
					error({
						...where,
						message: `"${name}" names the note ${note.file}, but this term links to "${target}"`,
						hint: `point the term at ${note.slug}, or drop the alias from one of them so "${name}" means one thing`,
					}),
				);
			}
		});
	}
	return found;
}

/** The fields whose names readers see (a glossary term's, a note's): a misspelling there misleads. */
const SHOWN_FIELDS = ['aliases', 'formerly', 'relatedNames'] as const;

/**
 * A shown name (a glossary term's other, former or related names; a note's aliases) must not be
 * a misspelling: not a spelling some term or note lists as search-only, and not a near copy of
 * another shown name of the same term or note ("kubernates" beside "Kubernetes"). Misspellings
 * people type belong in `searchOnly`, which search finds and pages never show.
 */
export function checkShownNames(site: Site): Diagnostic[] {
	const found: Diagnostic[] = [];
	// Spellings a glossary term lists as search-only are misspellings or garbled captions.
	const searchOnly = new Map<string, string>();
	for (const entry of site.glossary)
		for (const name of entry.data.searchOnly) searchOnly.set(foldKey(name), entry.file);
	const hint = (name: string) =>
		`move "${name}" to searchOnly: [...] (search finds it, pages never show it); shown names are real names of the thing`;
	const check = (
		file: string,
		names: { name: string; field: (string | number)[] }[],
		at: (field: (string | number)[]) => { line: number; column: number },
		kind: (field: (string | number)[]) => string,
	) => {
		names.forEach(({ name, field }, i) => {
			if (i === 0 || field[0] === 'term' || field[0] === 'title') return;
			const listed = searchOnly.get(foldKey(name));
			const like = misspellingOf(
				name,
				names.slice(0, i).map((n) => n.name),
			);
			const problem = listed
				? `is listed as a search-only spelling in ${listed}`
				: like
					? `looks like a misspelling of "${like}"`
					: undefined;
			if (problem)
				found.push(
					error({
						file,
						...at(field),
						message: `${kind(field)} "${name}" ${problem}`,
						hint: hint(name),
					}),
				);
		});
	};
	for (const entry of site.glossary)
		check(
			entry.file,
			[
				{ name: entry.data.term, field: ['term'] },
				...SHOWN_FIELDS.flatMap((key) =>
					entry.data[key].map((name, i) => ({ name, field: [key, i] })),
				),
			],
			(field) => entry.at(field),
			(field) => `${field[0]}:`,
		);
	for (const note of site.notes.values())
		check(
			note.file,
			[
				{ name: note.data.title, field: ['title'] },
				...note.data.aliases.map((name, i) => ({ name, field: ['aliases', i] })),
			],
			(field) => note.at(field),
			() => 'aliases:',
		);
	return found;
}
