import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { copyOfGood } from '../helpers/trees.ts';

const ASTRO = path.resolve('node_modules/astro/bin/astro.mjs');

/** Polls `url` until its body matches `pattern` (the dev server rebuilds content in the background). */
async function waitFor(url: string, pattern: RegExp, seconds = 30): Promise<string> {
	const until = Date.now() + seconds * 1000;
	let last = '';
	while (Date.now() < until) {
		try {
			const response = await fetch(url);
			last = await response.text();
			if (pattern.test(last)) return last;
		} catch {
			// The server is still starting.
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error(`${url} never matched ${pattern}; last response:\n${last.slice(0, 500)}`);
}

let server: ChildProcess | undefined;
after(() => server?.kill());

test('the dev server shows drafts with a banner and picks up edits to content', async () => {
	const root = copyOfGood();
	// Port 0: the server takes a free port itself and prints it, so no other process can take it first.
	server = spawn(process.execPath, [ASTRO, 'dev', '--port', '0', '--host', '127.0.0.1'], {
		env: { ...process.env, KB_CONTENT_DIR: root, FORCE_COLOR: '0', NO_COLOR: '1' },
		stdio: ['ignore', 'pipe', 'ignore'],
	});
	const base = await new Promise<string>((resolve, reject) => {
		let out = '';
		server!.stdout!.on('data', (chunk: Buffer) => {
			out += chunk.toString();
			const url = /Local\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
			if (url) resolve(url);
		});
		server!.on('exit', () => reject(new Error(`the dev server stopped:\n${out}`)));
	});
	await waitFor(`${base}/notes/alpha/`, /<h1[^>]*>Alpha hub</, 60);

	fs.writeFileSync(
		path.join(root, 'notes/lcm/alpha.mdx'),
		fs
			.readFileSync(path.join(root, 'notes/lcm/alpha.mdx'), 'utf8')
			.replace('title: Alpha hub', 'title: Alpha hub, edited'),
	);
	await waitFor(`${base}/notes/alpha/`, /<h1[^>]*>Alpha hub, edited</);

	fs.writeFileSync(
		path.join(root, 'notes/lcm/work-in-progress.mdx'),
		'---\ntitle: Work in progress\nsummary: A draft the dev server shows and the build never publishes.\npillar: lcm\nreviewed: 2026-11-21\nstatus: draft\nsourced: false\n---\n\nNot ready yet; see [[alpha]].\n',
	);
	const draft = await waitFor(`${base}/notes/work-in-progress/`, /<h1[^>]*>Work in progress</);
	assert.match(draft, /Draft: shown only by the dev server/);
});
