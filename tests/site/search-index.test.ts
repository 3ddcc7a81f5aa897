import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { readText, requireDist, walk } from '../helpers/dist.ts';

interface Fragment {
	url: string;
	content: string;
	meta: Record<string, string>;
}

/** Every page's record in the search index, as Pagefind stores it (gzip, a signature, JSON). */
function fragments(dist: string): Map<string, Fragment> {
	const all = new Map<string, Fragment>();
	for (const file of walk(path.join(dist, 'pagefind', 'fragment'))) {
		const text = readText(file);
		const fragment = JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
		all.set(fragment.url, fragment);
	}
	return all;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
/** Markup to the text Pagefind indexes: tags dropped, entities decoded, spaces collapsed. */
const plain = (html: string) =>
	html
		.replace(/<[^>]+>/g, '')
		.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name]!)
		.replace(/\s+/g, ' ')
		.trim();

/** The text of every element of `className` in a built page (tooltips hold no nested spans' ends). */
function texts(html: string, className: string): string[] {
	const open = new RegExp(`<span class="${className}"[^>]*>([\\s\\S]*?)</span>`, 'g');
	return [...html.matchAll(open)].map((m) => plain(m[1]!));
}

test("the search index holds each note's own words, not its tooltips, citation previews or navigation", () => {
	const dist = requireDist();
	const index = fragments(dist);
	const notes = [...index.values()].filter((f) => f.meta.type === 'note');
	assert.ok(notes.length > 50, `${notes.length} notes indexed`);
	let tooltips = 0;
	for (const note of notes) {
		const html = readText(path.join(dist, note.url, 'index.html'));
		const lede = plain(/<p class="lede"[^>]*>([\s\S]*?)<\/p>/.exec(html)![1]!);
		assert.ok(note.content.includes(lede), `${note.url}: its summary`);
		for (const hidden of [...texts(html, 'term-def'), ...texts(html, 'cite-preview')]) {
			tooltips++;
			assert.ok(!note.content.includes(hidden), `${note.url} indexes a tooltip: ${hidden}`);
		}
		for (const chrome of ['Linked from', 'Previous step', 'On this page', 'Edit this page'])
			assert.ok(!note.content.includes(chrome), `${note.url} indexes "${chrome}"`);
	}
	assert.ok(tooltips > 500, `only ${tooltips} tooltips checked`);
});

test('path pages are in the index under their names and aliases', () => {
	const paths = [...fragments(requireDist()).values()].filter((f) => f.url.startsWith('/paths/'));
	assert.ok(paths.length >= 1);
	for (const page of paths) {
		assert.equal(page.meta.type, 'path');
		assert.ok(page.meta.title, `${page.url} has a title`);
	}
	const aliases = paths.map((p) => p.meta.aliases ?? '').join('|');
	for (const name of ['start here', 'onboarding', 'new hire'])
		assert.match(aliases.toLowerCase(), new RegExp(name), `a path answers to "${name}"`);
});
