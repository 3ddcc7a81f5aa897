import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { requireDist, samplePages } from '../helpers/dist.ts';

test('every note page and a page of every other template is valid HTML by html-validate’s recommended rules', async () => {
	const dist = requireDist();
	const validator = new HtmlValidate({
		extends: ['html-validate:recommended'],
		// Steps and card grids are lists drawn without bullets; WebKit drops the list semantics of
		// such lists unless role="list" restores them, so that role is deliberate (axe checks roles).
		rules: { 'no-redundant-role': 'off' },
	});
	const pages = samplePages(dist).map((url) =>
		path.join(dist, url.endsWith('/') ? `${url}index.html` : url),
	);
	assert.ok(pages.length > 60);
	const problems: string[] = [];
	for (const file of pages) {
		const report = await validator.validateFile(file);
		for (const result of report.results)
			for (const m of result.messages)
				problems.push(
					`${path.relative(dist, file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`,
				);
	}
	assert.deepEqual(problems.slice(0, 20), [], `${problems.length} problems`);
});
