import fs from 'node:fs';
import path from 'node:path';
import { displayPath, error, warning, type Diagnostic } from '../lib/diagnostics.ts';
import { contentId, isContentId } from '../lib/slug.ts';
import { positionAt } from './position.ts';

/** The folders of a content tree and the file types each holds. */
export const CONTENT_KINDS = {
	notes: ['.mdx'],
	glossary: ['.yaml', '.yml'],
	paths: ['.yaml', '.yml'],
	sources: ['.json'],
	diagrams: ['.yaml', '.yml'],
} as const;
export type ContentKind = keyof typeof CONTENT_KINDS;

/** One content file, read and decoded, with the id every part of the site knows it by. */
export interface ContentFile {
	kind: ContentKind;
	/** File name without extension: the slug of a note, the id of a term, source, path or diagram. */
	id: string;
	/** Repo-relative path with forward slashes, for messages and "Edit this page". */
	file: string;
	text: string;
}

/** Content files larger than this are refused: no note or record needs more, and a huge file would stall the build. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Offset of the first byte that does not start or continue a UTF-8 sequence, for the error message. */
function firstInvalidByte(bytes: Uint8Array): number {
	for (let i = 0; i < bytes.length;) {
		const b = bytes[i]!;
		const tail =
			b < 0x80
				? 0
				: b >= 0xc2 && b <= 0xdf
					? 1
					: b >= 0xe0 && b <= 0xef
						? 2
						: b >= 0xf0 && b <= 0xf4
							? 3
							: -1;
		if (tail < 0) return i;
		for (let k = 1; k <= tail; k++) if ((bytes[i + k] ?? 0) >> 6 !== 0b10) return i;
		i += tail + 1;
	}
	return 0;
}

function decode(bytes: Uint8Array, file: string, diagnostics: Diagnostic[]): string | undefined {
	try {
		return decoder.decode(bytes).replace(/^\uFEFF/, '');
	} catch {
		const offset = firstInvalidByte(bytes);
		const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
		diagnostics.push(
			error({
				file,
				...positionAt(before, before.length),
				message: `not valid UTF-8 (byte ${offset + 1} is 0x${bytes[offset]!.toString(16).padStart(2, '0')})`,
				hint: 'save the file as UTF-8 in your editor; curly quotes and dashes pasted from a word processor are the usual cause',
			}),
		);
		return undefined;
	}
}

/**
 * The work folder `npm run ingest` swaps a content folder's records through
 * (scripts/ingest/write-records.ts): beside the content tree, hidden, so the reader never sees it.
 * `content/sources` → `.content-sources.ingest`.
 */
export function ingestWorkDir(recordsDir: string): string {
	const dir = path.resolve(recordsDir);
	const content = path.dirname(dir);
	return path.join(
		path.dirname(content),
		`.${path.basename(content)}-${path.basename(dir)}.ingest`,
	);
}

/**
 * An ingest that is running or was killed leaves its work folder; killed between its two renames,
 * it also leaves no `sources/` folder at all. Either is one line saying what to do (the next
 * ingest completes or discards the swap), not a cascade of "unknown source" errors.
 */
function interruptedIngest(root: string): { diagnostic: Diagnostic; missing: boolean } | undefined {
	const sources = path.join(root, 'sources');
	const work = ingestWorkDir(sources);
	if (!fs.existsSync(work)) return undefined;
	const missing = !fs.existsSync(sources);
	return {
		missing,
		diagnostic: error({
			file: displayPath(missing ? sources : work),
			line: 0,
			column: 0,
			message: missing
				? `missing: an interrupted \`npm run ingest\` was swapping it with ${displayPath(work)}/`
				: 'left by an interrupted `npm run ingest` (or one still running): the records may be about to change',
			hint: 'run `npm run ingest` again: it completes or undoes the swap and removes the folder; then check again',
		}),
	};
}

/**
 * Reads every content file under `root`, refusing what the site must never publish: symbolic
 * links (they could pull in a file from outside the repository), file names that are not ids,
 * two files with one id, oversized files and bytes that are not UTF-8. Everything the build
 * publishes comes through here, so the check and the build always see the same files.
 */
