import fs from 'node:fs';
import path from 'node:path';
import { sourceSchema } from '../../src/schemas/source.ts';
import { IngestError } from './types.ts';

const reason = (error: unknown) =>
	(error as NodeJS.ErrnoException).code ?? (error as Error).message;

/**
 * Writes every record, or none: each is written to a staging folder inside `outDir` and
 * validated against the site's schema, then moved into place with a rename. If any step fails,
 * the files already moved are put back, so `outDir` is byte-identical to before and the error
 * names the file and the cause. The staging folder starts with a dot, which the content reader
 * ignores.
 */
export function writeRecords(records: ReadonlyMap<string, string>, outDir: string): void {
	try {
		fs.mkdirSync(outDir, { recursive: true });
	} catch (error) {
		throw new IngestError(
			outDir,
			`cannot create the folder (${reason(error)})`,
			'check the path and its permissions',
		);
	}
	for (const target of records.keys()) {
		if (fs.existsSync(target) && !fs.lstatSync(target).isFile())
			throw new IngestError(
				target,
				'is in the way: a folder or link where the record goes',
				'move it away and run ingest again',
			);
	}
	let staging: string;
	try {
		staging = fs.mkdtempSync(path.join(outDir, '.ingest-'));
	} catch (error) {
		throw new IngestError(
			outDir,
			`cannot write here (${reason(error)})`,
			'check the folder permissions and free disk space',
		);
	}
	const moved: { target: string; backup?: string }[] = [];
	try {
		for (const [target, json] of records) {
			const staged = path.join(staging, path.basename(target));
			try {
				fs.writeFileSync(staged, json);
			} catch (error) {
				throw new IngestError(
					target,
					`cannot be written (${reason(error)})`,
					'check free disk space and permissions',
				);
			}
			const check = sourceSchema.safeParse(JSON.parse(fs.readFileSync(staged, 'utf8')));
			if (!check.success)
				throw new IngestError(
					target,
					`would not be a valid source record (${check.error.issues[0]!.path.join('.')}: ${check.error.issues[0]!.message})`,
					'this is a bug in ingest or sources.yaml; nothing was replaced',
				);
		}
		for (const target of records.keys()) {
			const backup = fs.existsSync(target)
				? path.join(staging, `${path.basename(target)}.old`)
				: undefined;
			try {
				if (backup) fs.renameSync(target, backup);
				moved.push({ target, ...(backup ? { backup } : {}) });
				fs.renameSync(path.join(staging, path.basename(target)), target);
			} catch (error) {
				throw new IngestError(
					target,
					`cannot be replaced (${reason(error)})`,
					'check the file permissions',
				);
			}
		}
	} catch (error) {
		// Put back everything already moved, newest first.
		for (const { target, backup } of moved.reverse()) {
			fs.rmSync(target, { force: true });
			if (backup) fs.renameSync(backup, target);
		}
		throw error;
	} finally {
		fs.rmSync(staging, { recursive: true, force: true });
	}
}
