/**
 * Preloaded into an ingest run by the atomicity test (`node --import`): the process kills itself
 * with SIGKILL right after its Nth change to the file system, N from KB_TEST_KILL_AFTER. It knows
 * nothing of how ingest writes, so every step of any implementation is a place to be killed.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const limit = Number(process.env.KB_TEST_KILL_AFTER);
const MUTATIONS = [
	'appendFileSync',
	'copyFileSync',
	'cpSync',
	'linkSync',
	'mkdirSync',
	'mkdtempSync',
	'renameSync',
	'rmSync',
	'rmdirSync',
	'symlinkSync',
	'truncateSync',
	'unlinkSync',
	'writeFileSync',
	'writeSync',
] as const;

if (limit > 0) {
	let count = 0;
	const api = fs as unknown as Record<string, (...args: unknown[]) => unknown>;
	for (const name of MUTATIONS) {
		const original = api[name]!;
		api[name] = (...args: unknown[]) => {
			const result = original(...args);
			if (++count === limit) process.kill(process.pid, 'SIGKILL');
			return result;
		};
	}
	syncBuiltinESMExports();
}
