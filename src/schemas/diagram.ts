import { z } from 'astro/zod';

/**
 * Size limits of a diagram, checked when its file is read, before anything is laid out
 * (documented in docs/writing-notes.md). A diagram past them is refused with one line; it would
 * not fit a reader's screen anyway, and the layout's cost grows with them (docs/benchmarks.md).
 */
export const DIAGRAM_LIMITS = {
	/** Characters in a box label or a participant's name. */
	label: 40,
	/** Characters in a box's second line. */
	detail: 40,
	/** Characters in a flow arrow's label. */
	edgeLabel: 24,
	/** Characters in a sequence message. */
	message: 60,
	/** Characters in a sequence note. */
	note: 80,
	/** Columns of a flow diagram, and boxes in one column. */
	columns: 6,
	boxesPerColumn: 6,
	/** Boxes (nodes) of a flow diagram in all. */
	nodes: 24,
	/** Arrows (edges) of a flow diagram. */
	edges: 40,
	/** Participants and steps of a sequence diagram. */
	participants: 7,
	steps: 30,
	/** Bytes in a diagram file, checked before it is parsed (a diagram within the limits above is a few kB). */
	fileBytes: 16_000,
} as const;
const L = DIAGRAM_LIMITS;

/**
 * A list checked for its length before its items: a file with ten thousand edges gets one
 * "at most 40" line, not ten thousand item checks and messages.
 */
const limitedList = <T extends z.ZodType>(item: T, max: number, what: string, min = 0) =>
	z
		.array(z.unknown())
		.max(max, `at most ${max} ${what} (see "Diagram limits" in docs/writing-notes.md)`)
		.pipe(z.array(item).min(min));

const label = z.string().trim().min(1).max(L.label, `keep diagram labels to ${L.label} characters`);

/**
 * A message (`from`, `to`, `label`, optional `dashed`) or a note (`over`, `note`) in a sequence
 * diagram. One strict object holds both field sets, so a misspelt field is named with a
 * did-you-mean (a union could only say "invalid input"); then it must be one or the other.
 */
const sequenceStep = z
	.strictObject({
		from: label.optional(),
		to: label.optional(),
		label: z
			.string()
			.trim()
			.min(1)
			.max(L.message, `keep messages to ${L.message} characters`)
			.optional(),
		dashed: z.boolean().default(false),
		over: z.array(label).min(1).max(L.participants).optional(),
		note: z.string().trim().min(1).max(L.note, `keep notes to ${L.note} characters`).optional(),
	})
	.check((ctx) => {
		const s = ctx.value;
		const message = s.from !== undefined && s.to !== undefined && s.label !== undefined;
		const note = s.over !== undefined && s.note !== undefined;
		const anyMessage = s.from ?? s.to ?? s.label;
		if (message === note || (note && anyMessage !== undefined))
			ctx.issues.push({
				code: 'custom',
				input: s,
				message:
					'a step is either a message { from, to, label } (dashed optional) or a note { over, note }',
			});
	})
	.transform(
		(
			s,
		):
			| { over: string[]; note: string }
			| { from: string; to: string; label: string; dashed: boolean } =>
			s.over !== undefined
				? { over: s.over, note: s.note! }
				: { from: s.from!, to: s.to!, label: s.label!, dashed: s.dashed },
	);

const common = {
	/** Shown above the picture and used as its accessible name. */
	title: z.string().trim().min(3).max(120),
	/** What the picture shows, for readers who cannot see it. */
	alt: z.string().trim().min(30, 'alt text describes the picture in a sentence or more').max(2000),
};

/** Participants left to right, steps top to bottom. */
export const sequenceDiagram = z.strictObject({
	...common,
	kind: z.literal('sequence'),
	participants: limitedList(label, L.participants, 'participants', 2),
	steps: limitedList(sequenceStep, L.steps, 'steps', 1),
});

/** A box of a flow diagram: an id for the arrows, a label and an optional second line. */
export const flowBox = z.strictObject({
	id: z.string().regex(/^[a-z0-9-]+$/, 'box ids are lowercase letters, digits and hyphens'),
	label,
	detail: z
		.string()
		.trim()
		.max(L.detail, `keep a box's detail to ${L.detail} characters`)
		.optional(),
});

const edgeEnd = z.string().min(1).max(60);
const edge = z
	.tuple([edgeEnd, edgeEnd])
	.or(
		z.tuple([
			edgeEnd,
			edgeEnd,
			z.string().max(L.edgeLabel, `keep arrow labels to ${L.edgeLabel} characters`),
		]),
	);

/** Columns of boxes left to right, with arrows between box ids. */
export const flowDiagram = z
	.strictObject({
		...common,
		kind: z.literal('flow'),
		columns: limitedList(
			limitedList(flowBox, L.boxesPerColumn, 'boxes in a column', 1),
			L.columns,
			'columns',
			1,
		),
		edges: limitedList(edge, L.edges, 'arrows (edges)').default([]),
	})
	.refine((d) => d.columns.flat().length <= L.nodes, {
		message: `at most ${L.nodes} boxes (nodes) in all (see "Diagram limits" in docs/writing-notes.md)`,
		path: ['columns'],
	});

/** A diagram in `content/diagrams/*.yaml`, drawn as SVG at build time. */
export const diagramSchema = z.discriminatedUnion('kind', [sequenceDiagram, flowDiagram]);

export type DiagramData = z.output<typeof diagramSchema>;
export type SequenceDiagramData = z.output<typeof sequenceDiagram>;
export type FlowDiagramData = z.output<typeof flowDiagram>;
