import type { RawSegment, SourceFormat } from '../types.ts';
import { cleanParagraphs } from './clean.ts';
import { slugify } from '../../../src/lib/slug.ts';

const UNDERLINE = /^-{3,}\s*$/;
/** A question at the start of a line opens a new entry. */
const QUESTION = /^[A-Za-z].{3,200}\?\s*$/;

/** A heading's first eight words as an anchor. */
const slug = (text: string) => slugify(text).split('-').slice(0, 8).join('-');

/**
 * Question-and-answer notes with `-----` underlined headings: each heading or question opens
 * a segment, anchored by a slug of its words.
 */
export const notesFormat: SourceFormat = {
	name: 'notes',
	detect: (text) => (text.match(/^\S.*\r?\n-{3,}\s*$/gm) ?? []).length >= 2,
	parse(text) {
		const lines = text.split('\n');
		const entries: { heading: string; lines: string[] }[] = [];
		let current: { heading: string; lines: string[] } | undefined;
		lines.forEach((line, i) => {
			if (UNDERLINE.test(line)) return;
			const underlined = UNDERLINE.test(lines[i + 1] ?? '') && line.trim() !== '';
			if (underlined || QUESTION.test(line)) {
				current = { heading: line.trim(), lines: [] };
				entries.push(current);
			} else if (current) current.lines.push(line);
			else if (line.trim()) {
				current = { heading: 'Opening notes', lines: [line] };
				entries.push(current);
			}
		});
		const used = new Map<string, number>();
		return entries.map((entry): RawSegment => {
			const base = slug(entry.heading) || 'entry';
			const count = (used.get(base) ?? 0) + 1;
			used.set(base, count);
			const anchor = count === 1 ? base : `${base}-${count}`;
			return {
				anchor,
				label: entry.heading,
				heading: entry.heading,
				text: cleanParagraphs(entry.lines),
			};
		});
	},
};
