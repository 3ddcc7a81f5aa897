/**
 * Reads YAML code blocks for `yamlBlockReader`: batches of blocks arrive on the port it was given
 * and `null` ends them; the findings go back on the port, and the flag it sets wakes the
 * waiting thread, found or failed.
 */
import { workerData, type MessagePort } from 'node:worker_threads';

const { port, done } = workerData as { port: MessagePort; done: Int32Array };
const findings: unknown[] = [];
const finish = (reply: unknown) => {
	port.postMessage(reply);
	Atomics.store(done, 0, 1);
	Atomics.notify(done, 0);
	port.close();
};
try {
	const { readYamlBlock } = await import('./yaml-blocks.ts');
	port.on('message', (texts: string[] | null) => {
		if (texts === null) finish(findings);
		else for (const text of texts) findings.push(readYamlBlock(text));
	});
} catch {
	finish(null);
}
