import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';

/** The colours of highlighted code, one class per token colour, in both themes; linked by note pages that show code. */
export const GET: APIRoute = async () =>
	new Response((await getEntry('site', 'site'))!.data.codeCss, {
		headers: { 'content-type': 'text/css; charset=utf-8' },
	});
