import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const made: string[] = [];
// Removed when the test file's process ends, passed or failed: a run used to leave about 150
// folders behind in the system's temp folder.
process.on('exit', () => {
	for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

/** A new folder in the system's temp folder, removed when this test process exits. */
export function tempDir(prefix: string): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
	made.push(dir);
	return dir;
}
