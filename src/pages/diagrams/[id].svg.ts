import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { standaloneSvg } from '../../diagrams/standalone.ts';

/** Each diagram's wide picture as an SVG file: opened on its own, it is whole and zooms freely. */
export const getStaticPaths: GetStaticPaths = async () =>
	(await getCollection('diagrams')).map((entry) => ({
		params: { id: entry.id },
		props: { svg: entry.data.svg },
	}));

export const GET: APIRoute = ({ props }) =>
	new Response(standaloneSvg((props as { svg: string }).svg), {
		headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
	});
