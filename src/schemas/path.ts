import { z } from 'astro/zod';
import { alias, slugRef } from './common.ts';

/** A reading path in `content/paths/*.yaml`: notes in order. */
export const pathSchema = z.strictObject({
	title: z.string().trim().min(3),
	summary: z.string().trim().min(20),
	/** Names people search for the path by. @example `[start here, new hire, onboarding]` */
	aliases: z.array(alias).default([]),
	/** Notes in reading order, each with an estimated reading time in minutes. */
	steps: z
		.array(z.strictObject({ note: slugRef, minutes: z.number().int().min(1).max(60) }))
		.min(1, 'a path lists at least one note'),
});

export type PathData = z.output<typeof pathSchema>;
