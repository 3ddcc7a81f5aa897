import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** When each file under a folder last changed, read from git in one pass. */
export interface LastUpdated {
	/** Date of the last commit touching the file, or undefined when git cannot tell. */
	get(file: string): Date | undefined;
	/** True when the clone is shallow, so history before its boundary is missing. */
	shallow: boolean;
}

function git(args: string[], cwd: string): string | undefined {
	try {
		return execFileSync('git', args, {
			cwd,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
			maxBuffer: 256 * 1024 * 1024,
		});
	} catch {
		return undefined;
	}
}

/**
 * Reads `git log` once for `dir`. In a shallow clone the oldest commit present stands for all
 * the history cut off behind it, so files last seen there get no date rather than a wrong one.
 * Files with uncommitted changes are dated by their modification time.
 */
export function lastUpdated(dir: string): LastUpdated {
	const top = git(['rev-parse', '--show-toplevel'], dir)?.trim();
	if (!top) return { get: () => undefined, shallow: false };
	const shallow = git(['rev-parse', '--is-shallow-repository'], top)?.trim() === 'true';
	const boundary = new Set(
		shallow
			? fs
					.readFileSync(path.join(top, '.git', 'shallow'), 'utf8')
					.split('\n')
					.filter(Boolean)
			: [],
	);
	const dates = new Map<string, Date | undefined>();
	const log =
		git(
			[
				'log',
				'--format=@%H %cI',
				'--name-only',
				'--no-renames',
				'--',
				path.relative(top, dir) || '.',
			],
			top,
		) ?? '';
	let current: { hash: string; date: Date } | undefined;
	for (const line of log.split('\n')) {
		if (line.startsWith('@')) {
			const [hash, iso] = line.slice(1).split(' ') as [string, string];
			current = { hash, date: new Date(iso) };
		} else if (line && current && !dates.has(line)) {
			dates.set(line, boundary.has(current.hash) ? undefined : current.date);
		}
	}
	const dirty = new Set(
		(git(['status', '--porcelain', '--', path.relative(top, dir) || '.'], top) ?? '')
			.split('\n')
			.filter(Boolean)
			.map((l) => l.slice(3)),
	);
	return {
		shallow,
		get(file) {
			const relative = path.relative(top, path.resolve(file)).split(path.sep).join('/');
			if (dirty.has(relative) || !dates.has(relative))
				return fs.existsSync(file) ? fs.statSync(file).mtime : undefined;
			return dates.get(relative);
		},
	};
}
