/** Writes the table of note elements into docs/writing-notes.md, between its markers, from src/elements/. */
import fs from 'node:fs';
import { withElementsTable } from '../src/elements/index.ts';

const FILE = 'docs/writing-notes.md';
const before = fs.readFileSync(FILE, 'utf8');
const after = withElementsTable(before);
if (after !== before) fs.writeFileSync(FILE, after);
console.log(
	after === before ? `${FILE}: the table is up to date` : `${FILE}: table of elements written`,
);
