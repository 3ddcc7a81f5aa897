import path from 'node:path';

/** A problem found in content, positioned so editors can jump to it. */
export interface Diagnostic {
	/** Repo-relative path of the file at fault. */
	file: string;
	/** 1-based line and column; 0 when the problem concerns the whole file. */
	line: number;
	column: number;
	message: string;
	/** What to do about it. */
	hint?: string;
	severity: 'error' | 'warning';
}

/** An error at a place; the content check fails on it. */
export const error = (d: Omit<Diagnostic, 'severity'>): Diagnostic => ({ ...d, severity: 'error' });
/** A warning at a place; reported, but the check still passes. */
export const warning = (d: Omit<Diagnostic, 'severity'>): Diagnostic => ({
	...d,
	severity: 'warning',
});

/** `file:line:col  message  (hint)`, the shape editors and CI annotate from. */
export function formatDiagnostic(d: Diagnostic): string {
	const where = `${d.file}:${d.line}:${d.column}`;
	const label = d.severity === 'warning' ? 'warning: ' : '';
	return `${where}  ${label}${d.message}${d.hint ? `  (${d.hint})` : ''}`;
}

/** Orders diagnostics by file, then position, so reports read top to bottom. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
	return [...list].sort(
		(a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
	);
}

/** Thrown when content has errors; its message lists every one of them. */
export class ContentError extends Error {
	readonly diagnostics: Diagnostic[];
	readonly hint =
		'Fix the files listed above; `npm run check` lists them again in a second, without building.';
	constructor(diagnostics: readonly Diagnostic[]) {
		const errors = sortDiagnostics(diagnostics.filter((d) => d.severity === 'error'));
		super(
			`${errors.length} content error${errors.length === 1 ? '' : 's'}:\n${errors.map(formatDiagnostic).join('\n')}`,
		);
		this.name = 'ContentError';
		this.diagnostics = errors;
		// The problem is in content, not in code: a stack trace would only bury the list.
		this.stack = '';
	}
}

/** Repo-relative path with forward slashes, for messages. */
export function displayPath(file: string, root = process.cwd()): string {
	return path.relative(root, file).split(path.sep).join('/');
}
