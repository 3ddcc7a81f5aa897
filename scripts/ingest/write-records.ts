import fs from 'node:fs';
import path from 'node:path';
import { isContentId } from '../../src/lib/slug.ts';
import { MAX_FILE_BYTES, ingestWorkDir } from '../../src/pipeline/files.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { IngestError } from './types.ts';
import { shown } from './yaml-file.ts';

/**
 * The records replace the old ones as a set, by swapping folders, never file by file:
 *
 * 1. A work folder is made beside the content tree, not in it (`.content-sources.ingest/` next
 *    to `content/`; the content reader never sees it). Making it is the lock; it holds the
 *    process id of its owner.
 * 2. `new/` in it gets a copy of content/sources/ with the new records written over it.
 * 3. `commit` is written (atomically): the new set is complete. This is the commit point.
 * 4. content/sources/ is renamed to `old/` in the work folder, and `new/` to content/sources/.
 * 5. The work folder is removed.
 *
 * A run killed before step 3 leaves content/sources/ as it was; after it, the old set until the
 * first rename, the new set after the second and, between the two, no content/sources/ at all
 * (never a mix: `npm run check` then fails on the missing sources). The next run first completes
 * a committed swap and discards one that was not (`recoverSources`), even if it fails itself.
 */
const reason = (error: unknown) =>
	(error as NodeJS.ErrnoException).code ?? (error as Error).message;

/** The work folder for `outDir`: beside the content tree that holds it, hidden (the check knows it too). */
export const workDirFor = (outDir: string): string => ingestWorkDir(outDir);

/** True when `file` is directly inside `dir`, compared part by part after resolving both. */
export function isDirectlyInside(dir: string, file: string): boolean {
	const relative = path.relative(path.resolve(dir), path.resolve(file));
	return (
		relative !== '' &&
		relative !== '..' &&
		!path.isAbsolute(relative) &&
		relative.split(/[\\/]/).length === 1
	);
}

/** Where the record of source `id` goes: `<outDir>/<id>.json`, for a content id only. */
export function recordPath(outDir: string, id: string): string {
	const target = path.resolve(outDir, `${id}.json`);
	if (!isContentId(id) || !isDirectlyInside(outDir, target))
		throw new IngestError(
			shown(target),
			`is outside ${shown(path.resolve(outDir))}: "${id}" is not a content id`,
			'ids are lower-case words joined by hyphens',
		);
	return target;
}

const exists = (file: string) => {
	try {
		fs.lstatSync(file);
		return true;
	} catch {
		return false;
	}
};

/** Writes a file and flushes it to disk, refusing to replace one. */
function writeDurably(file: string, data: string): void {
	const fd = fs.openSync(file, 'wx');
	try {
		fs.writeFileSync(fd, data);
		fs.fsyncSync(fd);
	} finally {
		fs.closeSync(fd);
	}
}

/** True when the process that wrote `owner` is still running. */
function ownerAlive(work: string): number | undefined {
	let pid: number;
	try {
		pid = Number(fs.readFileSync(path.join(work, 'owner'), 'utf8'));
	} catch {
		return undefined;
	}
	if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return undefined;
	try {
		process.kill(pid, 0);
		return pid;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : undefined;
	}
}

/**
 * Staging folders the previous writer left inside `outDir` (`.ingest-*`) when it was killed. In
 * its rename phase it had moved each replaced record to `<name>.old` there: then the staged
 * records still there are complete and are moved in (the run is completed); otherwise nothing
 * had been moved and the folder is dropped.
 */
function recoverLegacy(dir: string): string[] {
	if (!fs.existsSync(dir) || !fs.lstatSync(dir).isDirectory()) return [];
	const done: string[] = [];
	for (const name of fs.readdirSync(dir)) {
		const staging = path.join(dir, name);
		if (!name.startsWith('.ingest-') || !fs.lstatSync(staging).isDirectory()) continue;
		const files = fs.readdirSync(staging);
		if (files.some((f) => f.endsWith('.old')))
			for (const f of files.filter((f) => !f.endsWith('.old')))
				fs.renameSync(path.join(staging, f), path.join(dir, f));
		fs.rmSync(staging, { recursive: true, force: true });
		done.push(name);
	}
	return done;
}

/**
 * Completes or rolls back a write that was killed, and removes what it left; returns what was
 * done, or undefined when there was nothing to do. Every step is a rename or a removal that
 * leaves a state this function handles, so it may itself be killed and run again.
 */
