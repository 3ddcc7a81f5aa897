import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';

/** The word list behind search's "did you mean"; fetched only when a search needs a correction. */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify((await getEntry('site', 'site'))!.data.vocabulary), {
		headers: { 'content-type': 'application/json' },
	});
