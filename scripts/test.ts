/**
 * `npm test`: every check README promises, arranged so the two cores are busy and nothing runs
 * twice. The tools the tests drive are provisioned first; then formatting is checked while the
 * site builds (Prettier and Astro each keep one core busy); then Astro's type check reads the
 * types that build generated while the test files run two at a time. Each step's output is
 * shown when it ends, with its time; the first failure fails the run, after its stage ends.
 * `npm run test:fast` is the in-process tier alone (unit, content, render, routes).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { BrowserServer } from 'playwright-core';
import { launchShared, SHARED_BROWSER } from './lib/chromium.ts';

interface Step {
	name: string;
	command: string[];
	/** Stream the output as it comes (the test runner), instead of showing it when the step ends. */
	live?: boolean;
}

const bin = (name: string) => path.resolve('node_modules/.bin', name);
/**
 * Node's compile cache, shared by every process the tests start: the suite starts hundreds of
 * Node processes (a test runner per file, the ingest CLI once per kill point, Astro builds), and
 * each would otherwise compile the same modules again (the atomic-ingest test: 23 s to 17 s).
 */
const COMPILE_CACHE = path.resolve('node_modules/.cache/node-compile-cache');
const node = (...args: string[]) => [process.execPath, ...args];

const STAGES: Step[][] = [
	[{ name: 'test tools', command: node('scripts/ensure-test-tools.ts'), live: true }],
	[
		{ name: 'format', command: node(bin('prettier'), '--check', '.') },
		{ name: 'build', command: node(bin('astro'), 'build') },
	],
	[
		{ name: 'types', command: node(bin('astro'), 'check', '--noSync') },
		{
			name: 'tests',
			command: node('--test', '--test-concurrency=2', 'tests/**/*.test.ts'),
			live: true,
		},
	],
];

function run(step: Step): Promise<{ step: Step; ok: boolean; output: string; seconds: number }> {
	const started = performance.now();
	return new Promise((resolve) => {
		const child = spawn(step.command[0]!, step.command.slice(1), {
			env: {
				NODE_COMPILE_CACHE: COMPILE_CACHE,
				...process.env,
				FORCE_COLOR: '0',
				NO_COLOR: '1',
			},
			stdio: ['ignore', step.live ? 'inherit' : 'pipe', step.live ? 'inherit' : 'pipe'],
		});
		let output = '';
		child.stdout?.on('data', (chunk) => (output += chunk));
		child.stderr?.on('data', (chunk) => (output += chunk));
		child.on('close', (code) =>
			resolve({ step, ok: code === 0, output, seconds: (performance.now() - started) / 1000 }),
		);
	});
}

const started = performance.now();
let browser: BrowserServer | undefined;
for (const [i, stage] of STAGES.entries()) {
	// Once the tools are there, one Chromium serves every test file that needs a browser.
	if (i === 1) {
		browser = await launchShared();
		process.env[SHARED_BROWSER] = browser.wsEndpoint();
	}
	const results = await Promise.all(
		stage.map((step) =>
			run(step).then((result) => {
				if (!step.live || !result.ok) process.stdout.write(result.output);
				console.log(
					`\n── ${step.name}: ${result.ok ? 'passed' : 'FAILED'} in ${result.seconds.toFixed(0)} s ──\n`,
				);
				return result;
			}),
		),
	);
	const failed = results.filter((r) => !r.ok).map((r) => r.step.name);
	if (failed.length) {
		console.error(`npm test: ${failed.join(' and ')} failed (see above).`);
		await browser?.close();
		process.exit(1);
	}
}
await browser?.close();
console.log(
	`npm test: everything passed in ${((performance.now() - started) / 1000).toFixed(0)} s.`,
);
