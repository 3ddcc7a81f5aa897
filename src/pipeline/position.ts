/** A 1-based line and column in a file. */
export interface Position {
	line: number;
	column: number;
}

/** Line and column of an offset in `text`, both 1-based. */
export function positionAt(text: string, offset: number): Position {
	let line = 1;
	let lineStart = 0;
	for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
		line++;
		lineStart = i + 1;
	}
	return { line, column: offset - lineStart + 1 };
}
