/**
 * What a note may contain besides Markdown: the one place that says which MDX components and
 * HTML elements notes may use, with which attributes. Notes are content, not code: nothing
 * here can run a script, load a resource or change the page outside the note.
 * docs/writing-notes.md documents the same list.
 */
export const NOTE_ELEMENTS: Record<
	string,
	{ attributes: readonly string[]; required?: readonly string[]; use: string }
> = {
	Cite: {
		attributes: ['src', 'at', 'quote'],
		required: ['src', 'at'],
		use: 'a citation: <Cite src="talk-managed-platform" at="00:20:19" />',
	},
	Diagram: {
		attributes: ['id'],
		required: ['id'],
		use: 'a diagram from content/diagrams: <Diagram id="bluegreen-upgrade" />',
	},
	details: {
		attributes: ['open'],
		use: 'a "Check yourself" question: <details><summary>Question?</summary> answer </details>',
	},
	summary: { attributes: [], use: 'the question line inside <details>' },
	kbd: { attributes: [], use: 'a key: <kbd>Ctrl</kbd>' },
	abbr: {
		attributes: ['title'],
		use: 'an abbreviation: <abbr title="Pod disruption budget">PDB</abbr>',
	},
	br: { attributes: [], use: 'a line break' },
	sub: { attributes: [], use: 'subscript' },
	sup: { attributes: [], use: 'superscript' },
	NoTerms: {
		attributes: [],
		use: 'a passage whose words are not linked to the glossary: <NoTerms>the other control plane</NoTerms>',
	},
};

/** URL schemes a link or image may use; anything else (javascript:, data:, vbscript:, file:) is refused. */
export const SAFE_URL = /^(?:https?:|mailto:|#|\/(?![/\\])|\.{1,2}\/|[^:/?#\\]+(?:[/?#]|$))/i;

/** True for a URL a note may link to or show (an image must also be on the site: `isSitePath`). */
export function isSafeUrl(url: string): boolean {
	// Browsers ignore control characters and white space inside a scheme ("java\tscript:").
	const plain = url.replace(/[\u0000-\u0020\u007f]/g, '');
	return plain === '' || SAFE_URL.test(plain);
}
