/**
 * Note elements (src/elements/): every element's bad-input cases, generated from its definition,
 * fail with file:line:col; every element renders in-process; the docs table is generated; and a
 * new element is one definition file (tests/fixtures/elements/key-combo.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { toHtml } from 'hast-util-to-html';
import {
	ELEMENTS,
	elementsCss,
	elementsTable,
	registry,
	withElementsTable,
	type ElementRegistry,
} from '../../src/elements/index.ts';
import { checkContent } from '../../src/pipeline/index.ts';
import { checkNoteSafety } from '../../src/pipeline/note-safety.ts';
import { parseNote, readNoteBody } from '../../src/pipeline/note-syntax.ts';
import { publish } from '../../src/pipeline/publish.ts';
import { createRenderer } from '../../src/render/index.ts';
import { renderElements } from '../../src/render/elements.ts';
import type { RenderContext } from '../../src/render/transform.ts';
import { formatDiagnostic, type Diagnostic } from '../../src/lib/diagnostics.ts';
import { siteUrls } from '../../src/lib/urls.ts';
import { copyOfGood } from '../helpers/trees.ts';
import { elementCases } from '../helpers/element-cases.ts';
import { KeyCombo } from '../fixtures/elements/key-combo.ts';

const FRONTMATTER = '---\ntitle: T\nsummary: A note for an element test.\npillar: lcm\nreviewed: 2026-11-21\nsourced: false\n---\n\n';
/** The body starts on this line of the file. */
const BODY_LINE = FRONTMATTER.split('\n').length;

/** The check of one note, as read.ts runs it, with a given registry. */
function check(body: string, elements: ElementRegistry, file = 'notes/t.mdx'): string[] {
	const diagnostics: Diagnostic[] = [];
	const syntax = readNoteBody(FRONTMATTER + body + '\n', file, diagnostics, elements);
	diagnostics.push(...checkNoteSafety(file, syntax, elements));
	return diagnostics.map(formatDiagnostic);
}

const WITH_FIXTURE = registry([...ELEMENTS.values(), KeyCombo]);

test('every element has bad-input cases generated from its definition', () => {
	for (const e of ELEMENTS.values()) {
		const kinds = new Set(elementCases(registry([e])).map((c) => c.kind));
		assert.ok(kinds.has('unknown attribute'), e.name);
		if (Object.values(e.attributes).some((a) => a.required)) assert.ok(kinds.has('missing required attribute'), e.name);
		if (Object.values(e.attributes).some((a) => a.values || a.pattern)) assert.ok(kinds.has('wrong attribute value'), e.name);
		if (e.children && e.name !== 'NoTerms' && e.name !== 'Callout') assert.ok(kinds.has('broken structure'), `${e.name} has a structure rule and no broken example`);
	}
});

test('the examples of every element pass the check', () => {
	for (const e of WITH_FIXTURE.values()) {
		// A TabItem's example is checked inside Tabs, where it belongs.
		const problems = check(e.example, WITH_FIXTURE).filter((l) => !/unknown|TabItem> belongs/.test(l));
		assert.deepEqual(problems, [], e.name);
	}
});

for (const c of elementCases(WITH_FIXTURE)) {
	test(`<${c.element}> bad input (${c.kind}) is refused with file:line:col`, () => {
		const lines = check(c.source, WITH_FIXTURE);
		const hit = lines.find((l) => /^notes\/t\.mdx:(\d+):(\d+) {2}/.test(l) && c.message.test(l));
		assert.ok(hit, `expected ${c.message} for\n${c.source}\ngot:\n${lines.join('\n')}`);
		assert.ok(Number(/:(\d+):/.exec(hit)![1]) >= BODY_LINE, hit);
	});
}

test('the real check (npm run check) refuses a broken element at its line and column', () => {
	const root = copyOfGood();
	const file = path.join(root, 'notes/lcm/steps.mdx');
	fs.writeFileSync(file, FRONTMATTER + 'Intro.\n\n<Steps>\n\n- not numbered\n\n</Steps>\n');
	const lines = checkContent(root).diagnostics.map(formatDiagnostic);
	const expected = `${path.relative(process.cwd(), file).split(path.sep).join('/')}:${BODY_LINE + 4}:1  <Steps> must hold exactly one ordered list`;
	assert.ok(lines.some((l) => l.startsWith(expected)), `${expected}\n${lines.join('\n')}`);
});

/** Renders note bodies in the good fixture tree, as the build does. */
async function render(bodies: Record<string, string>): Promise<Map<string, string>> {
	const root = copyOfGood();
	for (const [slug, body] of Object.entries(bodies))
		fs.writeFileSync(path.join(root, 'notes/lcm', `${slug}.mdx`), FRONTMATTER.replace('title: T', `title: ${slug}`) + body + '\n');
	const published = publish(checkContent(root).site, { drafts: false });
	const renderer = await createRenderer(published, siteUrls('/kb/'));
	return new Map(published.notes.map((n) => [n.slug, renderer.render(n).html]));
}

