/**
 * After the build: gives every HTML page its own Content-Security-Policy <meta> (hashes of exactly the
 * styles it inlines) and writes `_headers` with the site-wide security headers. See src/lib/csp.ts.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile, withPolicyMeta } from '../lib/csp.ts';

export default function securityIntegration(): AstroIntegration {
	return {
		name: 'injectables-atlas:security',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html'));
				for (const file of files) {
					const path = join(root, file);
					try {
						await writeFile(path, withPolicyMeta(await readFile(path, 'utf8')));
					} catch (error) {
						throw new Error(`${file}: ${(error as Error).message}`);
					}
				}
				await writeFile(join(root, '_headers'), headersFile());
				logger.info(`Content-Security-Policy set on ${files.length} pages; _headers written.`);
			},
		},
	};
}
