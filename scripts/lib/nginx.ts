import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './free-port.ts';

/** Debian's nginx; NGINX_PATH overrides it. */
export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/**
 * Serves `dist` with the project's own nginx site config (deploy/nginx), as the container does,
 * on a free loopback port: the same file with only the port, the root and the snippet's path
 * changed. nginx cannot pick a port itself, so a port another process takes between choosing
 * and binding it is tried again with a new one, and only an answer from nginx counts.
 */
export async function serveWithNginx(dist: string): Promise<{ url: string; stop: () => void }> {
	let last = '';
	for (let attempt = 0; attempt < 5; attempt++) {
		const started = await start(dist, await freePort());
		if ('url' in started) return started;
		last = started.error;
		if (!/Address already in use/.test(last)) break;
	}
	throw new Error(`nginx did not start: ${last}`);
}

async function start(
	dist: string,
	port: number,
): Promise<{ url: string; stop: () => void } | { error: string }> {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-nginx-'));
	const removeDir = () => fs.rmSync(dir, { recursive: true, force: true });
	const site = fs
		.readFileSync('deploy/nginx/default.conf', 'utf8')
		.replace('listen 8080;', `listen 127.0.0.1:${port};`)
		.replace('root /usr/share/nginx/html;', `root ${path.resolve(dist)};`)
		.replaceAll(
			'/etc/nginx/snippets/security-headers.conf',
			path.resolve('deploy/nginx/security-headers.conf'),
		);
	fs.writeFileSync(path.join(dir, 'site.conf'), site);
	fs.writeFileSync(
		path.join(dir, 'nginx.conf'),
		`worker_processes 1;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nevents {}\nhttp {\n  include /etc/nginx/mime.types;\n  access_log off;\n  client_body_temp_path ${dir};\n  proxy_temp_path ${dir};\n  fastcgi_temp_path ${dir};\n  uwsgi_temp_path ${dir};\n  scgi_temp_path ${dir};\n  include ${dir}/site.conf;\n}\n`,
	);
	const child: ChildProcess = spawn(
		NGINX,
		['-c', path.join(dir, 'nginx.conf'), '-p', dir, '-g', 'daemon off;'],
		{ stdio: ['ignore', 'ignore', 'pipe'] },
	);
	let stderr = '';
	child.stderr?.on('data', (chunk) => (stderr += chunk));
	const url = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 100; i++) {
		if (child.exitCode !== null) {
			removeDir();
			return { error: stderr };
		}
		try {
			const response = await fetch(url);
			if (/nginx/i.test(response.headers.get('server') ?? ''))
				return {
					url,
					stop: () => {
						child.once('exit', removeDir);
						child.kill();
					},
				};
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	child.kill();
	removeDir();
	return { error: `no answer from nginx on ${url}: ${stderr}` };
}
