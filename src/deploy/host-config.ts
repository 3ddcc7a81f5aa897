import { CACHE_RULES, DEFAULT_CACHE_CONTROL, SECURITY_HEADERS } from './security-headers.ts';

/** `_headers` for hosts that read it (Netlify, Cloudflare Pages): security headers on every path, then cache rules. */
export function headersFile(): string {
	const block = (path: string, headers: Record<string, string>) =>
		[path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
	return [
		'# Written by the build from src/deploy/security-headers.ts: edit that file, not this one.',
		block('/*', SECURITY_HEADERS),
		...CACHE_RULES.map((r) => block(r.path, { 'Cache-Control': r.cacheControl })),
		block('/*.html', { 'Cache-Control': DEFAULT_CACHE_CONTROL }),
		'',
	].join('\n');
}

/** `staticwebapp.config.json` for Azure Static Web Apps: the same headers, cache rules, MIME types and 404 page. */
export function staticWebAppConfig(): string {
	const config = {
		trailingSlash: 'always',
		responseOverrides: { '404': { rewrite: '/404.html' } },
		globalHeaders: { ...SECURITY_HEADERS, 'Cache-Control': DEFAULT_CACHE_CONTROL },
		routes: CACHE_RULES.map((r) => ({
			route: r.path,
			headers: { 'Cache-Control': r.cacheControl },
		})),
		mimeTypes: Object.fromEntries(
			['.pagefind', '.pf_meta', '.pf_index', '.pf_fragment', '.pf_filter'].map((ext) => [
				ext,
				'application/octet-stream',
			]),
		),
	};
	return `${JSON.stringify(config, null, 2)}\n`;
}