const html = await render({
	callout: '<Callout type="danger" title="Data loss">Deleting the volume deletes the data.</Callout>',
	steps: '<Steps>\n\n1. Cordon the node.\n2. Drain it.\n\n</Steps>',
	tabs: '<Tabs syncKey="cloud">\n<TabItem label="AWS">\n\nOn EKS.\n\n</TabItem>\n<TabItem label="Azure">\n\nOn AKS.\n\n</TabItem>\n</Tabs>',
	filetree: '<FileTree>\n\n- content/\n  - notes/ one folder per pillar\n    - lcm/\n- package.json\n\n</FileTree>',
	badge: 'PodSecurityPolicy <Badge text="removed in 1.25" variant="caution" /> is gone.',
	cards: '<CardGrid>\n<LinkCard title="Alpha" href="/notes/alpha/" description="The hub." />\n<LinkCard title="Upstream" href="https://kubernetes.io/docs/" />\n</CardGrid>',
	noterms: 'Text <NoTerms>sidecar</NoTerms>.',
	html: '<details><summary>Why?</summary> Because.</details> <kbd>Ctrl</kbd> <abbr title="Pod disruption budget">PDB</abbr> a<br />b H<sub>2</sub>O 2<sup>10</sup>',
	code: '```sh\nkubectl get nodes\n```\n\n```yaml title="pdb.yaml"\n' + 'a: 1\n'.repeat(40) + '```',
});

test('every element renders to plain HTML in-process, with no MDX left', () => {
	for (const [slug, out] of html) {
		for (const name of ELEMENTS.keys())
			if (/^[A-Z]/.test(name) && name !== 'Cite') assert.doesNotMatch(out, new RegExp(`<${name}\\b`), `${slug}: <${name}>`);
	}
	assert.match(html.get('callout')!, /<div class="callout callout-danger" role="note" aria-label="Data loss"><p class="callout-title">Data loss<\/p>/);
	assert.match(html.get('steps')!, /<ol class="steps" role="list">\s*<li>Cordon the node\.<\/li>/);
	assert.match(html.get('tabs')!, /<div class="tabs" id="tabs-1" data-sync-key="cloud"><div class="tab-panel" data-label="AWS"><p class="tab-label">AWS<\/p>/);
	assert.match(html.get('filetree')!, /<div class="file-tree" role="group" aria-label="File tree"><ul><li class="ft-dir"><span class="ft-name">content\/<\/span><ul><li class="ft-dir"><span class="ft-name">notes\/<\/span><span class="ft-note">one folder per pillar<\/span>/);
	assert.match(html.get('badge')!, /<span class="badge badge-caution">removed in 1\.25<\/span>/);
	assert.match(html.get('cards')!, /<ul class="card-grid" role="list"><li><div class="link-card"><a href="\/kb\/notes\/alpha\/" class="link-card-title">Alpha<\/a><p class="link-card-description">The hub\.<\/p><\/div><\/li>/);
	assert.match(html.get('noterms')!, /<span class="no-terms">sidecar<\/span>/);
	assert.match(html.get('html')!, /<details><summary>Why\?<\/summary>.*<kbd>Ctrl<\/kbd> <abbr title="Pod disruption budget">PDB<\/abbr> a<br>b H<sub>2<\/sub>O 2<sup>10<\/sup>/s);
});

test('every code block is framed: a title bar with its title or language, a terminal frame for shell, and its line count', () => {
	const out = html.get('code')!;
	assert.match(out, /<figure class="code-frame code-frame--terminal" data-lines="1"><figcaption class="code-frame-bar"><span class="code-frame-title">Terminal<\/span><\/figcaption><pre/);
	assert.match(out, /<figure class="code-frame" data-lines="40"><figcaption class="code-frame-bar"><span class="code-frame-title">pdb\.yaml<\/span>/);
});

test('a new element is one definition file: the check, the renderer, the docs and the styles take it up', () => {
	assert.deepEqual(check('Press <KeyCombo keys="Ctrl+C" /> to copy.', WITH_FIXTURE), []);
	assert.match(check('Press <KeyCombo keys="Ctrl+C" /> to copy.', ELEMENTS).join('\n'), /<KeyCombo> is not allowed in notes/);
	const tree = parseNote(FRONTMATTER + 'Press <KeyCombo keys="Ctrl+C" /> to copy.\n');
	renderElements(WITH_FIXTURE).transform(tree, { urls: siteUrls('/'), published: {}, drawings: new Map() } as unknown as RenderContext);
	assert.match(toHtml(tree), /<span class="key-combo"><kbd>Ctrl<\/kbd>\+<kbd>C<\/kbd><\/span>/);
	assert.match(elementsTable(WITH_FIXTURE), /\| `<KeyCombo>` \| a key combination \| `keys` \(required; keys joined by "\+"\)/);
	assert.match(elementsCss(WITH_FIXTURE), /\.key-combo kbd/);
});

test('docs/writing-notes.md carries the generated table of elements (npm run docs:elements)', () => {
	const doc = fs.readFileSync('docs/writing-notes.md', 'utf8');
	assert.equal(doc, withElementsTable(doc), 'the table has drifted from src/elements/: run npm run docs:elements');
});

test('the element stylesheet declares the site’s layer order before it uses a layer (it may load first, and the first mention fixes the order)', () => {
	const order = /^@layer [a-z, ]+;$/m.exec(fs.readFileSync('src/styles/global.css', 'utf8'))?.[0];
	assert.ok(order, 'global.css declares its layer order');
	const css = elementsCss();
	assert.ok(css.indexOf(order) !== -1 && css.indexOf(order) < css.indexOf('@layer components {'), css.slice(0, 200));
});
