import path from 'node:path';

/** True when `file` is `root` or lies inside it (not a sibling that merely shares a name prefix). */
export function isInside(root: string, file: string): boolean {
	const relative = path.relative(path.resolve(root), path.resolve(file));
	return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
