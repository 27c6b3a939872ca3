/**
 * What the site's pages get for security at the end of the build: each page its own
 * Content-Security-Policy <meta> (hashes of exactly the styles it inlines; see src/lib/site/csp.ts), and
 * `_headers` with the site-wide security headers. src/integrations/finish-pages.ts applies them.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { headersFile, withPolicyMeta } from '../lib/site/csp.ts';
import { compactHtml } from './page-weight.ts';

/**
 * A built page as readers get it: its policy <meta>, then optional end tags and line breaks before
 * block tags left out (compactHtml). The tree a browser builds is the same either way, and no inline
 * style or script changes, so the policy's hashes hold for the compacted page.
 */
export const finishedPage = (html: string): string => compactHtml(withPolicyMeta(html));

/** Writes `_headers` into the output folder. */
export const writeHeaders = (outDir: string): Promise<void> => writeFile(join(outDir, '_headers'), headersFile());
