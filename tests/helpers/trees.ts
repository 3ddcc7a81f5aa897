import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from './temp.ts';

export const GOOD = path.resolve('tests/fixtures/site/content');
export const BAD = path.resolve('tests/fixtures/bad');

/** A fresh copy of the good fixture tree, to change in a test. */
export function copyOfGood(): string {
	const root = tempDir('kb-tree-');
	fs.cpSync(GOOD, root, { recursive: true });
	return root;
}

/** Copies the good fixture tree and adds one bad file to it. */
export function treeWith(badFile: string, folder: string): { root: string; file: string } {
	const root = tempDir('kb-bad-');
	fs.cpSync(GOOD, root, { recursive: true });
	const file = path.join(root, folder, path.basename(badFile));
	fs.mkdirSync(path.dirname(file), { recursive: true });
	fs.copyFileSync(path.join(BAD, badFile), file);
	return { root, file };
}
