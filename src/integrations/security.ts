/**
 * After the build: gives every HTML page its own Content-Security-Policy <meta> (hashes of exactly the
 * styles it inlines) and writes `_headers` with the site-wide security headers. See src/lib/site/csp.ts.
 */
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtPages } from '../disk/built-pages.ts';
import { headersFile, withPolicyMeta } from '../lib/site/csp.ts';

export default function securityIntegration(): AstroIntegration {
	return {
		name: 'injectables-atlas:security',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const pages = builtPages(root);
				for (const { file, url } of pages) {
					try {
						await writeFile(file, withPolicyMeta(await readFile(file, 'utf8')));
					} catch (error) {
						throw new Error(`${url}: ${(error as Error).message}`);
					}
				}
				await writeFile(join(root, '_headers'), headersFile());
				logger.info(`Content-Security-Policy set on ${pages.length} pages; _headers written.`);
			},
		},
	};
}
