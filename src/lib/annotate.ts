/** A stretch of text, and what the recording said instead when it is a correction. */
export interface Piece {
	text: string;
	was?: string;
}

/** A run of pieces, highlighted with an id when it is cited evidence. */
export interface Run {
	mark?: string;
	pieces: Piece[];
}

interface Span {
	start: number;
	end: number;
}

/**
 * Splits a segment's reading into runs for display: the cited stretches (`marks`, which do not
 * overlap) become highlighted runs with their ids, and each correction (`fixes`) a piece that
 * also shows what the recording said.
 */
export function annotate(
	text: string,
	marks: readonly (Span & { id: string })[],
	fixes: readonly (Span & { was: string })[],
): Run[] {
	const pieces = (from: number, to: number): Piece[] => {
		const out: Piece[] = [];
		let at = from;
		for (const fix of fixes) {
			const start = Math.max(fix.start, from);
			const end = Math.min(fix.end, to);
			if (start >= end) continue;
			if (start > at) out.push({ text: text.slice(at, start) });
			out.push({ text: text.slice(start, end), was: fix.was });
			at = end;
		}
		if (at < to) out.push({ text: text.slice(at, to) });
		return out;
	};
	const runs: Run[] = [];
	let at = 0;
	for (const mark of [...marks].sort((a, b) => a.start - b.start)) {
		if (mark.start > at) runs.push({ pieces: pieces(at, mark.start) });
		runs.push({ mark: mark.id, pieces: pieces(mark.start, mark.end) });
		at = mark.end;
	}
	if (at < text.length) runs.push({ pieces: pieces(at, text.length) });
	return runs;
}
