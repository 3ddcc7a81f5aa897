/**
 * The response headers every host sends with every file, written once here. The build writes
 * them into `dist/_headers` and `dist/staticwebapp.config.json`; `deploy/nginx/security-headers.conf`
 * repeats them for nginx, and a test holds that file to this list and checks real nginx responses.
 *
 * Each page also carries its own Content-Security-Policy `<meta>` with the hashes of its scripts
 * and styles. A policy in a header adds what a `<meta>` cannot say (`frame-ancestors`) and never
 * loosens the page's own: browsers enforce both.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
	'Content-Security-Policy':
		"frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
	'X-Frame-Options': 'DENY',
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
	'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
	'Cross-Origin-Opener-Policy': 'same-origin',
};

/** How long each kind of file may be cached: hashed assets forever, the search index an hour. */
export const CACHE_RULES: readonly { path: string; cacheControl: string }[] = [
	{ path: '/_astro/*', cacheControl: 'public, max-age=31536000, immutable' },
	{ path: '/pagefind/*', cacheControl: 'public, max-age=3600, must-revalidate' },
];

/** Everything else, HTML above all, is revalidated on every request. */
export const DEFAULT_CACHE_CONTROL = 'no-cache';
