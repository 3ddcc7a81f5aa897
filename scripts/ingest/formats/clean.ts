/**
 * Joins raw lines into paragraphs: markdown emphasis stripped, runs of spaces folded, blank
 * lines kept as paragraph breaks (one at most).
 */
export function cleanParagraphs(lines: readonly string[]): string {
	const paragraphs: string[] = [];
	let current: string[] = [];
	for (const raw of lines) {
		const line = raw
			.replace(/\*{2,}/g, '')
			.replace(/\s+/g, ' ')
			.trim();
		if (line) current.push(line);
		else if (current.length) {
			paragraphs.push(current.join('\n'));
			current = [];
		}
	}
	if (current.length) paragraphs.push(current.join('\n'));
	return paragraphs.join('\n\n');
}
