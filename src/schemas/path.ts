import { z } from 'astro/zod';
import { alias, slugRef } from './common.ts';

/** A part of a path: a day or a theme, its steps listed together under its title. */
const pathPart = z.strictObject({
	/** What the steps name in `part`. @example `day-1` */
	id: z
		.string()
		.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected an id such as "day-1" (lower case, hyphens)'),
	/** The part's heading on the path's page. @example `Day 1: what the platform is` */
	title: z.string().trim().min(3).max(80),
});

/** One step: a note, its reading time, its part, and why it comes where it does. */
const pathStep = z.strictObject({
	note: slugRef,
	minutes: z.number().int().min(1).max(60),
	/** The id of the part (day or theme) the step belongs to. @example `day-1` */
	part: z.string(),
	/** One line, shown under the step, on why it comes here. @example `The control loop every later note relies on.` */
	why: z.string().trim().min(10).max(160, 'keep "why" to one line (160 characters at most)'),
});

/**
 * A reading path in `content/paths/*.yaml`: notes in order, grouped into parts (days or themes)
 * listed in the same order, each step with a line on why it comes where it does.
 */
export const pathSchema = z
	.strictObject({
		title: z.string().trim().min(3),
		summary: z.string().trim().min(20),
		/** Names people search for the path by. @example `[start here, new hire, onboarding]` */
		aliases: z.array(alias).default([]),
		/** The days or themes, in reading order. @example `[{ id: day-1, title: "Day 1: the platform" }]` */
		parts: z.array(pathPart).min(1, 'a path has at least one part (a day or a theme)'),
		/** Notes in reading order, each with an estimated reading time in minutes, its part and why it comes here. */
		steps: z.array(pathStep).min(1, 'a path lists at least one note'),
	})
	.superRefine((path, ctx) => {
		const ids = path.parts.map((p) => p.id);
		ids.forEach((id, i) => {
			if (ids.indexOf(id) !== i)
				ctx.addIssue({
					code: 'custom',
					path: ['parts', i, 'id'],
					message: `part "${id}" is listed twice`,
				});
		});
		let at = 0;
		path.steps.forEach((step, i) => {
			const index = ids.indexOf(step.part);
			if (index === -1)
				ctx.addIssue({
					code: 'custom',
					path: ['steps', i, 'part'],
					message: `unknown part "${step.part}"; the parts are ${ids.map((id) => `"${id}"`).join(', ')}`,
				});
			else if (index < at)
				ctx.addIssue({
					code: 'custom',
					path: ['steps', i, 'part'],
					message: `part "${step.part}" comes back after "${ids[at]}"; list each part's steps together, in the order of "parts"`,
				});
			else at = index;
		});
		path.parts.forEach((part, i) => {
			if (!path.steps.some((s) => s.part === part.id))
				ctx.addIssue({
					code: 'custom',
					path: ['parts', i],
					message: `part "${part.id}" has no steps`,
				});
		});
	});

export type PathData = z.output<typeof pathSchema>;
