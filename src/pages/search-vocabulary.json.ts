import type { APIRoute } from 'astro';
import { loadSite } from '../graph/site.ts';
import { vocabulary } from '../graph/vocabulary.ts';

/** The word list behind search's "did you mean"; fetched only when a search finds little. */
export const GET: APIRoute = () => new Response(JSON.stringify(vocabulary(loadSite())), { headers: { 'content-type': 'application/json' } });
