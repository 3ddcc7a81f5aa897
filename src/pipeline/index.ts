import type { Diagnostic } from '../lib/diagnostics.ts';
import { readContent } from './read.ts';
import { linkSite, type Site } from './site.ts';
import {
	checkDiagrams,
	checkDraftReferences,
	checkNameClashes,
	checkNoteReferences,
	checkPaths,
	checkPrerequisiteCycles,
} from './checks.ts';
import { checkGlossaryClaims, checkGlossaryTargets, checkShownNames } from './glossary-checks.ts';
import { lintNotes } from './lint.ts';

/** The content tree, read, linked and checked. */
export interface CheckedContent {
	site: Site;
	/** Every problem found, errors and warnings, in no particular order. */
	diagnostics: Diagnostic[];
}

/**
 * The first half of the content pipeline, shared by `npm run check` and the build: read every
 * file under `root` once, validate it, resolve links and citations, and run every check.
 * The build renders only what passes here, so the two can never disagree.
 */
export function checkContent(root: string): CheckedContent {
	const diagnostics: Diagnostic[] = [];
	const site = linkSite(readContent(root, diagnostics), diagnostics);
	diagnostics.push(
		...checkNameClashes(site),
		...checkNoteReferences(site),
		...checkPrerequisiteCycles(site),
		...checkGlossaryTargets(site),
		...checkGlossaryClaims(site),
		...checkShownNames(site),
		...checkPaths(site),
		...checkDiagrams(site),
		...checkDraftReferences(site),
		...lintNotes(site),
	);
	return { site, diagnostics };
}
