import path from 'node:path';

/**
 * Where content lives. Tests point `KB_CONTENT_DIR` at fixture trees; everything else uses
 * `content/` in the project root.
 */
export function contentRoot(): string {
	return path.resolve(process.env.KB_CONTENT_DIR ?? 'content');
}
