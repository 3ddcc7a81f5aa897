import { escapeRegExp } from '../../src/lib/regexp.ts';

/** Fixes known transcription errors: whole words, case-insensitive, written as configured. */
export function applyCorrections(text: string, corrections: Record<string, string>): string {
	let out = text;
	for (const [wrong, right] of Object.entries(corrections)) {
		out = out.replace(new RegExp(`\\b${escapeRegExp(wrong)}\\b`, 'gi'), right);
	}
	return out;
}
