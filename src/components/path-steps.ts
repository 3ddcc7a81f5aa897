import type { PathRoute } from '../routes/routes.ts';
import { urls } from '../lib/site-urls.ts';

/** A path's steps as the progress script reads them from `data-steps`: slug, minutes, title, URL. */
export const progressSteps = (path: PathRoute) =>
	JSON.stringify(
		path.steps.map((s) => ({
			slug: s.slug,
			minutes: s.minutes,
			title: s.title,
			url: urls.note(s.slug),
		})),
	);
