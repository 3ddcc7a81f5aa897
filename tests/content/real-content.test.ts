import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAllDocuments } from 'yaml';
import { checkContent } from '../../src/pipeline/index.ts';
import { readSettings } from '../../src/settings.ts';
import { formatDiagnostic } from '../../src/lib/diagnostics.ts';
import { outdatedApiVersion } from '../../src/lib/api-versions.ts';
import { splitNoteRef } from '../../src/lib/slug.ts';
import { readingOf } from '../../src/schemas/source.ts';
import { foldQuote } from '../../src/pipeline/evidence.ts';

const { site, diagnostics } = checkContent(readSettings().contentDir);

test('the real content has no errors or warnings', () => {
	assert.deepEqual(diagnostics.map(formatDiagnostic), []);
});

test('every YAML block in the notes parses, and manifests use current API versions unless marked historical', () => {
	let manifests = 0;
	const problems: string[] = [];
	for (const note of site.notes.values()) {
		for (const block of note.syntax.code.filter((c) => /^ya?ml$/i.test(c.lang ?? ''))) {
			for (const doc of parseAllDocuments(block.value)) {
				if (doc.errors.length) problems.push(`${note.file}:${block.line} ${doc.errors[0]!.message}`);
				const apiVersion = (doc.toJS() as { apiVersion?: string } | null)?.apiVersion;
				if (!apiVersion) continue;
				manifests++;
				if (outdatedApiVersion(apiVersion) && !/\bhistorical\b/.test(block.meta ?? '')) problems.push(`${note.file}:${block.line} ${apiVersion}`);
			}
		}
	}
	assert.deepEqual(problems, []);
	assert.ok(manifests >= 20, `only ${manifests} manifests found`);
});

test('every pillar has a hub that links all of its notes, and every glossary term points at a note', () => {
	const pillars = new Set([...site.notes.values()].map((n) => n.data.pillar));
	for (const pillar of pillars) assert.equal([...site.notes.values()].filter((n) => n.data.pillar === pillar && n.data.hub).length, 1, pillar);
	assert.ok(site.glossary.length >= 60);
	for (const entry of site.glossary) assert.ok(site.notes.has(splitNoteRef(entry.data.note).slug), entry.file);
});

test('every citation highlights words that are in its segment: the quote when it has one, else a sentence of the segment', () => {
	let checked = 0;
	for (const [slug, citations] of site.citations.byNote) {
		for (const c of citations) {
			const reading = readingOf(c.segment);
			const words = reading.slice(c.support.start, c.support.end);
			assert.ok(words.trim().length > 0, `${slug} → ${c.src} ${c.segment.label}: nothing highlighted`);
			if (c.quote) assert.equal(foldQuote(words), foldQuote(c.quote), `${slug} → ${c.src} ${c.segment.label}: the quote is what is highlighted`);
			checked++;
		}
	}
	assert.ok(checked > 500, `only ${checked} citations`);
});

test('every outdated flag on a source says what is out of date and what replaced it', () => {
	const flagged = [...site.sources.values()].flatMap((s) => s.data.segments.filter((seg) => seg.outdated).map((seg) => ({ id: s.id, seg })));
	assert.ok(flagged.length >= 10);
	for (const { id, seg } of flagged) {
		assert.ok(seg.outdated!.reason.length >= 10, `${id} ${seg.label}: reason`);
		assert.ok(seg.outdated!.today.length >= 10, `${id} ${seg.label}: today's equivalent`);
	}
	const deck = site.sources.get('deck-docker-k8s-istio')!.data.segments;
	assert.equal(deck.find((s) => s.anchor === 'slide-204')!.outdated, undefined, 'slide 204 (Gateway) describes a current concept');
});