export function readContentFiles(root: string, diagnostics: Diagnostic[]): ContentFile[] {
	const files: ContentFile[] = [];
	if (!fs.existsSync(root)) {
		diagnostics.push(
			error({
				file: displayPath(root),
				line: 0,
				column: 0,
				message: 'content folder not found',
				hint: 'run from the project root, or point KB_CONTENT_DIR at a content tree',
			}),
		);
		return files;
	}
	const interrupted = interruptedIngest(root);
	if (interrupted) {
		diagnostics.push(interrupted.diagnostic);
		if (interrupted.missing) return files;
	}
	const realRoot = fs.realpathSync(root);
	for (const entry of fs.readdirSync(realRoot, { withFileTypes: true })) {
		if (entry.name.startsWith('.') || entry.name in CONTENT_KINDS) continue;
		diagnostics.push(
			warning({
				file: displayPath(path.join(realRoot, entry.name)),
				line: 0,
				column: 0,
				message: 'not part of the content tree: ignored',
				hint: `content/ holds ${Object.keys(CONTENT_KINDS).join(', ')}`,
			}),
		);
	}
	for (const kind of Object.keys(CONTENT_KINDS) as ContentKind[]) {
		const seen = new Map<string, string>();
		for (const absolute of walk(path.join(realRoot, kind), diagnostics)) {
			const file = displayPath(absolute);
			const extension = path.extname(absolute).toLowerCase();
			const allowed: readonly string[] = CONTENT_KINDS[kind];
			if (!allowed.includes(extension)) {
				const hint =
					kind === 'notes' && extension === '.md'
						? 'notes are MDX: rename it to .mdx'
						: `${kind}/ holds ${allowed.join(' or ')} files`;
				diagnostics.push(
					(kind === 'notes' && extension === '.md' ? error : warning)({
						file,
						line: 0,
						column: 0,
						message: `not a ${kind} file: ignored`,
						hint,
					}),
				);
				continue;
			}
			const name = path.basename(absolute, path.extname(absolute));
			if (!isContentId(name)) {
				diagnostics.push(
					error({
						file,
						line: 0,
						column: 0,
						message: `file name "${path.basename(absolute)}" is not an id`,
						hint: `ids are lower-case words joined by hyphens, and become URLs: rename it to ${contentId(name) || 'a name with letters'}${extension}`,
					}),
				);
				continue;
			}
			const other = seen.get(name);
			if (other) {
				diagnostics.push(
					error({
						file,
						line: 0,
						column: 0,
						message: `the id "${name}" is also used by ${other}`,
						hint: `file names are unique across all folders of ${kind}/; rename one`,
					}),
				);
				continue;
			}
			seen.set(name, file);
			const size = fs.statSync(absolute).size;
			if (size > MAX_FILE_BYTES) {
				diagnostics.push(
					error({
						file,
						line: 0,
						column: 0,
						message: `file is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit for content`,
						hint: 'split it, or keep large material outside content/',
					}),
				);
				continue;
			}
			const text = decode(fs.readFileSync(absolute), file, diagnostics);
			if (text !== undefined) files.push({ kind, id: name, file, text });
		}
	}
	return files;
}

/** Regular files under `dir`, sorted; symbolic links are reported, never followed. */
function walk(dir: string, diagnostics: Diagnostic[]): string[] {
	if (!fs.existsSync(dir)) return [];
	const found: string[] = [];
	const visit = (folder: string) => {
		for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
			const absolute = path.join(folder, entry.name);
			if (entry.name.startsWith('.')) continue;
			if (entry.isSymbolicLink()) {
				let target = '(unreadable)';
				try {
					target = fs.readlinkSync(absolute);
				} catch {}
				diagnostics.push(
					error({
						file: displayPath(absolute),
						line: 0,
						column: 0,
						message: `symbolic link to ${target}: refused`,
						hint: 'content must be real files: a link can publish a file from outside the repository. Replace the link with the file itself',
					}),
				);
			} else if (entry.isDirectory()) visit(absolute);
			else if (entry.isFile()) found.push(absolute);
		}
	};
	if (fs.lstatSync(dir).isSymbolicLink()) {
		diagnostics.push(
			error({
				file: displayPath(dir),
				line: 0,
				column: 0,
				message: 'symbolic link: refused',
				hint: 'content folders must be real folders inside content/',
			}),
		);
		return [];
	}
	visit(dir);
	return found.sort();
}
