/**
 * `npm run report:stale`: notes past their review date, oldest first, with owners.
 * Exits 0 either way: staleness is a to-do list, not a build failure.
 */
import { buildSite } from '../src/graph/site.ts';
import { contentRoot } from '../src/lib/content-root.ts';
import { isOverdue, reviewDue, today } from '../src/lib/review.ts';
import { isoDay } from '../src/lib/dates.ts';

const now = today();
const site = buildSite(contentRoot());
const overdue = [...site.notes.values()]
	.filter((n) => n.data.status !== 'draft' && isOverdue(n.data.reviewed, n.data.pillar, n.data.reviewEvery, now))
	.map((n) => ({ note: n, due: reviewDue(n.data.reviewed, n.data.pillar, n.data.reviewEvery) }))
	.sort((a, b) => a.due.getTime() - b.due.getTime());

if (overdue.length === 0) {
	console.log(`No note is past its review date (${site.notes.size} notes, as of ${isoDay(now)}).`);
} else {
	console.log(`${overdue.length} of ${site.notes.size} notes are past their review date (as of ${isoDay(now)}):\n`);
	for (const { note, due } of overdue) console.log(`${isoDay(due)}  ${note.data.owner.padEnd(16)}  ${note.file}  (reviewed ${isoDay(note.data.reviewed)})`);
}
