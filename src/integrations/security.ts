/**
 * The last build step, one pass over every HTML page: gives each page its own Content-Security-Policy
 * <meta> (hashes of exactly the styles it inlines; see src/lib/site/csp.ts), then leaves out optional end
 * tags and line breaks before block tags (compactHtml), and writes `_headers` with the site-wide security
 * headers.
 *
 * It runs after the search index: Pagefind reads a page's text by its elements, and without the </td>
 * and </li> end tags it ran neighbouring table cells and list items together ("Generic
 * nameonabotulinumtoxinAMade by"), so those words could not be found. The tree a browser builds is the
 * same either way, and no inline style or script changes, so the policy's hashes hold for the compacted
 * page. The two were separate steps, each reading and writing every page: at 1,000 guides one pass saves
 * about a second of a rebuild.
 */
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtPages } from '../disk/built-pages.ts';
import { headersFile, withPolicyMeta } from '../lib/site/csp.ts';
import { compactHtml } from './page-weight.ts';
import { finishBackgroundWork } from './background.ts';

export default function securityIntegration(): AstroIntegration {
	return {
		name: 'injectables-atlas:security',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const pages = builtPages(root);
				let before = 0;
				let after = 0;
				for (const { file, url } of pages) {
					try {
						const html = await readFile(file, 'utf8');
						const finished = compactHtml(withPolicyMeta(html));
						before += html.length;
						after += finished.length;
						await writeFile(file, finished);
					} catch (error) {
						throw new Error(`${url}: ${(error as Error).message}`);
					}
				}
				await writeFile(join(root, '_headers'), headersFile());
				logger.info(
					`Content-Security-Policy set on ${pages.length} pages and optional end tags left out (${((before - after) / 1024).toFixed(0)} KB net); _headers written.`,
				);
				// The last build step: work started earlier and left running (the social images) must end first.
				await finishBackgroundWork();
			},
		},
	};
}
