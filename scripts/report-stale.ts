/**
 * `npm run report:stale`: published notes with no fact-check on record, or changed since their
 * last one; notes past their review date, oldest first, with owners; then the version-sensitive
 * facts (`checkFacts`) due for another look against upstream.
 * Exits 0 either way: staleness is a to-do list, not a build failure.
 */
import { checkContent } from '../src/pipeline/index.ts';
import { isOverdue, reviewDigest, reviewDue } from '../src/pipeline/review.ts';
import { isoDay } from '../src/lib/dates.ts';
import { readSettings } from '../src/settings.ts';
import { runCli } from './lib/cli.ts';

runCli('report:stale', () => {
	const { contentDir, today } = readSettings();
	const { site } = checkContent(contentDir);
	const published = [...site.notes.values()].filter((n) => !n.draft);
	const unreviewed = published.filter((n) => !n.data.review);
	const changed = published.filter(
		(n) => n.data.review && n.data.review.digest !== reviewDigest(n.source),
	);
	if (unreviewed.length + changed.length === 0)
		console.log(
			`Every published note's fact-check covers its current text (${published.length} notes).\n`,
		);
	else {
		console.log(
			`${unreviewed.length + changed.length} of ${published.length} published notes need a fact-check (see CONTRIBUTING.md, "Reviews"):\n`,
		);
		for (const n of unreviewed) console.log(`no review     ${n.data.owner.padEnd(16)}  ${n.file}`);
		for (const n of changed)
			console.log(
				`changed since ${isoDay(n.data.reviewed)}  ${n.data.owner.padEnd(16)}  ${n.file}`,
			);
		console.log('');
	}
	const overdue = published
		.filter((n) => isOverdue(n.data.reviewed, n.data.pillar, n.data.reviewEvery, today))
		.map((n) => ({ note: n, due: reviewDue(n.data.reviewed, n.data.pillar, n.data.reviewEvery) }))
		.sort((a, b) => a.due.getTime() - b.due.getTime());
	if (overdue.length === 0) {
		console.log(
			`No published note is past its review date (${published.length} notes, as of ${isoDay(today)}).`,
		);
	} else {
		console.log(
			`${overdue.length} of ${published.length} published notes are past their review date (as of ${isoDay(today)}):\n`,
		);
		for (const { note, due } of overdue)
			console.log(
				`${isoDay(due)}  ${note.data.owner.padEnd(16)}  ${note.file}  (reviewed ${isoDay(note.data.reviewed)})`,
			);
	}
	// A fact that ages is due again after the note's review interval, counted from when it was checked.
	const facts = published
		.flatMap((note) =>
			note.data.checkFacts.map((fact, i) => ({
				note,
				fact,
				i,
				due: reviewDue(fact.asOf, note.data.pillar, note.data.reviewEvery),
			})),
		)
		.sort((a, b) => a.due.getTime() - b.due.getTime());
	const dueFacts = facts.filter((f) => f.due.getTime() < today.getTime());
	console.log(
		`\n${facts.length} version-sensitive facts are recorded (checkFacts); ${dueFacts.length} due for a check against upstream:`,
	);
	for (const { note, fact, i, due } of dueFacts) {
		const at = note.at(['checkFacts', i]);
		console.log(
			`${isoDay(due)}  ${note.file}:${at.line}:${at.column}  ${fact.claim}  (checked ${isoDay(fact.asOf)}; ${fact.source})`,
		);
	}
	return 0;
});
