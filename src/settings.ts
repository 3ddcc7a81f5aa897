import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { z } from 'astro/zod';
import { isoDay } from './lib/dates.ts';

/**
 * Every build-time setting, read from `KB_*` environment variables once and validated here, so
 * a typo in a deploy script fails with the variable's name instead of a broken site.
 */
export interface Settings {
	/** Public origin of the site. `KB_SITE`, e.g. `https://platform-team.github.io`. */
	site: string;
	/** Path the site is served under, with leading and trailing slash. `KB_BASE`, e.g. `/platform-kb/`. */
	base: string;
	/** Where the build writes. `KB_OUT_DIR` (tests build fixture trees into temp folders). */
	outDir: string;
	/** The content tree. `KB_CONTENT_DIR` (tests point it at fixture trees). */
	contentDir: string;
	/** Astro's cache: one per content tree, so builds of different trees never share entries. */
	cacheDir: string;
	/**
	 * Files the content pipeline emits besides pages (code colours, the search vocabulary): the
	 * build copies them into the site, the dev server serves them. One folder per build output
	 * and one for the dev server (which shows drafts), so no run reads another's files.
	 */
	artefactDir: (mode: 'build' | 'dev') => string;
	/** Repository that "Edit this page" links open. `KB_REPO_URL`. */
	repoUrl: string;
	/** Branch those links edit. `KB_EDIT_BRANCH`. */
	editBranch: string;
	/** "Today" for review dates. `KB_TODAY` pins it (YYYY-MM-DD) so two builds of one commit match. */
	today: Date;
}

const day = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
	.refine((text) => {
		const date = new Date(`${text}T00:00:00Z`);
		return !Number.isNaN(date.getTime()) && isoDay(date) === text;
	}, 'not a real calendar date');

const variables = z.object({
	KB_SITE: z
		.url({
			protocol: /^https?$/,
			error: 'expected an http(s) origin such as https://kb.example.com',
		})
		.refine(
			(url) => new URL(url).pathname === '/',
			'give the origin only; put a sub-path in KB_BASE',
		)
		.default('http://localhost:4321'),
	KB_BASE: z
		.string()
		.regex(/^\/(?:[A-Za-z0-9._~-]+\/?)*$/, 'expected a path such as / or /platform-kb/')
		.transform((base) => (base.endsWith('/') ? base : `${base}/`))
		.default('/'),
	KB_OUT_DIR: z.string().min(1).default('dist'),
	KB_CONTENT_DIR: z.string().min(1).optional(),
	KB_REPO_URL: z
		.url({
			protocol: /^https?$/,
			error: 'expected the repository URL, e.g. https://github.com/org/repo',
		})
		.default('https://github.com/platform-team/platform-kb'),
	KB_EDIT_BRANCH: z
		.string()
		.regex(/^[A-Za-z0-9._/-]+$/, 'expected a branch name')
		.default('main'),
	KB_TODAY: day.optional(),
});

/** A bad `KB_*` variable: the message names each one and what it expects. */
export class SettingsError extends Error {
	constructor(problems: string[]) {
		super(`invalid build settings:\n${problems.map((p) => `  ${p}`).join('\n')}`);
		this.name = 'SettingsError';
		this.stack = '';
	}
}

/** Reads and validates the `KB_*` variables of `env`, relative to `cwd`. */
export function readSettings(
	env: Record<string, string | undefined> = process.env,
	cwd = process.cwd(),
): Settings {
	const blankless = Object.fromEntries(
		Object.entries(env).filter(([key, value]) => key.startsWith('KB_') && value !== ''),
	);
	const parsed = variables.safeParse(blankless);
	if (!parsed.success) {
		throw new SettingsError(
			parsed.error.issues.map(
				(issue) =>
					`${issue.path.join('.')}=${JSON.stringify(blankless[String(issue.path[0])])}: ${issue.message}`,
			),
		);
	}
	const v = parsed.data;
	const contentDir = path.resolve(cwd, v.KB_CONTENT_DIR ?? 'content');
	const tree = createHash('sha1').update(contentDir).digest('hex').slice(0, 8);
	const outDir = path.resolve(cwd, v.KB_OUT_DIR);
	const cacheDir = v.KB_CONTENT_DIR
		? path.join(os.tmpdir(), `kb-astro-cache-${tree}`)
		: path.resolve(cwd, 'node_modules/.astro');
	return {
		site: v.KB_SITE.replace(/\/$/, ''),
		base: v.KB_BASE,
		outDir,
		contentDir,
		cacheDir,
		artefactDir: (mode) =>
			path.join(
				cacheDir,
				'platform-kb',
				mode === 'dev' ? 'dev' : createHash('sha1').update(outDir).digest('hex').slice(0, 8),
			),
		repoUrl: v.KB_REPO_URL.replace(/\/$/, ''),
		editBranch: v.KB_EDIT_BRANCH,
		today: v.KB_TODAY ? new Date(`${v.KB_TODAY}T00:00:00Z`) : new Date(),
	};
}
