/**
 * After the build, before the security policy hashes the inline styles, two savings against the entry
 * pages' first-round-trip budget (14,600 bytes gzip, issue #15) that a reader never sees:
 *
 * 1. Each page keeps only the CSS rules that can match it. Astro bundles CSS by import graph, so every entry page inlined the styles of
 * every component its layout imports (diagrams, product cards, the emergency card...) whether it renders
 * them or not: about a quarter of the CSS on a guide, against its first-round-trip budget (issue #15).
 *
 * The test is deliberately conservative: a rule goes only when every selector in it names a class that
 * appears nowhere in the page's markup and nowhere in the site's scripts (which may add it later).
 * Element, attribute, id and state selectors are never a reason to drop a rule, and classes inside
 * :not(), :is(), :where() and :has() are ignored (they can match without the class being present).
 *
 * 2. End tags that HTML makes optional (</li>, </td>, </th>, </tr>), line breaks before block tags and
 * escapes of apostrophes are left out: the document tree a browser builds is the same.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtPages } from '../disk/built-pages.ts';

/** Split at top-level occurrences of `sep` (outside strings, parentheses and brackets). */
function splitTop(text: string, sep: string): string[] {
	const parts: string[] = [];
	let depth = 0;
	let quote = '';
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quote) {
			if (c === '\\') i++;
			else if (c === quote) quote = '';
		} else if (c === '"' || c === "'") quote = c;
		else if (c === '(' || c === '[') depth++;
		else if (c === ')' || c === ']') depth--;
		else if (c === sep && depth === 0) {
			parts.push(text.slice(start, i));
			start = i + 1;
		}
	}
	parts.push(text.slice(start));
	return parts;
}

/** Index just past the block that opens at `open` (a `{`), skipping strings and comments. */
function blockEnd(css: string, open: number): number {
	let depth = 0;
	for (let i = open; i < css.length; i++) {
		const c = css[i]!;
		if (c === '"' || c === "'") {
			for (i++; i < css.length && css[i] !== c; i++) if (css[i] === '\\') i++;
		} else if (c === '/' && css[i + 1] === '*') {
			i = css.indexOf('*/', i + 2) + 1;
			if (i === 0) return css.length;
		} else if (c === '{') depth++;
		else if (c === '}' && --depth === 0) return i + 1;
	}
	return css.length;
}

/** Classes a selector requires of the page: those outside functional pseudo-classes and attribute tests. */
export function requiredClasses(selector: string): string[] {
	let s = selector.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '');
	// Strip bracketed and parenthesised parts, innermost first, until none is left.
	for (let prev = ''; prev !== s;) {
		prev = s;
		s = s.replace(/\[[^[\]]*\]/g, '').replace(/\([^()]*\)/g, '');
	}
	return [...s.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]!);
}

/** Rules that cannot match are dropped; in a selector list, the selectors that cannot match are. */
export function pruneCss(css: string, hasClass: (name: string) => boolean): string {
	let out = '';
	let i = 0;
	while (i < css.length) {
		const open = css.indexOf('{', i);
		const semi = css.indexOf(';', i);
		// A statement at-rule (@import, @charset, @layer a,b;) ends at ";" before any block: keep it.
		if (open === -1 || (semi !== -1 && semi < open && css.slice(i, semi).trimStart().startsWith('@'))) {
			const end = open === -1 ? css.length : semi + 1;
			out += css.slice(i, end);
			i = end;
			continue;
		}
		const prelude = css.slice(i, open);
		const end = blockEnd(css, open);
		const body = css.slice(open + 1, end - 1);
		const head = prelude.trim();
		if (head.startsWith('@')) {
			// Grouping rules hold rules: prune inside and drop the group if it empties. Others (font-face,
			// keyframes, property, page) hold declarations or frames, not selectors: keep them whole.
			if (/^@(media|supports|container|layer|scope|document)\b/i.test(head)) {
				const inner = pruneCss(body, hasClass);
				if (inner.trim()) out += `${prelude}{${inner}}`;
			} else out += css.slice(i, end);
		} else if (/^[\s]*$/.test(head)) {
			out += css.slice(i, end);
		} else {
			const kept = splitTop(prelude, ',').filter((sel) => requiredClasses(sel).every(hasClass));
			// Nested rules (CSS nesting) are kept whole with their parent.
			if (kept.length > 0) out += `${kept.map((s) => s.trim()).join(',')}{${body}}`;
		}
		i = end;
	}
	return out;
}

/** Class names written in the page's markup (class attributes outside <style>). */
export function classesInHtml(html: string): Set<string> {
	const names = new Set<string>();
	const markup = html.replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, '');
	for (const m of markup.matchAll(/\sclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/gi)) {
		for (const name of (m[1] ?? m[2] ?? m[3] ?? '').split(/\s+/)) if (name) names.add(name);
	}
	return names;
}

/** The page's HTML with each inline stylesheet pruned to what can match it; an emptied one is removed. */
export function pruneInlineStyles(html: string, scriptText: string, externalCss = ''): string {
	const inPage = classesInHtml(html);
	const cache = new Map<string, boolean>();
	const hasClass = (name: string) => {
		if (inPage.has(name)) return true;
		let found = cache.get(name);
		if (found === undefined) {
			const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
			found = new RegExp(`(^|[^\\w-])${escaped}($|[^\\w-])`).test(scriptText);
			cache.set(name, found);
		}
		return found;
	};
	return html.replace(/<style\b([^>]*)>([\s\S]*?)<\/style>/gi, (_whole, attrs: string, css: string) => {
		const pruned = dropUnusedProperties(pruneCss(css.replace(/\/\*[\s\S]*?\*\//g, ''), hasClass), externalCss, scriptText).trim();
		return pruned ? `<style${attrs}>${pruned}</style>` : '';
	});
}

/**
 * Custom properties (--name: value) that nothing reads: not this CSS, nor the site's stylesheets loaded
 * later (print, search), nor its scripts. A colour only the myth verdicts use need not ride on a guide.
 */
export function dropUnusedProperties(css: string, stylesheets: string, scripts: string): string {
	const read = new Set([...`${css}\n${stylesheets}\n${scripts}`.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]!));
	// A script may read or set one by name (getPropertyValue('--x')).
	const scriptMentions = (name: string) => scripts.includes(name);
	return css
		.replace(/(?<=[{;])\s*(--[\w-]+)\s*:([^;{}]*)(?:;|(?=\}))/g, (whole, name: string, value: string) => {
			// A value cut short at a ";" inside parentheses or quotes (a data: URL) is not one declaration.
			const complete = (value.match(/\(/g) ?? []).length === (value.match(/\)/g) ?? []).length && !/["']/.test(value);
			return !complete || read.has(name) || scriptMentions(name) ? whole : '';
		})
		.replace(/;\}/g, '}');
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
				let before = 0;
				let after = 0;
				for (const { file } of builtPages(root)) {
					const html = await readFile(file, 'utf8');
					const pruned = compactHtml(pruneInlineStyles(html, scripts, stylesheets));
					before += html.length;
					after += pruned.length;
					if (pruned !== html) await writeFile(file, pruned);
				}
				logger.info(`Unused inline CSS and optional end tags removed: ${((before - after) / 1024).toFixed(0)} KB over all pages.`);
			},
		},
	};
}
