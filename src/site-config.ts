/** Where the content is edited: "Edit this page" links point here. Override with KB_REPO_URL and KB_EDIT_BRANCH. */
export const REPO_URL = (process.env.KB_REPO_URL ?? 'https://github.com/platform-team/platform-kb').replace(/\/$/, '');
export const EDIT_BRANCH = process.env.KB_EDIT_BRANCH ?? 'main';

/** The link that opens a repository file in the host's editor. */
export function editUrl(file: string): string {
	return `${REPO_URL}/edit/${EDIT_BRANCH}/${file.split('\\').join('/')}`;
}
