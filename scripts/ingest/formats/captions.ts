import type { RawSegment, SourceFormat } from '../types.ts';

const LINE = /^(\d{2}):(\d{2}):(\d{2}) \[(\w+)\] (.*)$/;
/** A segment closes once it holds this many characters, or at a pause or a track change. */
const SEGMENT_CHARS = 420;
const PAUSE_SECONDS = 25;
/** How many recent lines a repeat is looked for in (caption tracks re-send lines shortly after). */
const REPEAT_WINDOW = 14;

interface Caption {
	seconds: number;
	stamp: string;
	track: string;
	text: string;
}

const words = (text: string) =>
	text
		.toLowerCase()
		.replace(/[^a-z0-9 ]+/g, ' ')
		.split(/\s+/)
		.filter(Boolean);

/** True when `line` repeats something already kept: the same words, or mostly the same words. */
function isRepeat(line: string[], recent: string[][]): boolean {
	if (line.length === 0) return true;
	const joined = line.join(' ');
	return recent.some((earlier) => {
		const other = earlier.join(' ');
		if (other.includes(joined)) return true;
		const set = new Set(earlier);
		const shared = line.filter((w) => set.has(w)).length;
		return line.length >= 4 && shared / line.length >= 0.8 && shared / earlier.length >= 0.6;
	});
}

/**
 * Reads the first "Transcription for …" section only: the file carries the whole talk twice
 * (two caption tracks), and within a track the captioner re-sends lines with small changes.
 */
function captions(text: string): Caption[] {
	const sections = text.split(/^Transcription for .*$/m);
	const first = sections.length > 1 ? sections[1]! : text;
	const kept: Caption[] = [];
	const recent: string[][] = [];
	for (const raw of first.split('\n')) {
		const match = LINE.exec(raw.trim());
		if (!match) continue;
		const [, h, m, s, track, body] = match as unknown as [
			string,
			string,
			string,
			string,
			string,
			string,
		];
		const tokens = words(body);
		if (isRepeat(tokens, recent)) continue;
		recent.push(tokens);
		if (recent.length > REPEAT_WINDOW) recent.shift();
		kept.push({
			seconds: Number(h) * 3600 + Number(m) * 60 + Number(s),
			stamp: `${h}:${m}:${s}`,
			track,
			text: body.trim(),
		});
	}
	return kept;
}

export const captionsFormat: SourceFormat = {
	name: 'captions',
	detect: (text) => (text.match(/^\d{2}:\d{2}:\d{2} \[\w+\] /gm) ?? []).length >= 5,
	parse(text, options) {
		const segments: RawSegment[] = [];
		let current: { first: Caption; lines: string[]; track: string } | undefined;
		let previous: Caption | undefined;
		const used = new Set<string>();
		const close = () => {
			if (!current) return;
			let anchor = `t-${current.first.stamp.replaceAll(':', '-')}`;
			for (let n = 2; used.has(anchor); n++)
				anchor = `t-${current.first.stamp.replaceAll(':', '-')}-${n}`;
			used.add(anchor);
			const heading = segments.every((s) => s.heading !== options.trackHeadings[current!.track])
				? options.trackHeadings[current.track]
				: undefined;
			segments.push({
				anchor,
				label: current.first.stamp,
				...(heading ? { heading } : {}),
				text: current.lines.join(' '),
			});
			current = undefined;
		};
		for (const caption of captions(text)) {
			const pause = previous && caption.seconds - previous.seconds > PAUSE_SECONDS;
			if (
				current &&
				(caption.track !== current.track ||
					pause ||
					current.lines.join(' ').length >= SEGMENT_CHARS)
			)
				close();
			current ??= { first: caption, lines: [], track: caption.track };
			current.lines.push(caption.text);
			previous = caption;
		}
		close();
		return segments;
	},
};
