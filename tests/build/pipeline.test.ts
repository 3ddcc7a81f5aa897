import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkContent } from '../../src/pipeline/index.ts';
import { formatDiagnostic } from '../../src/lib/diagnostics.ts';
import { buildFixture, page } from '../helpers/astro.ts';
import { copyOfGood } from '../helpers/trees.ts';
import { readText, walk } from '../helpers/dist.ts';
import { brokenLinks } from '../helpers/links.ts';

const errorsOf = (root: string) =>
	checkContent(root)
		.diagnostics.filter((d) => d.severity === 'error')
		.map(formatDiagnostic);
const rel = (file: string) => path.relative(process.cwd(), file).split(path.sep).join('/');

test('input the build cannot publish fails the check first, with file, line and column, and the build says the same', () => {
	const root = copyOfGood();
	// A file outside the content tree, reached through a symbolic link.
	const outside = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kb-outside-')), 'secret.json');
	fs.writeFileSync(outside, '{"title": "outside"}');
	const link = path.join(root, 'sources/leak.json');
	fs.symlinkSync(outside, link);
	// Latin-1 bytes where UTF-8 is expected: "café" saved by an old editor, on line 9.
	const latin1 = path.join(root, 'notes/lcm/latin1.mdx');
	fs.writeFileSync(
		latin1,
		Buffer.concat([
			Buffer.from(
				'---\ntitle: Latin one\nsummary: A note saved in the wrong encoding by an old editor.\npillar: lcm\nreviewed: 2026-11-21\nsourced: false\n---\n\nThe caf',
			),
			Buffer.from([0xe9]),
			Buffer.from(' is closed.\n'),
		]),
	);
	// A component nobody defined.
	const widget = path.join(root, 'notes/lcm/widget.mdx');
	fs.writeFileSync(
		widget,
		'---\ntitle: Widget note\nsummary: A note that uses a component the site does not have.\npillar: lcm\nreviewed: 2026-11-21\nsourced: false\n---\n\nHere it is:\n\n<FooWidget />\n',
	);
	// A mixed-case file name, which would become a URL that differs from its links.
	const mixed = path.join(root, 'glossary/Canary-Release.yaml');
	fs.writeFileSync(
		mixed,
		'term: canary release\ndefinition: Sending a small share of traffic to a new version first.\nnote: beta\n',
	);

	const errors = errorsOf(root);
	const expected: [string, RegExp][] = [
		[`${rel(link)}:0:0`, /symbolic link to .*secret\.json: refused/],
		[`${rel(latin1)}:9:8`, /not valid UTF-8 \(byte \d+ is 0xe9\)/],
		[`${rel(widget)}:11:1`, /<FooWidget> is not allowed in notes/],
		[
			`${rel(mixed)}:0:0`,
			/file name "Canary-Release\.yaml" is not an id .*rename it to canary-release\.yaml/,
		],
	];
	for (const [where, message] of expected)
		assert.ok(
			errors.some((e) => e.startsWith(`${where}  `) && message.test(e)),
			`expected ${where} ${message}\ngot:\n${errors.join('\n')}`,
		);

	const built = buildFixture(root);
	assert.notEqual(built.status, 0, 'the build refuses what the check refuses');
	for (const [where] of expected)
		assert.ok(built.output.includes(where), `build output names ${where}\n${built.output}`);
	assert.doesNotMatch(built.output, /\n\s+at [\w.<>]+ \(/, 'no stack trace');
	assert.equal(fs.existsSync(path.join(built.outDir, 'index.html')), false, 'nothing is published');
});

test('a draft that links a published note leaves no trace in dist: pages, backlinks, graph, tags, vocabulary, search index', () => {
	const root = copyOfGood();
	fs.writeFileSync(
		path.join(root, 'notes/lcm/quokka-draft.mdx'),
		'---\ntitle: Quokka draft note\nsummary: A draft about zorblaxian rollouts that is not ready yet.\npillar: lcm\ntags: [quokka-tag]\naliases: [QDN]\nreviewed: 2026-11-21\nstatus: draft\n---\n\nThe zorblaxian rollout builds on [[alpha]] and [[beta]].\n',
	);
	const diagnostics = checkContent(root).diagnostics.map(formatDiagnostic);
	assert.deepEqual(
		diagnostics.filter((d) => !d.includes('warning:')),
		[],
		'a draft may link published notes and need not be in its hub',
	);

	const built = buildFixture(root);
	assert.equal(built.status, 0, built.output);
	const leaks: string[] = [];
	for (const file of walk(built.outDir)) {
		const text = readText(file);
		for (const needle of ['Quokka', 'quokka', 'zorblaxian', 'QDN'])
			if (text.includes(needle)) leaks.push(`${path.relative(built.outDir, file)}: ${needle}`);
	}
	assert.deepEqual(leaks, []);
	assert.match(
		page(built.outDir, '/notes/alpha/'),
		/Linked from/,
		'the published note still lists its real backlinks',
	);
});

test('moving a note to another folder after a build never breaks the next build (warm cache)', () => {
	const root = copyOfGood();
	const first = buildFixture(root);
	assert.equal(first.status, 0, first.output);
	fs.renameSync(path.join(root, 'notes/lcm/beta.mdx'), path.join(root, 'notes/istio/beta.mdx'));
	const second = buildFixture(root);
	assert.equal(second.status, 0, second.output);
	assert.match(
		page(second.outDir, '/notes/beta/'),
		/\/edit\/main\/[^"]*notes\/istio\/beta\.mdx"/,
		'the edit link follows the file',
	);
});

test('a site served under KB_BASE=/platform-kb/ links every page, asset and fragment under that base', () => {
	const built = buildFixture(copyOfGood(), { KB_BASE: '/platform-kb/' });
	assert.equal(built.status, 0, built.output);
	const { broken, checked } = brokenLinks(built.outDir, '/platform-kb/');
	assert.ok(checked > 50, `only ${checked} links checked`);
	assert.deepEqual(broken, []);
	assert.match(
		page(built.outDir, '/notes/beta/'),
		/href="\/platform-kb\/notes\/alpha\/#how-it-works" class="wiki-link"/,
	);
});
