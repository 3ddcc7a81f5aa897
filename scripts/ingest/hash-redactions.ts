/**
 * `npm run redactions -- <clear-text rules> [seed folder]`: writes scripts/ingest/redactions.yaml,
 * the privacy rules as salted hashes, from a rules file kept outside the repository:
 *
 *   interview-platform-lead-1:            # source id, as in sources.yaml
 *     labels: { Kr: Interviewer }         # speaker label in the raw file → role
 *     replace: { Jane Roe: the candidate } # name or place → what the site shows instead
 *     dropFrom: "^So, we'll be in touch"  # regex for the first line of a private ending
 *     dropBefore: "^Which Linux flavour"  # regex for the first line worth publishing
 *     mustNotAppear: ["500 Euros"]        # phrases of dropped passages, checked in the site
 *   talk-managed-platform:
 *     public: true                        # a public source: no privacy scan for its replacements
 *
 * Line rules are resolved against the raw files (default ../shared/seeds/) and stored as a line
 * number plus the hash of that line. The salt of an existing output file is kept, so unchanged
 * rules give the same hashes.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { casedHashes, termHasher, wordCount } from './hashed-terms.ts';
import { IngestError } from './types.ts';
import { loadYaml, DEFAULT_CONFIG } from './index.ts';
import { loadSources } from './metadata.ts';
import { readYamlFile } from './yaml-file.ts';
import { runCli } from '../lib/cli.ts';

interface ClearRules {
	public?: boolean;
	labels?: Record<string, string>;
	replace?: Record<string, string>;
	dropFrom?: string;
	dropBefore?: string;
	mustNotAppear?: string[];
}

/** Hashes clear-text rules; `rawOf` gives the raw text of a source id, to place its line rules. */
export function hashRules(
	clear: Record<string, ClearRules>,
	salt: string,
	rawOf: (id: string) => string,
): object {
	const hash = termHasher(salt);
	const lineRule = (id: string, pattern: string) => {
		const lines = rawOf(id).replace(/\r\n/g, '\n').split('\n');
		const index = lines.findIndex((l) => new RegExp(pattern).test(l));
		if (index === -1)
			throw new IngestError(
				id,
				`no line of its raw file matches ${JSON.stringify(pattern)}`,
				'fix the pattern in the clear-text rules',
			);
		return { line: index + 1, hash: hash(lines[index]!) };
	};
	const sources: Record<string, object> = {};
	for (const [id, rules] of Object.entries(clear).sort(([a], [b]) => a.localeCompare(b))) {
		sources[id] = {
			...(rules.public ? { public: true } : {}),
			...(rules.labels
				? {
						labels: Object.entries(rules.labels).map(([label, role]) => ({
							hash: hash(label),
							role,
						})),
					}
				: {}),
			...(rules.replace
				? {
						replace: Object.entries(rules.replace).map(([name, role]) => ({
							hash: hash(name),
							words: wordCount(name),
							cased: casedHashes(salt, name),
							role,
						})),
					}
				: {}),
			...(rules.dropFrom ? { dropFrom: lineRule(id, rules.dropFrom) } : {}),
			...(rules.dropBefore ? { dropBefore: lineRule(id, rules.dropBefore) } : {}),
			...(rules.mustNotAppear
				? {
						mustNotAppear: rules.mustNotAppear.map((phrase) => ({
							hash: hash(phrase),
							words: wordCount(phrase),
							cased: casedHashes(salt, phrase),
						})),
					}
				: {}),
		};
	}
	return { salt, sources };
}

const HEADER = `# Privacy rules for ingest, as salted hashes (HMAC-SHA256 of each term's lower-cased words): no
# private name, place or dropped passage is stored in this repository in clear text. Written by
# \`npm run redactions -- <clear-text rules>\` from a rules file kept outside the repository; see
# CONTRIBUTING.md ("Add or re-ingest a source").
`;

function main(): number {
	const { values, positionals } = parseArgs({
		allowPositionals: true,
		options: { out: { type: 'string' }, meta: { type: 'string' } },
	});
	const [clearFile, seeds = path.join('..', 'shared', 'seeds')] = positionals;
	if (!clearFile)
		throw new IngestError(
			'redactions',
			'no clear-text rules file given',
			'npm run redactions -- <clear-text rules> [seed folder]',
		);
	const out = values.out ?? DEFAULT_CONFIG.redactions;
	const metadata = loadSources(values.meta ?? DEFAULT_CONFIG.meta);
	const fileOf = new Map([...metadata.values()].map(({ file, meta }) => [meta.id, file]));
	const previous = fs.existsSync(out)
		? readYamlFile(out, 'delete it to start with a new salt').value
		: undefined;
	const salt =
		previous && typeof previous === 'object' && 'salt' in previous ? String(previous.salt) : '';
	const rawOf = (id: string) => {
		const file = fileOf.get(id);
		if (!file)
			throw new IngestError(id, 'no such source id in sources.yaml', 'use the id of a source');
		return fs.readFileSync(path.join(seeds, file), 'utf8');
	};
	const hashed = hashRules(
		loadYaml<Record<string, ClearRules>>(clearFile),
		salt || crypto.randomBytes(16).toString('hex'),
		rawOf,
	);
	fs.writeFileSync(
		out,
		HEADER +
			stringify(hashed, { lineWidth: 0, flowCollectionPadding: true, collectionStyle: 'block' }),
	);
	console.log(`Wrote ${path.relative(process.cwd(), out)}: every private term hashed.`);
	return 0;
}

if (
	process.argv[1] &&
	path.resolve(process.argv[1]) === path.resolve(import.meta.dirname, 'hash-redactions.ts')
)
	runCli('redactions', main, [IngestError]);
