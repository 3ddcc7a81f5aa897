import { didYouMean } from '../lib/closest.ts';
import { slugify } from '../lib/slug.ts';
import type { Segment } from '../schemas/source.ts';
import type { SourceFile } from './read.ts';
import { findQuote } from './evidence.ts';

export type AnchorResult =
	{ ok: true; segment: Segment } | { ok: false; message: string; hint: string };

const TIMESTAMP = /^\d{2}:\d{2}:\d{2}$/;

/** How a citation's `at` names a segment: its time, "slide N", "turn N", or its anchor. */
export function citeAt(segment: Segment): string {
	if (TIMESTAMP.test(segment.label)) return segment.label;
	const numbered = /^(slide|turn)-(\d+)$/.exec(segment.anchor);
	return numbered ? `${numbered[1]} ${numbered[2]}` : segment.anchor;
}

const seconds = (stamp: string) =>
	stamp.split(':').reduce((total, part) => total * 60 + Number(part), 0);
/** How far past the start of the last transcript segment a timestamp may point. */
const LAST_SEGMENT_SPAN = 180;

function near(source: SourceFile, index: number): string {
	const around = source.data.segments
		.slice(Math.max(0, index - 1), index + 2)
		.map((s) => `"${s.label}"`);
	return `nearest valid positions: ${around.join(', ')}`;
}

/**
 * Finds the segment a citation's `at` points to: `HH:MM:SS` (the transcript segment covering
 * that moment), `slide N`, `turn N`, or a segment anchor or heading.
 */
export function resolveAnchor(source: SourceFile, at: string): AnchorResult {
	const segments = source.data.segments;
	const wanted = at.trim();
	const stamp = /^(\d{1,2}):(\d{2}):(\d{2})$/.exec(wanted);
	if (stamp) {
		const timed = segments.filter((s) => /^\d{2}:\d{2}:\d{2}$/.test(s.label));
		if (timed.length === 0)
			return {
				ok: false,
				message: `source "${source.id}" has no timestamps`,
				hint: `cite it by anchor, e.g. "${segments[0]!.anchor}"`,
			};
		const t = seconds(wanted);
		let index = -1;
		timed.forEach((s, i) => {
			if (seconds(s.label) <= t) index = i;
		});
		const last = timed[timed.length - 1]!;
		if (
			index === -1 ||
			(index === timed.length - 1 && t > seconds(last.label) + LAST_SEGMENT_SPAN)
		) {
			return {
				ok: false,
				message: `no transcript segment at ${wanted} in "${source.id}"`,
				hint: `the transcript runs from ${timed[0]!.label} to about ${last.label}`,
			};
		}
		return { ok: true, segment: timed[index]! };
	}
	// Minutes and seconds alone ("26:25"): the documented form is HH:MM:SS.
	const short = /^(\d{1,2}):(\d{2})$/.exec(wanted);
	if (short && segments.some((s) => TIMESTAMP.test(s.label))) {
		const full = `00:${short[1]!.padStart(2, '0')}:${short[2]}`;
		return {
			ok: false,
			message: `"${at}" is not a position in "${source.id}": times are written HH:MM:SS`,
			hint: `write at="${full}"`,
		};
	}
	const numbered = /^(slide|turn)\s*-?\s*(\d+)$/i.exec(wanted);
	const anchor = numbered
		? `${numbered[1]!.toLowerCase()}-${numbered[2]}`
		: /^\d+$/.test(wanted)
			? `slide-${wanted}`
			: wanted;
	const slugged = slugify(anchor);
	const index = segments.findIndex(
		(s) =>
			s.anchor === anchor ||
			s.anchor === slugged ||
			s.heading?.toLowerCase() === wanted.toLowerCase(),
	);
	if (index !== -1) return { ok: true, segment: segments[index]! };
	const number = numbered ? Number(numbered[2]) : NaN;
	const kin = numbered
		? segments.findIndex(
				(s) =>
					s.anchor.startsWith(`${numbered[1]!.toLowerCase()}-`) &&
					Number(s.anchor.split('-')[1]) >= number,
			)
		: -1;
	return {
		ok: false,
		message: `unknown position "${at}" in source "${source.id}"`,
		hint:
			kin !== -1
				? near(source, kin)
				: numbered
					? near(source, segments.length - 1)
					: didYouMean(
							slugged,
							segments.map((s) => s.anchor),
							`use an anchor such as "${citeAt(segments[0]!)}"`,
							(a) => `"${citeAt(segments.find((s) => s.anchor === a)!)}"`,
						),
	};
}

/** True when `quote` occurs in the segment's cleaned reading or its recorded text (see `findQuote`). */
export function quoteOccurs(segment: Segment, quote: string): boolean {
	return [segment.reading, segment.text].some(
		(text) => text !== undefined && findQuote(text, quote) !== undefined,
	);
}
