import type { RawSegment, SourceFormat } from '../types.ts';
import { cleanParagraphs } from './clean.ts';

/**
 * A bold one-word speaker label alone on its line (`**Kr**`) or followed by a colon
 * (`**K:** text`, `**Interviewee**: text`); `**Qualys** is …` is emphasis, not a speaker.
 */
const LABEL = /^\*\*([A-Za-z]{1,15})(?::\*\*|\*\*:|\*\*$)\s*(.*)$/;

/** Speaker-turn transcripts; each turn becomes a segment `turn-N`, speakers mapped to roles. */
export const interviewFormat: SourceFormat = {
	name: 'interview',
	detect: (text) => text.split('\n').filter((l) => LABEL.test(l.trim())).length >= 3,
	parse(text, options) {
		type Turn = { speaker: string; lines: string[]; inline: boolean };
		const turns: Turn[] = [];
		let current: Turn | undefined;
		for (const line of text.split('\n')) {
			const match = LABEL.exec(line.trim());
			const role = match ? options.roleOf(match[1]!) : undefined;
			if (match && role) {
				current = { speaker: role, lines: match[2] ? [match[2]] : [], inline: !!match[2] };
				turns.push(current);
				continue;
			}
			// A turn whose label shares its line ("**Interviewee**: yes.") ends at the first blank
			// line; unlabelled text after it is the other side of the conversation.
			if (current?.inline && !line.trim() && current.lines.length > 0) {
				current = undefined;
				continue;
			}
			if (!current) {
				if (!line.trim()) continue;
				current = { speaker: options.unlabelled ?? 'Unlabelled', lines: [], inline: false };
				turns.push(current);
			}
			current.lines.push(line);
		}
		const segments: RawSegment[] = [];
		for (const turn of turns) {
			const body = cleanParagraphs(turn.lines);
			if (!body) continue;
			const n = segments.length + 1;
			segments.push({ anchor: `turn-${n}`, label: `Turn ${n}`, speaker: turn.speaker, text: body });
		}
		return segments;
	},
};

/** Labels used at line starts, for the CLI's "unknown speaker label" check. */
export function speakerLabels(text: string): string[] {
	const found = new Set<string>();
	for (const line of text.split('\n')) {
		const match = LABEL.exec(line.trim());
		if (match) found.add(match[1]!);
	}
	return [...found];
}
