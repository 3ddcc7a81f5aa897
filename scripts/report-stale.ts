/**
 * `npm run report:stale`: published notes past their review date, oldest first, with owners.
 * Exits 0 either way: staleness is a to-do list, not a build failure.
 */
import { checkContent } from '../src/pipeline/index.ts';
import { isDraft } from '../src/pipeline/checks.ts';
import { isOverdue, reviewDue } from '../src/lib/review.ts';
import { isoDay } from '../src/lib/dates.ts';
import { readSettings } from '../src/settings.ts';
import { runCli } from './lib/cli.ts';

runCli('report:stale', () => {
	const { contentDir, today } = readSettings();
	const { site } = checkContent(contentDir);
	const overdue = [...site.notes.values()]
		.filter(
			(n) => !isDraft(n) && isOverdue(n.data.reviewed, n.data.pillar, n.data.reviewEvery, today),
		)
		.map((n) => ({ note: n, due: reviewDue(n.data.reviewed, n.data.pillar, n.data.reviewEvery) }))
		.sort((a, b) => a.due.getTime() - b.due.getTime());
	if (overdue.length === 0) {
		console.log(
			`No note is past its review date (${site.notes.size} notes, as of ${isoDay(today)}).`,
		);
	} else {
		console.log(
			`${overdue.length} of ${site.notes.size} notes are past their review date (as of ${isoDay(today)}):\n`,
		);
		for (const { note, due } of overdue)
			console.log(
				`${isoDay(due)}  ${note.data.owner.padEnd(16)}  ${note.file}  (reviewed ${isoDay(note.data.reviewed)})`,
			);
	}
	return 0;
});
