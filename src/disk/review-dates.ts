/**
 * The date each page was last reviewed, by site path, read from content files on disk (no Astro
 * runtime), for the sitemap's <lastmod>. The rule is in src/lib/corpus/review-window.ts.
 */
import { contentFilesOnce } from './content-files.ts';
import { lastmodByPath } from '../lib/corpus/review-window.ts';

export const reviewDatesByPath = (contentDir: string): Map<string, string> => lastmodByPath(contentFilesOnce(contentDir));
