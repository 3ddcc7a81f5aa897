/** Shortens text to about `max` characters at a word boundary, for previews and excerpts. */
export function previewText(text: string, max = 280): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	if (flat.length <= max) return flat;
	const cut = flat.slice(0, max);
	return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:.]$/, '')}…`;
}

/**
 * An excerpt around `[start, end)` of `text`: a little context before and after (cut at word
 * boundaries, with "…" where cut) and the stretch itself, shortened if very long. For citation
 * previews and source lists that show the supporting words in their place.
 */
export function excerptAround(
	text: string,
	start: number,
	end: number,
	max = 280,
): { before: string; match: string; after: string } {
	const flat = (s: string) => s.replace(/\s+/g, ' ');
	const match = previewText(text.slice(start, end), Math.min(max, 220));
	const room = Math.max(0, max - match.length);
	const beforeRaw = flat(text.slice(Math.max(0, start - Math.floor(room / 2)), start));
	const afterRaw = flat(text.slice(end, end + Math.ceil(room / 2)));
	const before =
		start - Math.floor(room / 2) > 0
			? `…${beforeRaw.slice(beforeRaw.indexOf(' ') + 1)}`
			: beforeRaw.trimStart();
	const after =
		end + Math.ceil(room / 2) < text.length
			? `${afterRaw.slice(0, Math.max(0, afterRaw.lastIndexOf(' ')))}…`
			: afterRaw.trimEnd();
	return { before, match, after };
}
