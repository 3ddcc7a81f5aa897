import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { lastBuildIndex } from '../../src/integrations/pagefind.ts';
import { tempDir } from '../helpers/temp.ts';

/** Runs the dev server's middleware for one URL and returns what it answered (or "next"). */
function request(dist: string, url: string) {
	const out = { status: 200, type: '', body: '', next: false };
	lastBuildIndex(dist)(
		{ url },
		{
			set statusCode(code: number) {
				out.status = code;
			},
			get statusCode() {
				return out.status;
			},
			setHeader: (name, value) => {
				if (name === 'Content-Type') out.type = value;
			},
			end: (body) => {
				out.body = String(body ?? '');
			},
		},
		() => {
			out.next = true;
		},
	);
	return out;
}

test('the dev server searches the last build’s index, or says to run a build', () => {
	const dist = tempDir('kb-dev-index-');
	try {
		const missing = request(dist, '/pagefind/pagefind.js');
		assert.equal(missing.status, 404);
		assert.match(missing.body, /npm run build/);
		fs.mkdirSync(path.join(dist, 'pagefind'));
		fs.writeFileSync(path.join(dist, 'pagefind', 'pagefind.js'), 'export {}');
		const found = request(dist, '/base/pagefind/pagefind.js?x=1');
		assert.equal(found.body, 'export {}');
		assert.equal(found.type, 'text/javascript');
		assert.equal(request(dist, '/pagefind/..%2f..%2fetc%2fpasswd').status, 404);
		assert.equal(request(dist, '/notes/lcm/').next, true);
	} finally {
		fs.rmSync(dist, { recursive: true, force: true });
	}
});
