import {
	MessageChannel,
	receiveMessageOnPort,
	Worker,
	type MessagePort,
} from 'node:worker_threads';
import { isMap, parseAllDocuments } from 'yaml';

/** What reading one YAML code block found: its first syntax error, else each document's apiVersion. */
export interface YamlBlockFinding {
	/** The first syntax error, at its line within the block (1-based). */
	error?: { line: number; message: string };
	apiVersions: string[];
}

/** Parses one YAML code block. Diff and highlight notations are comments, so they parse too. */
export function readYamlBlock(text: string): YamlBlockFinding {
	const apiVersions: string[] = [];
	for (const doc of parseAllDocuments(text)) {
		const problem = doc.errors[0];
		if (problem)
			return {
				error: { line: problem.linePos?.[0].line ?? 1, message: problem.message.split('\n')[0]! },
				apiVersions,
			};
		// Only the apiVersion is needed: reading it from the document is cheaper than converting all of it.
		const apiVersion = isMap(doc.contents) ? doc.get('apiVersion') : undefined;
		if (typeof apiVersion === 'string') apiVersions.push(apiVersion);
	}
	return { error: undefined, apiVersions };
}

/**
 * Below this many blocks they are read in this thread: a worker takes about 100 ms to start,
 * which only pays when YAML parsing takes longer (a site of a few thousand notes).
 */
export const WORKER_THRESHOLD = 1000;
const BATCH = 250;
/** Longest wait for the worker before reading the blocks here after all. */
const WORKER_TIMEOUT_MS = 60_000;

/** Collects YAML blocks as notes are read; `take()` returns their findings in the order added. */
export interface YamlBlockReader {
	add(texts: readonly string[]): void;
	take(): YamlBlockFinding[];
}

/**
 * Reads YAML code blocks on a second core while this thread goes on reading notes: YAML is the
 * slowest part of checking a large site. The worker starts once `threshold` blocks have come in;
 * if it cannot run or fails, `take()` reads the blocks in this thread instead.
 */
export function yamlBlockReader(threshold = WORKER_THRESHOLD): YamlBlockReader {
	const texts: string[] = [];
	let sent = 0;
	let background: { worker: Worker; port: MessagePort; done: Int32Array } | undefined;
	const here = () => texts.map(readYamlBlock);
	const send = () => {
		background!.port.postMessage(texts.slice(sent));
		sent = texts.length;
	};
	const start = () => {
		const done = new Int32Array(new SharedArrayBuffer(4));
		const { port1, port2 } = new MessageChannel();
		try {
			const worker = new Worker(new URL('./yaml-blocks.worker.ts', import.meta.url), {
				workerData: { port: port2, done },
				transferList: [port2],
			});
			worker.unref();
			background = { worker, port: port1, done };
		} catch {
			threshold = Infinity;
		}
	};
	return {
		add(more) {
			texts.push(...more);
			if (!background && texts.length >= threshold) start();
			// In batches: one message per note would cost more than it moves.
			if (background && texts.length - sent >= BATCH) send();
		},
		take() {
			if (!background) return here();
			const { worker, port, done } = background;
			send();
			port.postMessage(null); // the end of the blocks
			Atomics.wait(done, 0, 0, WORKER_TIMEOUT_MS);
			const reply = receiveMessageOnPort(port)?.message as YamlBlockFinding[] | undefined;
			port.close();
			void worker.terminate();
			return Array.isArray(reply) && reply.length === texts.length ? reply : here();
		},
	};
}
