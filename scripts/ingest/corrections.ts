/** Fixes known transcription errors: whole words, case-insensitive, written as configured. */
export function applyCorrections(text: string, corrections: Record<string, string>): string {
	let out = text;
	for (const [wrong, right] of Object.entries(corrections)) {
		out = out.replace(new RegExp(`\\b${wrong.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gi'), right);
	}
	return out;
}
