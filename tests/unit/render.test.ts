import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { checkContent } from '../../src/pipeline/index.ts';
import { publish } from '../../src/pipeline/publish.ts';
import { createRenderer } from '../../src/render/index.ts';
import { siteUrls } from '../../src/lib/urls.ts';
import type { NoteSlug } from '../../src/lib/slug.ts';
import { copyOfGood } from '../helpers/trees.ts';
import { contrast, readable } from '../../src/render/contrast.ts';

/** Renders every note of a content tree in-process, as the build does: the HTML by slug, and the code colours. */
async function renderTree(
	root: string,
	base = '/',
): Promise<Map<string, string> & { css?: string }> {
	const published = publish(checkContent(root).site, { drafts: false });
	const renderer = await createRenderer(published, siteUrls(base));
	const html: Map<string, string> & { css?: string } = new Map(
		published.notes.map((note) => [note.slug, renderer.render(note).html]),
	);
	html.css = renderer.codeCss();
	return html;
}

/**
 * A copy of the good tree with one more published note in the lcm pillar, linked from the hub
 * (so the check passes); returns the tree's root.
 */
function treeWithNote(slug: string, title: string, summary: string, body: string): string {
	const root = copyOfGood();
	fs.writeFileSync(
		path.join(root, `notes/lcm/${slug}.mdx`),
		`---\ntitle: ${title}\nsummary: ${summary}\npillar: lcm\nreviewed: 2026-11-21\nsourced: false\n---\n\n${body}`,
	);
	fs.appendFileSync(path.join(root, 'notes/lcm/alpha.mdx'), `\nAlso [[${slug}]].\n`);
	return root;
}

const html = await renderTree(copyOfGood());
const beta = html.get('beta')!;
const alpha = html.get('alpha')!;

test('wiki-links become links to the note and heading, labelled by their label or the title', () => {
	assert.match(
		beta,
		/<a href="\/notes\/alpha\/#how-it-works" class="wiki-link">the hub's method<\/a>/,
	);
	assert.match(alpha, /<a href="\/notes\/beta\/" class="wiki-link">Beta details<\/a>/);
	assert.match(
		html.get('gamma')!,
		/<a href="\/notes\/alpha\/" class="wiki-link">Alpha hub<\/a>/,
		'a link by alias shows the title',
	);
});

test('a citation becomes a numbered marker linked to the words it cites, with a preview that highlights them and stays out of search', () => {
	assert.match(
		beta,
		/<span class="cite"><a href="\/sources\/fixture-deck\/#slide-2-w1" class="cite-link" id="cite-1-1" aria-describedby="cite-1-1-preview"><sup>\[1\]<\/sup><\/a><span class="cite-preview" role="tooltip" id="cite-1-1-preview" data-pagefind-ignore(?:="")?><strong>Fixture deck, Slide 2<\/strong> Deployments A <mark>rolling update<\/mark> replaces pods gradually\.<\/span><\/span>/,
	);
});

test('a citation of an outdated slide is marked where it stands, and its preview says what changed', async () => {
	const root = copyOfGood();
	fs.appendFileSync(
		path.join(root, 'notes/lcm/alpha.mdx'),
		'\nBefore Istio 1.5, Citadel issued certificates and a MeshPolicy set mTLS <Cite src="fixture-deck" at="slide 3" />.\n',
	);
	const out = (await renderTree(root)).get('alpha')!;
	assert.match(
		out,
		/<sup>\[2\]<span class="cite-dated" title="outdated source">†<\/span><span class="visually-hidden"> \(outdated source\)<\/span><\/sup>/,
	);
	assert.match(
		out,
		/Outdated: Pre-1\.5 Istio security\. Today: PeerAuthentication and AuthorizationPolicy, with istiod as the CA\./,
	);
	assert.match(
		out,
		/<mark>MeshPolicy and Citadel<\/mark>/,
		'without a quote, the sentence sharing most words with the claim is highlighted',
	);
});

test('a diagram is drawn as inline SVG in a focusable scroll box, with its text alternative and a full-size link', () => {
	assert.match(
		beta,
		/<figure class="diagram" id="diagram-fixture-flow"><div class="diagram-scroll" tabindex="0" role="group" aria-label="Diagram: Fixture release flow"><svg class="diagram-svg dg-wide dg-fit-\d+"[^>]*role="img" aria-labelledby="dg-fixture-flow-title dg-fixture-flow-desc">/,
	);
	// The narrow (top-down) picture follows, with ids of its own.
	assert.match(
		beta,
		/<\/svg><svg class="diagram-svg dg-narrow"[^>]*role="img" aria-labelledby="dg-fixture-flow-n-title dg-fixture-flow-n-desc">/,
	);
	assert.match(
		beta,
		/<a href="\/diagrams\/fixture-flow\/" class="diagram-open">Open full size<span class="visually-hidden">: Fixture release flow<\/span><\/a>/,
	);
	assert.match(
		beta,
		/<summary>Text description<\/summary><p>Staging feeds two non-production pools/,
	);
});

