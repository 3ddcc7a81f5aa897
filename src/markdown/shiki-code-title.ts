import type { ShikiTransformer } from 'shiki';

/** Reads `title="…"` from a fence's meta string. */
export function titleFromMeta(meta: string | undefined): string | undefined {
	return meta ? /(?:^|\s)title=(?:"([^"]*)"|'([^']*)')/.exec(meta)?.slice(1).find((v) => v !== undefined) : undefined;
}

/**
 * Shiki has no code-block titles: this wraps a titled block in a `<figure>` whose
 * `<figcaption>` carries the title (```yaml title="pdb.yaml").
 */
export function transformerCodeTitle(): ShikiTransformer {
	return {
		name: 'platform-kb:code-title',
		root(root) {
			const title = titleFromMeta(this.options.meta?.__raw);
			if (!title) return;
			root.children = [
				{
					type: 'element',
					tagName: 'figure',
					properties: { className: ['code-figure'] },
					children: [
						{ type: 'element', tagName: 'figcaption', properties: { className: ['code-title'] }, children: [{ type: 'text', value: title }] },
						...(root.children as never[]),
					],
				},
			];
		},
	};
}
