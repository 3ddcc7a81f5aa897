import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, staticWebAppConfig } from '../deploy/host-config.ts';

/** Writes the static hosts' header and cache configuration into the build, from one list of headers. */
export function hostConfig(): AstroIntegration {
	return {
		name: 'platform-kb:host-config',
		hooks: {
			'astro:build:done': ({ dir }) => {
				const out = fileURLToPath(dir);
				fs.writeFileSync(path.join(out, '_headers'), headersFile());
				fs.writeFileSync(path.join(out, 'staticwebapp.config.json'), staticWebAppConfig());
			},
		},
	};
}
