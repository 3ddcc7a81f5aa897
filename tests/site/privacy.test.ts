import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { readText, requireDist, walk } from '../helpers/dist.ts';
import { DEFAULT_CONFIG } from '../../scripts/ingest/index.ts';
import { forbiddenTerms, loadRules } from '../../scripts/ingest/redaction-rules.ts';
import { casedHashes, termsIn, type HashedTerm } from '../../scripts/ingest/hashed-terms.ts';

// The private names, places and dropped passages are known here only as salted hashes: the
// tests hash every word sequence they scan and look it up (scripts/ingest/hashed-terms.ts).
const rules = loadRules(DEFAULT_CONFIG.redactions);
const terms = forbiddenTerms(rules);
/** A finding names the hash, never the term: a test log must not leak what it protects. */
const describe = (found: Set<HashedTerm>, where: string) =>
	[...found].map(
		(t) =>
			`${where}: a redacted term (hash ${t.hash.slice(0, 8)}…, ${t.words} word${t.words > 1 ? 's' : ''})`,
	);

test('the redaction rules list names and dropped passages to look for, and hold none in clear text', () => {
	assert.ok(terms.length >= 20, `only ${terms.length} terms`);
	assert.ok(
		terms.some((t) => t.words >= 3),
		'dropped passages are included as phrases',
	);
});

test('the scanner finds a hashed term as written or capitalised, on whole words, never an everyday phrase', () => {
	const salt = 'test-salt-only';
	const list = [{ hash: 'unused', words: 2, cased: casedHashes(salt, 'jo bloggs') }];
	assert.equal(
		termsIn(['We asked jo  bloggs about it.'], list, salt).size,
		1,
		'as written, any spacing',
	);
	assert.equal(termsIn(['We asked Jo Bloggs.'], list, salt).size, 1, 'capitalised');
	assert.equal(termsIn(['We asked Jo Bloggsworth.'], list, salt).size, 0, 'whole words only');
	assert.equal(
		termsIn(['<b>Jo</b> <i>Bloggs</i>'], list, salt).size,
		0,
		'tags between the words break the sequence',
	);
	const phrase = [{ hash: 'unused', words: 3, cased: casedHashes(salt, 'Over The Top') }];
	assert.equal(
		termsIn(['Costs went over the top this year.'], phrase, salt).size,
		0,
		'an everyday phrase in lower case is not the name',
	);
	assert.equal(termsIn(['She worked at Over The Top.'], phrase, salt).size, 1);
});

test('no redacted name or dropped passage appears anywhere in the built site or its search index', () => {
	const dist = requireDist();
	const files = walk(dist).filter((f) =>
		/\.(html|js|json|xml|txt|css|pf_fragment|pf_index|pf_meta|pf_filter)$/.test(f),
	);
	assert.ok(files.length > 50, 'the built site should have many files');
	const hits = files.flatMap((file) =>
		describe(termsIn([readText(file)], terms, rules.salt), path.relative(dist, file)),
	);
	assert.deepEqual(hits, []);
});

test('no tracked file of the repository holds a redacted name or dropped passage', () => {
	const tracked = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' })
		.split('\0')
		.filter(Boolean);
	assert.ok(tracked.length > 100);
	const hits = tracked.flatMap((file) => {
		if (!fs.existsSync(file)) return [];
		const bytes = fs.readFileSync(file);
		return bytes.includes(0)
			? []
			: describe(termsIn([bytes.toString('utf8')], terms, rules.salt), file);
	});
	assert.deepEqual(hits, []);
});
