import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { contentLoaders } from './integrations/content-loader.ts';
import type {
	DiagramRoute,
	GlossaryRoute,
	NoteRoute,
	PathRoute,
	SiteRoute,
	SourceRoute,
	TagRoute,
} from './routes/routes.ts';
import { readSettings } from './settings.ts';

// Every collection is filled by the project's own content pipeline (see docs/decisions.md): the
// pipeline reads, validates and links the content once, so the data here is already checked and
// the schemas only give the pages their types.
const loaders = contentLoaders(readSettings());

export const collections = {
	notes: defineCollection({ loader: loaders.notes, schema: z.custom<NoteRoute>() }),
	glossary: defineCollection({ loader: loaders.glossary, schema: z.custom<GlossaryRoute>() }),
	sources: defineCollection({ loader: loaders.sources, schema: z.custom<SourceRoute>() }),
	paths: defineCollection({ loader: loaders.paths, schema: z.custom<PathRoute>() }),
	diagrams: defineCollection({ loader: loaders.diagrams, schema: z.custom<DiagramRoute>() }),
	tags: defineCollection({ loader: loaders.tags, schema: z.custom<TagRoute>() }),
	site: defineCollection({ loader: loaders.site, schema: z.custom<SiteRoute>() }),
};
