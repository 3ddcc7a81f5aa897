import { describeLink, linkProblems } from '../../scripts/lib/links.ts';

/**
 * Every internal link or `#fragment` of a built site served under `base` that does not resolve,
 * one line each, and how many links were checked (the crawler is scripts/lib/links.ts, shared
 * with `npm run report:pr`).
 */
export function brokenLinks(dist: string, base = '/'): { broken: string[]; checked: number } {
	const { problems, checked } = linkProblems(dist, base);
	return { broken: problems.map(describeLink), checked };
}
