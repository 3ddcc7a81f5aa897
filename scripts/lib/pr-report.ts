import type { BuiltPage, BuiltSite } from './built-site.ts';
import { onChangedLine, type ChangedLines, type CheckProblem } from './check-output.ts';
import { describeLink, type LinkProblem } from './links.ts';

/** The hidden line the comment workflow finds its previous comment by. */
export const MARKER = '<!-- platform-kb:pr-report -->';

type Note = BuiltSite['notes'][number];

/** What a change does to the site: two builds compared, and the head's content check. */
export interface PrReport {
	added: Note[];
	removed: (Note & { redirect?: string })[];
	renamed: { from: Note; to: Note }[];
	/** Same slug, source file moved. */
	moved: { note: Note; from: string }[];
	redirects: { added: BuiltSite['redirects']; removed: BuiltSite['redirects'] };
	changed: { url: string; title: string; plus: number; minus: number }[];
	pages: { added: string[]; removed: string[] };
	links: { introduced: LinkProblem[]; fixed: LinkProblem[] };
	words: { added: string[]; lost: string[] };
	indexed: { base?: number; head?: number };
	weight: {
		base: BuiltSite['weight'];
		head: BuiltSite['weight'];
		pages: { url: string; base: number; head: number }[];
	};
	buildMs: { base?: number; head?: number };
	check?: { problems: CheckProblem[]; onChanged: CheckProblem[] };
}

const linkKey = (p: LinkProblem) => `${p.page} ${p.attr}="${p.value}"`;

/** How many times each word occurs in `b` beyond its count in `a`. */
function surplus(a: readonly string[], b: readonly string[]): number {
	const counts = new Map<string, number>();
	for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
	let n = 0;
	for (const w of b) {
		const left = counts.get(w) ?? 0;
		if (left > 0) counts.set(w, left - 1);
		else n++;
	}
	return n;
}

