/**
 * The HTML pages of a built site, for the build steps that work on the output (search index, social
 * images, security policy) and the checks over it. Pagefind's and Vite's asset folders hold no pages.
 */
import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';

const NOT_PAGES = new Set(['pagefind', '_astro', 'og']);

export interface BuiltPage {
	/** Absolute path of the HTML file. */
	file: string;
	/** The URL path it is served at: "areas/lips/index.html" → "/areas/lips/", "404.html" → "/404.html". */
	url: string;
}

/** "areas/lips/index.html" → "/areas/lips/" (a path relative to the output folder, either separator). */
export const urlOfHtmlFile = (relativeFile: string): string => `/${relativeFile.split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');

/**
 * Every page below `outDir`. `skipFolder` leaves out a folder and everything below it: a step that
 * looks at the output again and again while Astro writes it skips the folders it has finished with, so
 * each look reads a few folders rather than one per page.
 */
export function builtPages(outDir: string, skipFolder: (folder: string) => boolean = () => false): BuiltPage[] {
	const walk = (dir: string, prefix: string): BuiltPage[] =>
		readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
			const file = join(dir, d.name);
			if (d.isDirectory()) return (prefix === '' && NOT_PAGES.has(d.name)) || skipFolder(file) ? [] : walk(file, `${prefix}${d.name}/`);
			return d.name.endsWith('.html') ? [{ file, url: urlOfHtmlFile(`${prefix}${d.name}`) }] : [];
		});
	return walk(outDir, '');
}
