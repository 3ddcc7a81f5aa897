/**
 * Which URLs content may hold. A URL field or a note's link may lead to the web (`https:`,
 * `http:`) or into the site (`/notes/…`, `#…`); nothing that runs or embeds (`javascript:`,
 * `data:`, `vbscript:`, `file:`), and no "protocol-relative" `//host` (or `/\host`, which
 * browsers read the same way), which hides another site behind a path. Images come from the site
 * itself only: the Content Security Policy (`img-src 'self'`) blocks every other host.
 */

/** Browsers ignore control characters and white space inside a scheme ("java\tscript:"). */
const plain = (url: string) => url.replace(/[\u0000-\u0020\u007f]/g, '');

/** `//host`, `/\host`, `\\host`, `\/host`: another host, whatever the page's scheme. */
const OTHER_HOST = /^[/\\]{2}/;

/** An absolute `https://` or `http://` address with a host, and nothing browsers would rewrite. */
export function isWebUrl(url: string): boolean {
	if (url !== url.trim() || /[\u0000-\u001f\u007f\\]/.test(url)) return false;
	if (!/^https?:\/\/[^/?#]/i.test(url)) return false;
	try {
		const parsed = new URL(url);
		return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== '';
	} catch {
		return false;
	}
}

/** A path into this site: `/notes/x/`, `../x`, `x.png`, `#part`, `?q=x`; no scheme, no other host. */
export function isSitePath(url: string): boolean {
	const text = plain(url);
	return !OTHER_HOST.test(text) && !/^[^/?#\\]*:/.test(text);
}
