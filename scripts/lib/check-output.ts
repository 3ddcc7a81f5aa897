/**
 * Reads what `npm run check` printed (`file:line:col  [warning: ]message  (hint)`, see
 * src/lib/diagnostics.ts) and what `git diff -U0` printed, and turns the problems on the lines a
 * change touched into GitHub workflow commands (`::error file=…,line=…,col=…::message`).
 */
export interface CheckProblem {
	file: string;
	line: number;
	column: number;
	severity: 'error' | 'warning';
	/** The message with its hint, as printed. */
	message: string;
}

const LINE = /^(\S+?):(\d+):(\d+) {2}(?:(warning|error): )?(.+)$/;

/** The problems in a check run's output; the summary and any other line are skipped. */
export function parseCheckOutput(text: string): CheckProblem[] {
	return text.split(/\r?\n/).flatMap((line) => {
		const m = LINE.exec(line);
		return m
			? [
					{
						file: m[1]!,
						line: Number(m[2]),
						column: Number(m[3]),
						severity: m[4] === 'warning' ? ('warning' as const) : ('error' as const),
						message: m[5]!.trim(),
					},
				]
			: [];
	});
}

/** For each file a diff adds to or changes, the line numbers (in the new file) it touches. */
export type ChangedLines = Map<string, Set<number>>;

/** The changed lines of a unified diff (best with `git diff -U0`; context lines are not counted). */
export function parseDiff(text: string): ChangedLines {
	const changed: ChangedLines = new Map();
	let lines: Set<number> | undefined;
	let next = 0;
	// Lines still to come in the current hunk, old and new side: a removed line that starts with
	// "--" or an added one that starts with "++" is content, not a file header.
	let old = 0;
	let added = 0;
	for (const line of text.split(/\r?\n/)) {
		if (old > 0 || added > 0) {
			if (line.startsWith('+')) {
				lines?.add(next++);
				added--;
			} else if (line.startsWith('-')) old--;
			else if (line.startsWith(' ')) {
				next++;
				old--;
				added--;
			}
			continue;
		}
		const hunk = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
		if (hunk) {
			old = Number(hunk[1] ?? 1);
			next = Number(hunk[2]);
			added = Number(hunk[3] ?? 1);
		} else if (line.startsWith('+++ ')) {
			const name = line.slice(4).trim();
			lines = name === '/dev/null' ? undefined : new Set();
			if (lines) changed.set(name.replace(/^b\//, ''), lines);
		}
	}
	return changed;
}

/**
 * Whether a problem sits on a line the change touched: a problem about a whole file (line 0)
 * counts when the file changed at all. With no diff, every problem counts.
 */
export function onChangedLine(problem: CheckProblem, changed?: ChangedLines): boolean {
	if (!changed) return true;
	const lines = changed.get(problem.file);
	return lines !== undefined && (problem.line === 0 || lines.has(problem.line));
}

const escapeData = (s: string) =>
	s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One GitHub workflow command per problem, which GitHub shows on that line of the diff. */
export function annotation(p: CheckProblem): string {
	const where = [`file=${escapeProperty(p.file)}`];
	if (p.line > 0) where.push(`line=${p.line}`, `col=${Math.max(p.column, 1)}`);
	where.push(`title=${escapeProperty('npm run check')}`);
	return `::${p.severity} ${where.join(',')}::${escapeData(p.message)}`;
}
