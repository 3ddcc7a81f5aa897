import type { RawSegment, SourceFormat } from '../types.ts';

const SLIDE_START = /^ {1,4}(\d+)\. @\S+/;

/**
 * Slide text as exported by a slide-sharing site: `  N. @author author`, the slide's text,
 * then `View Slide`. Diagrams are gone; only their labels remain.
 */
export const slidesFormat: SourceFormat = {
	name: 'slides',
	detect: (text) =>
		(text.match(/^ {1,4}\d+\. @\S+/gm) ?? []).length >= 3 && text.includes('View Slide'),
	parse(text) {
		const segments: RawSegment[] = [];
		let number: number | undefined;
		let lines: string[] = [];
		const close = () => {
			if (number === undefined) return;
			// The slide's own page number is printed as a lone line; it says nothing.
			const content = lines.map((l) => l.trim()).filter((l) => l && l !== String(number));
			const heading = content.find((l) => /[a-z]{3}/i.test(l)) ?? `Slide ${number}`;
			segments.push({
				anchor: `slide-${number}`,
				label: `Slide ${number}`,
				heading,
				text: content.join('\n'),
			});
			number = undefined;
			lines = [];
		};
		for (const line of text.split('\n')) {
			const start = SLIDE_START.exec(line);
			if (start) {
				close();
				number = Number(start[1]);
			} else if (line.trim() === 'View Slide') {
				close();
			} else if (number !== undefined) {
				lines.push(line);
			}
		}
		close();
		return segments;
	},
};