/** Compares two builds; `check` is the head's `npm run check` output, `changed` the diff's lines. */
export function compareSites(
	base: BuiltSite,
	head: BuiltSite,
	check?: CheckProblem[],
	changed?: ChangedLines,
): PrReport {
	const baseNotes = new Map(base.notes.map((n) => [n.slug, n]));
	const headNotes = new Map(head.notes.map((n) => [n.slug, n]));
	const headRedirects = new Map(head.redirects.map((r) => [r.from, r.to]));
	const baseRedirects = new Set(base.redirects.map((r) => `${r.from}>${r.to}`));
	const headRedirectKeys = new Set(head.redirects.map((r) => `${r.from}>${r.to}`));

	const renamed: PrReport['renamed'] = [];
	const removed: PrReport['removed'] = [];
	for (const note of base.notes) {
		if (headNotes.has(note.slug)) continue;
		const to = headRedirects.get(note.slug);
		if (to && headNotes.has(to) && !baseNotes.has(to))
			renamed.push({ from: note, to: headNotes.get(to)! });
		else removed.push(to ? { ...note, redirect: to } : note);
	}
	const renamedTo = new Set(renamed.map((r) => r.to.slug));
	const added = head.notes.filter((n) => !baseNotes.has(n.slug) && !renamedTo.has(n.slug));
	const moved = head.notes.flatMap((note) => {
		const before = baseNotes.get(note.slug);
		return before && before.file && note.file && before.file !== note.file
			? [{ note, from: before.file }]
			: [];
	});

	// A renamed note's page is compared with its page under the old address.
	const pairs: [string, string][] = [
		...[...head.pages.keys()]
			.filter((url) => base.pages.has(url))
			.map((url) => [url, url] as [string, string]),
		...renamed.map(
			({ from, to }) => [`/notes/${from.slug}/`, `/notes/${to.slug}/`] as [string, string],
		),
	];
	const changedPages: PrReport['changed'] = [];
	for (const [from, url] of pairs) {
		const before = base.pages.get(from);
		const page = head.pages.get(url);
		if (!before || !page || before.hash === page.hash) continue;
		changedPages.push({
			url,
			title: page.title,
			plus: surplus(before.words, page.words),
			minus: surplus(page.words, before.words),
		});
	}
	changedPages.sort((a, b) => b.plus + b.minus - (a.plus + a.minus) || a.url.localeCompare(b.url));

	const baseLinks = new Set(base.links.map(linkKey));
	const headLinks = new Set(head.links.map(linkKey));
	const sizes = (pages: Map<string, BuiltPage>, url: string) => pages.get(url)?.bytes ?? 0;
	const paired = new Set(pairs.flatMap(([from, to]) => [from, to]));
	const weightPages = [
		...pairs.map(([from, to]) => ({
			url: from === to ? to : `${from} → ${to}`,
			base: sizes(base.pages, from),
			head: sizes(head.pages, to),
		})),
		...[...base.pages.keys(), ...head.pages.keys()]
			.filter((url) => !paired.has(url) && !(base.pages.has(url) && head.pages.has(url)))
			.map((url) => ({ url, base: sizes(base.pages, url), head: sizes(head.pages, url) })),
	]
		.filter((p) => p.base !== p.head)
		.sort(
			(a, b) => Math.abs(b.head - b.base) - Math.abs(a.head - a.base) || a.url.localeCompare(b.url),
		);

	return {
		added,
		removed,
		renamed,
		moved,
		redirects: {
			added: head.redirects.filter((r) => !baseRedirects.has(`${r.from}>${r.to}`)),
			removed: base.redirects.filter((r) => !headRedirectKeys.has(`${r.from}>${r.to}`)),
		},
		changed: changedPages,
		pages: {
			added: [...head.pages.keys()]
				.filter((u) => !base.pages.has(u) && !pairs.some(([, to]) => to === u))
				.sort(),
			removed: [...base.pages.keys()]
				.filter((u) => !head.pages.has(u) && !pairs.some(([from]) => from === u))
				.sort(),
		},
		links: {
			introduced: head.links.filter((p) => !baseLinks.has(linkKey(p))),
			fixed: base.links.filter((p) => !headLinks.has(linkKey(p))),
		},
		words: {
			added: [...head.words].filter((w) => !base.words.has(w)).sort(),
			lost: [...base.words].filter((w) => !head.words.has(w)).sort(),
		},
		indexed: { base: base.indexed, head: head.indexed },
		weight: { base: base.weight, head: head.weight, pages: weightPages },
		buildMs: { base: base.buildMs, head: head.buildMs },
		...(check
			? { check: { problems: check, onChanged: check.filter((p) => onChangedLine(p, changed)) } }
			: {}),
	};
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const kb = (bytes: number) => (bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`);
const signed = (n: number, unit: (n: number) => string) =>
	n === 0 ? '±0' : `${n > 0 ? '+' : '−'}${unit(Math.abs(n))}`;
const percent = (from: number, to: number) =>
	Math.round(((to - from) / (from || 1)) * 1000) === 0 || from === 0
		? ''
		: ` (${signed(Math.round(((to - from) / from) * 1000) / 10, (n) => `${n} %`)})`;
/** Free text in Markdown: no HTML (a message may quote `<Cite …/>`), no table breaks. */
const text = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|');
const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;
/** At most `max` items, then how many more. */
function capped<T>(items: readonly T[], max: number, line: (item: T) => string): string[] {
	const shown = items.slice(0, max).map(line);
	if (items.length > max) shown.push(`- … and ${items.length - max} more`);
	return shown;
}
const noteLink = (n: Note) =>
	`${code(n.slug)} ${text(n.title)}${n.file ? ` (${code(n.file)})` : ''}`;

/** The report as GitHub-flavoured Markdown, starting with the comment workflow's marker. */
export function renderReport(r: PrReport, options: { max?: number } = {}): string {
	const max = options.max ?? 25;
	const out: string[] = [MARKER, '## What this change does to the site', ''];
	const introduced = r.links.introduced.length;
	const checkOnChanged = r.check?.onChanged.length ?? 0;
	out.push(
		[
			`**Notes:** ${r.added.length} added, ${r.removed.length} removed, ${r.renamed.length} renamed`,
			`**pages changed:** ${r.changed.length}`,
			`**problems introduced:** ${introduced + checkOnChanged}`,
			`**search words:** +${r.words.added.length} / −${r.words.lost.length}`,
		].join(' · '),
		'',
	);

	out.push('### Notes', '');
	if (!r.added.length && !r.removed.length && !r.renamed.length && !r.moved.length)
		out.push('No note added, removed, renamed or moved.', '');
	if (r.added.length) out.push('Added:', ...capped(r.added, max, (n) => `- ${noteLink(n)}`), '');
	if (r.renamed.length)
		out.push(
			'Renamed (the old address redirects):',
			...capped(r.renamed, max, ({ from, to }) => `- ${code(from.slug)} → ${noteLink(to)}`),
			'',
		);
	if (r.removed.length)
		out.push(
			'Removed:',
			...capped(
				r.removed,
				max,
				(n) =>
					`- ${noteLink(n)}${n.redirect ? `: redirects to ${code(n.redirect)}` : ': no redirect, its address now answers 404'}`,
			),
			'',
		);
	if (r.moved.length)
		out.push(
			'Source file moved (same address):',
			...capped(
				r.moved,
				max,
				({ note, from }) => `- ${code(note.slug)}: ${code(from)} → ${code(note.file)}`,
			),
			'',
		);
	if (r.redirects.added.length || r.redirects.removed.length)
		out.push(
			'Redirects:',
			...capped(
				r.redirects.added,
				max,
				(x) => `- added ${code(`/notes/${x.from}/`)} → ${code(`/notes/${x.to}/`)}`,
			),
			...capped(
				r.redirects.removed,
				max,
				(x) => `- removed ${code(`/notes/${x.from}/`)} → ${code(`/notes/${x.to}/`)}`,
			),
			'',
		);

	out.push('### Problems this change introduces', '');
	if (r.check) {
		const { problems, onChanged } = r.check;
		const errors = problems.filter((p) => p.severity === 'error').length;
		out.push(
			problems.length
				? `Content check on the head: ${plural(errors, 'error')}, ${plural(problems.length - errors, 'warning')}; ${onChanged.length} on lines this change touches${onChanged.length ? ' (also shown as annotations on the diff)' : ''}.`
				: 'Content check on the head: no problems.',
			'',
			...capped(
				onChanged,
				max,
				(p) => `- ${code(`${p.file}:${p.line}:${p.column}`)} ${p.severity}: ${text(p.message)}`,
			),
		);
		if (onChanged.length) out.push('');
	}
	if (introduced) {
		for (const [kind, label] of [
			['link', 'Broken links'],
			['anchor', 'Links to a missing heading or anchor'],
			['citation', 'Broken citations'],
		] as const) {
			const list = r.links.introduced.filter((p) => p.kind === kind);
			if (list.length)
				out.push(
					`${label} (${list.length}):`,
					...capped(list, max, (p) => `- ${code(describeLink(p))}`),
					'',
				);
		}
	} else
		out.push(
			'No broken link, anchor or citation in the built pages that the base did not have.',
			'',
		);
	if (r.links.fixed.length)
		out.push(
			`Fixed (${r.links.fixed.length}):`,
			...capped(r.links.fixed, max, (p) => `- ${code(describeLink(p))}`),
			'',
		);

	out.push('### Changed pages', '');
	if (r.changed.length)
		out.push(
			`${plural(r.changed.length, 'page')} whose main text changed (markup-only changes are not counted), most words first:`,
			'',
			'| page | words |',
			'| --- | --- |',
			...r.changed
				.slice(0, max)
				.map((p) => `| ${text(p.title)} ${code(p.url)} | +${p.plus} −${p.minus} |`),
			...(r.changed.length > max ? [`| … and ${r.changed.length - max} more | |`] : []),
			'',
		);
	else out.push('No page’s text changed.', '');
	if (r.pages.added.length || r.pages.removed.length)
		out.push(
			`New pages: ${r.pages.added.length ? r.pages.added.slice(0, max).map(code).join(', ') : 'none'}. Pages gone: ${r.pages.removed.length ? r.pages.removed.slice(0, max).map(code).join(', ') : 'none'}.`,
			'',
		);

	out.push('### Search', '');
	const words = (list: string[]) =>
		list.length
			? list.slice(0, max * 4).join(', ') +
				(list.length > max * 4 ? `, … and ${list.length - max * 4} more` : '')
			: 'none';
	out.push(`- New words: ${words(r.words.added)}`, `- Lost words: ${words(r.words.lost)}`);
	if (r.indexed.base !== undefined && r.indexed.head !== undefined)
		out.push(`- Pages in the index: ${r.indexed.base} → ${r.indexed.head}`);
	out.push('');

	out.push('### Weight and build time', '');
	const w = r.weight;
	out.push('| | base | head | change |', '| --- | ---: | ---: | ---: |');
	for (const [part, label] of [
		['total', 'whole site'],
		['html', 'HTML pages'],
		['assets', 'CSS, JS, images (`_astro/`)'],
		['search', 'search index (`pagefind/`)'],
		['other', 'other files'],
	] as const)
		out.push(
			`| ${label} | ${kb(w.base[part])} | ${kb(w.head[part])} | ${signed(w.head[part] - w.base[part], kb)}${percent(w.base[part], w.head[part])} |`,
		);
	const { base: b, head: h } = r.buildMs;
	out.push(
		`| build time | ${b === undefined ? 'n/a' : `${(b / 1000).toFixed(1)} s`} | ${h === undefined ? 'n/a' : `${(h / 1000).toFixed(1)} s`} | ${b === undefined || h === undefined ? 'n/a' : `${signed(h - b, (n) => `${(n / 1000).toFixed(1)} s`)}${percent(b, h)}`} |`,
		'',
	);
	if (w.pages.length)
		out.push(
			'Largest page weight changes:',
			'',
			'| page | base | head | change |',
			'| --- | ---: | ---: | ---: |',
			...w.pages
				.slice(0, 10)
				.map(
					(p) =>
						`| ${code(p.url)} | ${p.base ? kb(p.base) : 'new'} | ${p.head ? kb(p.head) : 'gone'} | ${signed(p.head - p.base, kb)} |`,
				),
			'',
		);
	out.push(
		'<sub>Build times are one run each on a shared runner: differences under about 10 % are noise. Made by `npm run report:pr` (docs/pr-report.md).</sub>',
		'',
	);
	return out.join('\n');
}

/**
 * The report when the head did not build (content errors stop the build): the check's problems,
 * those on changed lines first, since nothing else can be compared.
 */
export function renderFailedHead(check: CheckProblem[], changed?: ChangedLines, max = 25): string {
	const onChanged = check.filter((p) => onChangedLine(p, changed));
	const elsewhere = check.filter((p) => !onChangedLine(p, changed));
	const line = (p: CheckProblem) =>
		`- ${code(`${p.file}:${p.line}:${p.column}`)} ${p.severity}: ${text(p.message)}`;
	const errors = check.filter((p) => p.severity === 'error').length;
	return [
		MARKER,
		'## What this change does to the site',
		'',
		errors
			? `**The head did not build**: the content check found ${plural(errors, 'error')}. Fix them (\`npm run check\` lists them in a second) and the full report follows on the next push.`
			: '**The head did not build**, and the content check found no error: the reason is in the build step of the workflow run.',
		'',
		...(onChanged.length
			? [
					'On lines this change touches (also annotated on the diff):',
					...capped(onChanged, max, line),
					'',
				]
			: []),
		...(elsewhere.length
			? [
					'Elsewhere (often files that point at something this change renamed or removed):',
					...capped(elsewhere, max, line),
					'',
				]
			: []),
		'<sub>Made by `npm run report:pr` (docs/pr-report.md).</sub>',
		'',
	].join('\n');
}
