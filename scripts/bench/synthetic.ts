import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const PILLARS = ['lcm', 'cicd', 'bluegreen', 'istio', 'kubernetes', 'operations', 'platform'];
const WORDS =
	'cluster node pool upgrade release pipeline sidecar certificate policy namespace drain budget replica probe registry image version tag staging production'.split(
		' ',
	);

/**
 * A content tree of `count` notes shaped like real ones (about 600 words, headings, wiki-links
 * to neighbours, a code block), with the real sources and no glossary, for scale measurements.
 */
export function syntheticTree(count: number): string {
	const root = fs.mkdtempSync(path.join(os.tmpdir(), `kb-synthetic-${count}-`));
	fs.cpSync(path.resolve('content/sources'), path.join(root, 'sources'), { recursive: true });
	let seed = 1;
	const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
	const word = () => WORDS[Math.floor(random() * WORDS.length)]!;
	const sentence = () => `${Array.from({ length: 12 }, word).join(' ')}.`;
	for (let i = 0; i < count; i++) {
		const pillar = PILLARS[i % PILLARS.length]!;
		const dir = path.join(root, 'notes', pillar);
		fs.mkdirSync(dir, { recursive: true });
		const links = [1, 7, 31].map((step) => `[[note-${(i + step) % count}]]`).join(', ');
		const sections = Array.from(
			{ length: 4 },
			(_, s) => `## Section ${s + 1}\n\n${Array.from({ length: 12 }, sentence).join(' ')}\n`,
		).join('\n');
		fs.writeFileSync(
			path.join(dir, `note-${i}.mdx`),
			`---\ntitle: Synthetic note ${i}\nsummary: A synthetic note used to measure how the build scales with the number of notes.\npillar: ${pillar}\nreviewed: 2026-11-21\nsourced: false\n---\n\nSee ${links}.\n\n${sections}\n\`\`\`yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: note-${i}\n\`\`\`\n`,
		);
	}
	return root;
}
