import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentRoot } from './lib/content-root.ts';
import { slugFromPath } from './lib/slug.ts';
import { noteSchema } from './schemas/note.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { pathSchema } from './schemas/path.ts';
import { sourceSchema } from './schemas/source.ts';

const root = contentRoot();
const base = (folder: string) => path.join(root, folder);
const byFileName = ({ entry }: { entry: string }) => slugFromPath(entry).replace(/\.(ya?ml|json)$/, '');

export const collections = {
	notes: defineCollection({ loader: glob({ pattern: '**/*.{md,mdx}', base: base('notes'), generateId: byFileName }), schema: noteSchema }),
	glossary: defineCollection({ loader: glob({ pattern: '**/*.{yaml,yml}', base: base('glossary'), generateId: byFileName }), schema: glossarySchema }),
	paths: defineCollection({ loader: glob({ pattern: '**/*.{yaml,yml}', base: base('paths'), generateId: byFileName }), schema: pathSchema }),
	sources: defineCollection({ loader: glob({ pattern: '**/*.json', base: base('sources'), generateId: byFileName }), schema: sourceSchema }),
};
