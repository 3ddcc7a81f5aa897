/**
 * What a note may link to. Which elements and attributes a note may use is the registry in
 * src/elements/ (each element defined once; the check reads it in note-safety.ts).
 */

/** URL schemes a link or image may use; anything else (javascript:, data:, vbscript:, file:) is refused. */
export const SAFE_URL = /^(?:https?:|mailto:|#|\/(?![/\\])|\.{1,2}\/|[^:/?#\\]+(?:[/?#]|$))/i;

/** True for a URL a note may link to or show (an image must also be on the site: `isSitePath`). */
export function isSafeUrl(url: string): boolean {
	// Browsers ignore control characters and white space inside a scheme ("java\tscript:").
	const plain = url.replace(/[\u0000-\u0020\u007f]/g, '');
	return plain === '' || SAFE_URL.test(plain);
}
