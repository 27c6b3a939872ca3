/**
 * After the build, before the security policy hashes the inline styles, two savings against the entry
 * pages' first-round-trip budget (14,600 bytes gzip, issue #15) that a reader never sees:
 *
 * 1. Each page keeps only the CSS it can use. Astro bundles CSS by import graph, so every entry page
 * inlined the styles of every component its layout imports (diagrams, product cards, the emergency
 * card...) whether it renders them or not: about a quarter of the CSS on a guide.
 * PurgeCSS does the work (a maintained library rather than a hand-written CSS parser). It reads the
 * page's markup with its HTML extractor (tags, classes, ids and attributes of real elements, not words
 * of text) and the site's scripts with its default extractor, which counts every word of a script as a
 * possible class, tag, id or attribute value: what a script may add later is never dropped. A selector
 * goes when it names a class, element, id or attribute that neither the markup nor a script has (so a
 * table's rules leave a page without a table). Selectors inside :not() and :has() are never a reason to
 * drop a rule; inside :is() and :where() only the alternatives that cannot match go. Custom properties
 * nothing reads go too, unless a later stylesheet (print, search), a style attribute or a script reads
 * them.
 *
 * 2. End tags that HTML makes optional (</li>, </td>, </th>, </tr>), line breaks before block tags and
 * escapes of apostrophes are left out: the document tree a browser builds is the same.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PurgeCSS, type UserDefinedOptions } from 'purgecss';
import purgeFromHtml from 'purgecss-from-html';
import { builtPages } from '../disk/built-pages.ts';

const STYLE = /<style\b([^>]*)>([\s\S]*?)<\/style>/gi;
/** Joins a page's style elements for one PurgeCSS pass (so a property set in one and read in another is
 * seen as read), and splits them again: PurgeCSS keeps comments. */
const SEAM = '/*page-weight:seam*/';

/**
 * Custom properties that something other than the page's own inline CSS reads: the site's stylesheets
 * loaded later (var()), the page's style attributes (var()), and its scripts (any mention, since
 * getPropertyValue('--x') reads one by name). PurgeCSS sees only the CSS it prunes, so these are kept.
 */
export function propertiesReadElsewhere(markup: string, stylesheets: string, scripts: string): string[] {
	const read = [...`${markup}\n${stylesheets}`.matchAll(/var\(\s*(--[\w-]+)/g), ...scripts.matchAll(/--[\w-]+/g)];
	return [...new Set(read.map((m) => m[1] ?? m[0]))];
}

/** PurgeCSS's HTML extractor splits class attributes at spaces only; a tab or line break must split too. */
function htmlExtractor(html: string) {
	const found = purgeFromHtml(html);
	return { ...found, classes: found.classes.flatMap((names) => names.split(/\s+/)).filter(Boolean) };
}

/** PurgeCSS options for one page. */
function purgeOptions(markup: string, scripts: string, css: string, keepProperties: string[]): UserDefinedOptions {
	return {
		content: [
			{ raw: markup, extension: 'html' },
			{ raw: scripts, extension: 'js' },
		],
		css: [{ raw: css }],
		extractors: [{ extractor: htmlExtractor, extensions: ['html'] }],
		// Pseudo-classes (:hover, :focus-visible, :popover-open) depend on state, not markup: PurgeCSS would
		// otherwise drop an :is(:hover,:focus-visible) alternative as "not found".
		safelist: { standard: [/^:/], variables: keepProperties },
		variables: true,
	};
}

const declared = (css: string) => new Set([...css.matchAll(/(?<=^|[{;])\s*(--[\w-]+)\s*:/g)].map((m) => m[1]!));
const readIn = (css: string) => new Set([...css.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]!));

/** One stylesheet pruned to what can match the page (markup without its style elements) and the site's scripts. */
export async function pruneCss(css: string, markup: string, scripts: string, stylesheets = ''): Promise<string> {
	const keep = new Set(propertiesReadElsewhere(markup, stylesheets, scripts));
	const before = declared(css);
	for (;;) {
		const [result] = await new PurgeCSS().purge(purgeOptions(markup, scripts, css, [...keep]));
		// PurgeCSS counts only var() in the properties of rules it keeps: one read in @keyframes, or by a
		// property kept for another reader, is missed. A property still read but no longer set goes back.
		const after = declared(result!.css);
		const lost = [...readIn(result!.css)].filter((name) => before.has(name) && !after.has(name) && !keep.has(name));
		if (lost.length === 0) return result!.css;
		for (const name of lost) keep.add(name);
	}
}

/** The page's HTML with its inline stylesheets pruned to what can match it; an emptied one is removed. */
export async function pruneInlineStyles(html: string, scripts: string, stylesheets = ''): Promise<string> {
	const styles = [...html.matchAll(STYLE)];
	if (styles.length === 0) return html;
	const markup = html.replace(STYLE, '');
	const pruned = (await pruneCss(styles.map((m) => m[2]).join(SEAM), markup, scripts, stylesheets)).split(SEAM);
	let i = 0;
	return html.replace(STYLE, (_whole, attrs: string) => {
		const css = pruned[i++]!.trim();
		return css ? `<style${attrs}>${css}</style>` : '';
	});
}

/** Raw-text elements whose contents must stay byte for byte. */
const RAW = /(<(script|style|pre|textarea)\b[\s\S]*?<\/\2>)/gi;

/**
 * Leaves out the end tags of list items and table cells and rows, and line breaks just before a block
 * tag, outside raw-text elements. Both are implied by the HTML parser: the tree a browser builds is the
 * same (a line break before a block-level tag is collapsible white space).
 */
export function compactHtml(html: string): string {
	return html
		.split(RAW)
		.map((part, i) => {
			// split() with two capture groups yields [text, element, tagName, text, ...].
			if (i % 3 !== 0) return i % 3 === 1 ? part : '';
			return (
				part
					.replace(/<\/(li|td|th|tr)>/gi, '')
					// Astro escapes every apostrophe; in text and in double-quoted attributes it needs none.
					.replace(/&#39;/g, "'")
					.replace(/\n+(?=<\/?(?:p|h[1-6]|ul|ol|li|table|thead|tbody|tr|td|th|div|aside|section|details|figure|blockquote)\b)/gi, '')
			);
		})
		.join('');
}

/** Every file of one kind the site ships in _astro/ (scripts: any class they mention may be added later). */
function siteAssets(root: string, extension: string): string {
	const dir = join(root, '_astro');
	try {
		return readdirSync(dir)
			.filter((f) => f.endsWith(extension))
			.map((f) => readFileSync(join(dir, f), 'utf8'))
			.join('\n');
	} catch {
		return '';
	}
}

export default function pageWeightIntegration(): AstroIntegration {
	return {
		name: 'injectables-atlas:page-weight',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const scripts = siteAssets(root, '.js');
				const stylesheets = siteAssets(root, '.css');
				const start = performance.now();
				let before = 0;
				let after = 0;
				for (const { file } of builtPages(root)) {
					const html = await readFile(file, 'utf8');
					const pruned = compactHtml(await pruneInlineStyles(html, scripts, stylesheets));
					before += html.length;
					after += pruned.length;
					if (pruned !== html) await writeFile(file, pruned);
				}
				logger.info(
					`Unused inline CSS and optional end tags removed: ${((before - after) / 1024).toFixed(0)} KB over all pages, in ${Math.round(performance.now() - start)} ms.`,
				);
			},
		},
	};
}
