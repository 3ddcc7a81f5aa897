import { createHash } from 'node:crypto';
import type { Pillar } from '../schemas/common.ts';

/**
 * Months between reviews when a note does not say: fast-moving areas (Istio, the release
 * process, lifecycle work) go stale sooner than Kubernetes fundamentals.
 */
export const REVIEW_MONTHS: Record<Pillar, number> = {
	lcm: 6,
	cicd: 6,
	bluegreen: 12,
	istio: 6,
	kubernetes: 12,
	operations: 6,
	platform: 6,
};

/** The date a note is due for review. */
export function reviewDue(reviewed: Date, pillar: Pillar, every?: number): Date {
	const due = new Date(reviewed);
	due.setUTCMonth(due.getUTCMonth() + (every ?? REVIEW_MONTHS[pillar]));
	return due;
}

/** True when the review date has passed. `today` is injectable for tests and reproducible builds. */
export function isOverdue(
	reviewed: Date,
	pillar: Pillar,
	every: number | undefined,
	today: Date,
): boolean {
	return reviewDue(reviewed, pillar, every).getTime() < today.getTime();
}

/** The `reviewed:` line and the `review:` record (a block or one flow line) at the top level of frontmatter. */
const REVIEW_LINES = /^(?:reviewed:.*|review:.*(?:\r?\n[ \t]+.*)*)(?:\r?\n|$)/gm;

/**
 * A digest of what a review reads: the whole note as written without its review date and
 * record, white space folded, so that only a change to the note's content makes it differ.
 */
export function reviewDigest(source: string): string {
	const text = source.replace(REVIEW_LINES, '').replace(/\s+/g, ' ').trim();
	return createHash('sha256').update(text).digest('hex').slice(0, 12);
}