export function recoverSources(outDir: string): string | undefined {
	const dir = path.resolve(outDir);
	const work = workDirFor(dir);
	const notes: string[] = [];
	try {
		const legacy = recoverLegacy(dir);
		if (legacy.length)
			notes.push(`removed ${legacy.join(', ')} left inside ${shown(dir)} by an interrupted run`);
		if (!exists(work)) return notes.length ? notes.join('; ') : undefined;
		const pid = ownerAlive(work);
		if (pid !== undefined)
			throw new IngestError(
				shown(work),
				`another ingest (process ${pid}) is writing ${shown(dir)}`,
				`wait for it to finish; if no ingest is running, delete ${shown(path.join(work, 'owner'))} and run again`,
			);
		const fresh = path.join(work, 'new');
		const old = path.join(work, 'old');
		if (exists(path.join(work, 'commit')) && exists(fresh)) {
			if (exists(dir)) fs.renameSync(dir, old);
			fs.renameSync(fresh, dir);
			notes.push(`completed an interrupted run: ${shown(dir)} holds the records it wrote`);
		} else if (!exists(dir) && exists(old)) {
			fs.renameSync(old, dir);
			notes.push(`rolled back an interrupted run: ${shown(dir)} is as it was`);
		} else if (exists(path.join(work, 'commit'))) {
			notes.push(`cleaned up after an interrupted run whose records were in place`);
		} else {
			notes.push(`discarded an interrupted run that had not replaced ${shown(dir)}`);
		}
		fs.rmSync(work, { recursive: true, force: true });
	} catch (error) {
		if (error instanceof IngestError) throw error;
		throw new IngestError(
			shown(work),
			`cannot finish an interrupted run (${reason(error)})`,
			'check the permissions of the content folder and the folder that holds it',
		);
	}
	return notes.join('; ');
}

/**
 * Writes every record, or none (see above): every record is checked first (its path inside
 * `outDir`, nothing in its way, valid against the site's schema, within the content size limit),
 * then the set is swapped in. If any step fails, `outDir` is byte-identical to before and the
 * error names the file and the cause. Files in `outDir` that are not replaced are kept.
 */
export function writeRecords(records: ReadonlyMap<string, string>, outDir: string): void {
	const dir = path.resolve(outDir);
	recoverSources(dir);
	for (const [target, json] of records) {
		if (!isDirectlyInside(dir, target))
			throw new IngestError(
				shown(path.resolve(target)),
				`is outside ${shown(dir)}`,
				'a record is written only as <id>.json directly in content/sources/',
			);
		if (exists(target) && !fs.lstatSync(target).isFile())
			throw new IngestError(
				target,
				'is in the way: a folder or link where the record goes',
				'move it away and run ingest again',
			);
		const bytes = Buffer.byteLength(json);
		if (bytes > MAX_FILE_BYTES)
			throw new IngestError(
				target,
				`would be ${(bytes / 1024 / 1024).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit for content`,
				'split the raw file into parts, each with an id of its own',
			);
		const check = sourceSchema.safeParse(JSON.parse(json));
		if (!check.success)
			throw new IngestError(
				target,
				`would not be a valid source record (${check.error.issues[0]!.path.join('.')}: ${check.error.issues[0]!.message})`,
				'this is a bug in ingest or sources.yaml; nothing was replaced',
			);
	}
	if (exists(dir) && !fs.lstatSync(dir).isDirectory())
		throw new IngestError(
			shown(dir),
			'is not a folder (a file or a link)',
			'content folders must be real folders: move it away and run ingest again',
		);
	const work = workDirFor(dir);
	try {
		fs.mkdirSync(path.dirname(dir), { recursive: true });
		fs.mkdirSync(work);
	} catch (error) {
		throw new IngestError(
			shown(work),
			(error as NodeJS.ErrnoException).code === 'EEXIST'
				? 'another ingest is writing the records'
				: `cannot write here (${reason(error)})`,
			'wait for it to finish, or check the permissions of the folder that holds the content folder',
		);
	}
	const fresh = path.join(work, 'new');
	const old = path.join(work, 'old');
	try {
		fs.writeFileSync(path.join(work, 'owner'), `${process.pid}\n`);
		if (exists(dir))
			fs.cpSync(dir, fresh, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
		else fs.mkdirSync(fresh);
		for (const [target, json] of records) {
			const staged = path.join(fresh, path.basename(target));
			fs.rmSync(staged, { force: true });
			writeDurably(staged, json);
		}
		writeDurably(path.join(work, 'commit.tmp'), 'the new set in new/ is complete\n');
		fs.renameSync(path.join(work, 'commit.tmp'), path.join(work, 'commit'));
	} catch (error) {
		fs.rmSync(work, { recursive: true, force: true });
		throw new IngestError(
			shown(dir),
			`the new records cannot be written (${reason(error)})`,
			'check free disk space and permissions',
		);
	}
	try {
		if (exists(dir)) fs.renameSync(dir, old);
		fs.renameSync(fresh, dir);
	} catch (error) {
		// Nothing is lost: put the old set back if it was moved, and drop the new one.
		if (!exists(dir) && exists(old)) fs.renameSync(old, dir);
		fs.rmSync(work, { recursive: true, force: true });
		throw new IngestError(
			shown(dir),
			`cannot be replaced (${reason(error)})`,
			`check the permissions of ${shown(path.dirname(dir))} and of the folder beside it that ingest swaps through (${shown(work)}, on the same disk)`,
		);
	}
	fs.rmSync(old, { recursive: true, force: true });
	fs.rmSync(work, { recursive: true, force: true });
}
