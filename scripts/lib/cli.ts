import { SettingsError } from '../../src/settings.ts';

/**
 * Runs a command-line tool: its exit code on success; on a problem the tool knows how to explain
 * (bad settings, bad input), one clear line instead of a stack trace.
 */
export function runCli(
	name: string,
	main: () => number | Promise<number>,
	explained: (new (...args: never[]) => Error)[] = [],
): void {
	Promise.resolve()
		.then(main)
		.then((code) => process.exit(code))
		.catch((error: unknown) => {
			if (error instanceof SettingsError || explained.some((kind) => error instanceof kind)) {
				console.error(`${name}: ${(error as Error).message}`);
				process.exit(1);
			}
			throw error;
		});
}
