import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { requireDist } from '../helpers/dist.ts';
import { NGINX, serveWithNginx } from '../../scripts/lib/nginx.ts';
import {
	CACHE_RULES,
	DEFAULT_CACHE_CONTROL,
	SECURITY_HEADERS,
} from '../../src/deploy/security-headers.ts';

const nginxMissing = fs.existsSync(NGINX)
	? false
	: `nginx is not installed at ${NGINX}: npm test installs it when run as root (apt-get install -y nginx-light), or set NGINX_PATH`;

test('the nginx snippet sends exactly the headers of src/deploy/security-headers.ts', () => {
	const snippet = fs.readFileSync('deploy/nginx/security-headers.conf', 'utf8');
	const sent = Object.fromEntries(
		[...snippet.matchAll(/^add_header ([\w-]+) "(.*)" always;$/gm)].map((m) => [m[1]!, m[2]!]),
	);
	assert.deepEqual(sent, SECURITY_HEADERS);
	const site = fs.readFileSync('deploy/nginx/default.conf', 'utf8');
	const locations = [...site.matchAll(/location [^{]+\{([^}]*)\}/g)];
	assert.ok(locations.length >= 3);
	for (const [block, body] of locations)
		if (/add_header/.test(body!))
			assert.match(
				body!,
				/include \/etc\/nginx\/snippets\/security-headers\.conf;/,
				`every location with its own add_header includes the snippet: ${block.split('{')[0]}`,
			);
});

test('the build writes the same headers for static hosts that read _headers and for Azure Static Web Apps', () => {
	const dist = requireDist();
	const headers = fs.readFileSync(path.join(dist, '_headers'), 'utf8');
	const everyPath = headers.split(/\n(?=\/)/).find((block) => block.startsWith('/*\n'))!;
	for (const [name, value] of Object.entries(SECURITY_HEADERS))
		assert.ok(everyPath.includes(`  ${name}: ${value}`), `_headers: ${name}`);
	const azure = JSON.parse(
		fs.readFileSync(path.join(dist, 'staticwebapp.config.json'), 'utf8'),
	) as { globalHeaders: Record<string, string> };
	for (const [name, value] of Object.entries(SECURITY_HEADERS))
		assert.equal(azure.globalHeaders[name], value, `staticwebapp.config.json: ${name}`);
});

let server: { url: string; stop: () => void } | undefined;
before(async () => {
	if (!nginxMissing) server = await serveWithNginx(requireDist());
});
after(() => server?.stop());

test(
	'nginx serving the built site sends every security header on a note, an asset, the search files and the 404 page',
	{ skip: nginxMissing },
	async () => {
		const dist = requireDist();
		const asset = fs
			.readdirSync(path.join(dist, '_astro'))
			.find((f) => f.endsWith('.css') || f.endsWith('.js'))!;
		const cases: [string, number, RegExp][] = [
			['/notes/lcm/', 200, /no-cache/],
			[`/_astro/${asset}`, 200, /immutable/],
			['/pagefind/pagefind.js', 200, /must-revalidate/],
			['/pagefind/pagefind-entry.json', 200, /must-revalidate/],
			['/no-such-page/', 404, /no-cache/],
		];
		for (const [url, status, cache] of cases) {
			const response = await fetch(`${server!.url}${url}`);
			assert.equal(response.status, status, url);
			for (const [name, value] of Object.entries(SECURITY_HEADERS))
				assert.equal(response.headers.get(name), value, `${url}: ${name}`);
			assert.match(response.headers.get('cache-control') ?? '', cache, `${url}: Cache-Control`);
			// nginx's cache rules are the ones every other host gets from src/deploy.
			const rule = CACHE_RULES.find((r) => url.startsWith(r.path.replace(/\*$/, '')));
			assert.equal(
				response.headers.get('cache-control'),
				rule?.cacheControl ?? DEFAULT_CACHE_CONTROL,
				`${url}: Cache-Control as in src/deploy/security-headers.ts`,
			);
			if (status === 404) assert.match(await response.text(), /Page not found/);
		}
	},
);