test('code is highlighted in both themes through colour classes (no inline styles), with its title and highlighted line', () => {
	assert.match(
		beta,
		/<figure class="code-frame" data-lines="\d+"><figcaption class="code-frame-bar"><span class="code-frame-title">pdb\.yaml<\/span><\/figcaption><pre class="code-block c-\w+"[^>]*data-language="yaml"/,
	);
	assert.doesNotMatch(beta, /\sstyle="/);
	const used = [...beta.matchAll(/class="c-(\w+)"/g)].map((m) => m[1]!);
	assert.ok(used.length > 3);
	for (const name of used)
		assert.match(
			html.css!,
			new RegExp(`\\.c-${name}\\{--shiki-light:#[0-9A-Fa-f]{3,8};--shiki-dark:#[0-9A-Fa-f]{3,8}`),
		);
	assert.match(beta, /<span class="line highlighted">/);
});

test('the first mention of a glossary term links to it, never in code, headings or the note that explains it', () => {
	const terms = [
		...beta.matchAll(
			/<span class="term"><a href="\/glossary\/sidecar\/" class="term-link" aria-describedby="term-sidecar-def">([^<]+)<\/a><span class="term-def" role="tooltip" id="term-sidecar-def" data-pagefind-ignore(?:="")?>(.*?)<\/span>/g,
		),
	];
	assert.equal(terms.length, 1, 'only the first mention is linked');
	assert.equal(terms[0]![1], 'sidecar');
	assert.match(
		terms[0]![2]!,
		/<strong>Sidecar<\/strong>: A helper container/,
		'hover and focus show the definition',
	);
	assert.match(beta, /<code[^>]*>sidecar<\/code>/, 'code is never linked');
	assert.doesNotMatch(
		html.get('gamma')!,
		/href="\/glossary\/sidecar\/"/,
		'the note that explains a term does not link to it',
	);
});

test('headings carry the ids that [[note#heading]] links were checked against', () => {
	assert.match(alpha, /<h2 id="why-alpha-matters">Why alpha matters<\/h2>/);
	assert.match(alpha, /<h2 id="how-it-works">How it works<\/h2>/);
});

test('MDX comments and allowed HTML elements come out as plain HTML; nothing is evaluated', async () => {
	const root = treeWithNote(
		'elements',
		'Elements note',
		'A note that uses every allowed element and a comment.',
		'{/* a reviewer comment */}\n\nPress <kbd>Ctrl</kbd>+<kbd>K</kbd>, see <abbr title="pod disruption budget">PDB</abbr>, H<sub>2</sub>O, x<sup>2</sup>.\n\n<details>\n<summary>Why?</summary>\n\nBecause **drains** respect budgets.\n\n</details>\n\nRead [[alpha]] first.\n',
	);
	const out = (await renderTree(root)).get('elements' as NoteSlug)!;
	assert.doesNotMatch(out, /reviewer comment/);
	assert.match(out, /<kbd>Ctrl<\/kbd>\+<kbd>K<\/kbd>/);
	assert.match(out, /<abbr title="pod disruption budget">PDB<\/abbr>/);
	assert.match(out, /H<sub>2<\/sub>O, x<sup>2<\/sup>/);
	assert.match(
		out,
		/<details><summary>Why\?<\/summary>\s*<p>Because <strong>drains<\/strong> respect budgets\.<\/p>\s*<\/details>/,
	);
});

test('checklists and tables need no unlabelled controls or empty headings, and headings say what they head', async () => {
	const root = treeWithNote(
		'lists',
		'Lists note',
		'A checklist and a table with a blank corner.',
		'- [ ] Drain a node\n- [x] Cordon it\n\n| | Blue | Green |\n| --- | --- | --- |\n| Pods | old | new |\n\nSee [[alpha]].\n',
	);
	const out = (await renderTree(root)).get('lists' as NoteSlug)!;
	assert.doesNotMatch(out, /<input/);
	assert.match(out, /<span class="task-box" aria-hidden="true"><\/span> Drain a node/);
	assert.match(
		out,
		/<span class="task-box task-box--done" aria-hidden="true"><\/span><span class="visually-hidden">Done: <\/span> Cordon it/,
	);
	assert.match(out, /<thead>\s*<tr>\s*<td><\/td>\s*<th scope="col">Blue<\/th>/);
	assert.match(
		out,
		/<div class="table-scroll" tabindex="0" role="group" aria-label="Table: Blue Green">/,
	);
});

test('a self-check question (a <summary>) holds no link: a bare URL or a wiki-link in it keeps its text only', async () => {
	const root = treeWithNote(
		'questions',
		'Questions note',
		'A question with a URL and a wiki-link in it.',
		'<details>\n<summary>Why does http://payments:8080 fail, says [[alpha]]?</summary>\n\nBecause of DNS; see [[alpha]].\n\n</details>\n',
	);
	const out = (await renderTree(root)).get('questions' as NoteSlug)!;
	const summary = /<summary>([^]*?)<\/summary>/.exec(out)?.[1] ?? '';
	assert.match(summary, /Why does http:\/\/payments:8080 fail, says Alpha hub\?/);
	assert.doesNotMatch(summary, /<a\b/);
	assert.match(out, /<\/summary>[^]*<a href="\/notes\/alpha\/"/, 'links after the question stay');
});

test('a wiki-link with a label in a table cell is one link in one cell, and the check counts no extra cell', async () => {
	const root = treeWithNote(
		'table',
		'Table note',
		'A table whose cells hold labelled wiki-links.',
		'| concern | platform team | application team |\n|---|---|---|\n| runtime | runs [[alpha|the hub]] and routes alerts | answers [[beta|alerts]] |\n| scanning | runs the scanner | fixes `[[alpha|x]]` |\n',
	);
	const checked = checkContent(root).diagnostics.filter((d) => d.file.endsWith('table.mdx'));
	assert.deepEqual(checked, []);
	const out = (await renderTree(root)).get('table' as NoteSlug)!;
	const rows = [...out.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) =>
		[...m[1]!.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((c) => c[1]!),
	);
	assert.equal(rows.length, 3);
	for (const row of rows) assert.equal(row.length, 3, JSON.stringify(row));
	assert.match(
		rows[1]![1]!,
		/^runs <a href="\/notes\/alpha\/" class="wiki-link">the hub<\/a> and routes alerts$/,
	);
	assert.match(rows[1]![2]!, /^answers <a href="\/notes\/beta\/" class="wiki-link">alerts<\/a>$/);
	assert.match(
		rows[2]![2]!,
		/<code[^>]*>\[\[alpha\|x\]\]<\/code>/,
		'code keeps its pipe and is no link',
	);
});

test('every internal URL in a rendered note carries the base path', async () => {
	const under = await renderTree(copyOfGood(), '/platform-kb/');
	const hrefs = [...under.get('beta')!.matchAll(/href="([^"#]+)/g)]
		.map((m) => m[1]!)
		.filter((h) => h.startsWith('/'));
	assert.ok(hrefs.length >= 3);
	assert.deepEqual(
		hrefs.filter((h) => !h.startsWith('/platform-kb/')),
		[],
	);
});

test('a note cannot run code even past the check: the renderer never evaluates import, export or {expressions}', async () => {
	const root = copyOfGood();
	fs.copyFileSync(
		path.resolve('tests/fixtures/bad/import-export.mdx'),
		path.join(root, 'notes/lcm/import-export.mdx'),
	);
	const out = (await renderTree(root)).get('import-export' as NoteSlug)!;
	const passwd = fs.existsSync('/etc/passwd')
		? fs.readFileSync('/etc/passwd', 'utf8').split('\n')[0]!
		: 'root:x:0:0';
	assert.match(out, /The secret:/);
	assert.ok(!out.includes(passwd), 'no file content reaches the page');
	assert.doesNotMatch(out, /readFileSync|import fs|export const/);
});

test('every code colour reads at 4.5:1 or better on its code background, in both themes', async () => {
	const root = copyOfGood();
	fs.appendFileSync(
		path.join(root, 'notes/lcm/beta.mdx'),
		'\n```bash\n# a comment, the colour that was too faint in the dark theme\nkubectl drain node-1 --ignore-daemonsets # [!code ++]\n```\n',
	);
	const { css } = await renderTree(root);
	const rules = [...css!.matchAll(/--shiki-(light|dark):(#[0-9a-fA-F]{3,8})\b/g)];
	assert.ok(rules.length > 10);
	for (const [, theme, colour] of rules) {
		const ratio = contrast(colour!, theme === 'light' ? '#ffffff' : '#24292e');
		assert.ok(ratio >= 4.5, `${theme} ${colour} is ${ratio.toFixed(2)}:1`);
	}
	assert.equal(
		readable('#6a737d', '#24292e', 4.5) !== '#6a737d',
		true,
		"github-dark's comment grey is lightened",
	);
	assert.doesNotMatch(css!, /--shiki-dark:#6a737d\b/i, 'the faint grey is not in the stylesheet');
});

test('inline code keeps each short word whole (a flag never breaks at its hyphens); long tokens and code blocks are left alone', async () => {
	const { inlineCode } = await import('../../src/render/inline-code.ts');
	const { toHtml } = await import('hast-util-to-html');
	const code = (value: string) => ({
		type: 'element',
		tagName: 'code',
		properties: {},
		children: [{ type: 'text', value }],
	});
	const long = 'https://example.com/a/very/long/path/that/may/break';
	const tree = {
		type: 'root',
		children: [
			code('--ignore-daemonsets'),
			code('kubectl drain --ignore-daemonsets'),
			code(long),
			{ type: 'element', tagName: 'pre', properties: {}, children: [code('a-b c')] },
		],
	};
	inlineCode.transform(tree as never, {} as never);
	assert.equal(
		toHtml(tree as never),
		'<code class="nobr">--ignore-daemonsets</code>' +
			'<code><span class="nobr">kubectl</span> <span class="nobr">drain</span> <span class="nobr">--ignore-daemonsets</span></code>' +
			`<code>${long}</code>` +
			'<pre><code>a-b c</code></pre>',
	);
});
