import { z } from 'astro/zod';

const label = z.string().trim().min(1).max(40, 'keep diagram labels under 40 characters');

/** A message or a note in a sequence diagram. */
const sequenceStep = z.union([
	z
		.object({
			from: label,
			to: label,
			label: z.string().trim().min(1).max(60),
			dashed: z.boolean().default(false),
		})
		.strict(),
	z.object({ over: z.array(label).min(1).max(7), note: z.string().trim().min(1).max(80) }).strict(),
]);

const common = {
	/** Shown above the picture and used as its accessible name. */
	title: z.string().trim().min(3),
	/** What the picture shows, for readers who cannot see it. */
	alt: z.string().trim().min(30, 'alt text describes the picture in a sentence or more'),
};

/** Participants left to right, steps top to bottom. */
export const sequenceDiagram = z.object({
	...common,
	kind: z.literal('sequence'),
	participants: z.array(label).min(2).max(7),
	steps: z.array(sequenceStep).min(1).max(30),
});

/** Columns of boxes left to right, with arrows between box ids. */
export const flowDiagram = z.object({
	...common,
	kind: z.literal('flow'),
	columns: z
		.array(
			z
				.array(
					z.object({
						id: z.string().regex(/^[a-z0-9-]+$/),
						label,
						detail: z.string().max(40).optional(),
					}),
				)
				.min(1)
				.max(6),
		)
		.min(1)
		.max(6),
	edges: z
		.array(
			z.tuple([z.string(), z.string()]).or(z.tuple([z.string(), z.string(), z.string().max(24)])),
		)
		.default([]),
});

/** A diagram in `content/diagrams/*.yaml`, drawn as SVG at build time. */
export const diagramSchema = z.discriminatedUnion('kind', [sequenceDiagram, flowDiagram]);

export type DiagramData = z.output<typeof diagramSchema>;
export type SequenceDiagramData = z.output<typeof sequenceDiagram>;
export type FlowDiagramData = z.output<typeof flowDiagram>;
