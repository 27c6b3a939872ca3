/**
 * The build step that trims each page (src/integrations/page-weight.ts): it may drop only CSS that cannot
 * match the page and markup the HTML parser implies, never anything a reader or a script could need.
 */
import { describe, expect, it } from 'vitest';
import { compactHtml, propertiesReadElsewhere, pruneCss, pruneInlineStyles } from '../../src/integrations/page-weight.ts';

/** Prunes `css` for a page whose body is `markup`, with the site's scripts `scripts`. */
const prune = (css: string, markup = '', scripts = '', stylesheets = '') =>
	pruneCss(css, `<!doctype html><title>t</title>${markup}`, scripts, stylesheets);

describe('pruneCss (PurgeCSS with the page markup and the site scripts)', () => {
	it('drops a rule whose class is not on the page and keeps one whose class is', async () => {
		expect(await prune('.a{color:red}.b{color:blue}', '<p class="a">x</p>')).toBe('.a{color:red}');
	});
	it('keeps only the selectors of a list that can match', async () => {
		expect(await prune('.a p,.b p{margin:0}', '<div class="b"><p>x</p></div>')).toBe('.b p{margin:0}');
	});
	it('reads classes from class attributes, not from words of the text, and splits them at any white space', async () => {
		expect(await prune('.gone{color:red}.a{color:blue}.b{color:green}', '<p class="a\n\tb">gone</p>')).toBe(
			'.a{color:blue}.b{color:green}',
		);
	});
	it('keeps a class, element or attribute that only a script adds', async () => {
		const css = '.open{color:red}table{width:100%}[aria-busy=true]{opacity:.5}.unused{color:blue}';
		const scripts = 'el.classList.add("open");document.createElement("table");x.setAttribute("aria-busy","true")';
		expect(await prune(css, '<p>x</p>', scripts)).toBe('.open{color:red}table{width:100%}[aria-busy=true]{opacity:.5}');
	});
	it('keeps :root, state pseudo-classes and rules whose only classes sit inside :not() or :has()', async () => {
		const css = ':root{color:red}a:hover{color:red}a:not(.gone){color:red}p:has(.gone){color:red}details[open]>summary{font-weight:700}';
		expect(await prune(css, '<p><a href="/">x</a></p><details><summary>s</summary></details>')).toBe(css);
	});
	it('in :is() and :where() drops only the alternatives that cannot match, never a state', async () => {
		expect(await prune(':is(.gone,.a) p{color:red}', '<div class="a"><p>x</p></div>')).toBe(':is(.a) p{color:red}');
		expect(await prune('.a:is(:hover,:focus-visible){color:red}', '<a class="a">x</a>')).toBe('.a:is(:hover,:focus-visible){color:red}');
		expect(await prune(':where(.gone) p{color:red}', '<p>x</p>')).toBe('');
	});
	it('prunes inside @media and drops a group left empty; keeps @font-face and @keyframes whole', async () => {
		expect(await prune('@media (width>=60rem){.a{color:red}.b{color:blue}}@media print{.b{color:blue}}', '<p class="a">x</p>')).toBe(
			'@media (width>=60rem){.a{color:red}}',
		);
		const kept = '@font-face{font-family:X;src:url(x.woff2)}@keyframes spin{from{rotate:0}to{rotate:1turn}}';
		expect(await prune(kept)).toBe(kept);
	});
	it('drops custom properties nothing reads, in every block, and keeps those read anywhere', async () => {
		const css = ':root{--a:1;--b:2;--c:3;--d:4;--e:5}@media (prefers-color-scheme:dark){:root{--a:6;--b:7}}p{color:var(--a)}';
		// --c: a later stylesheet reads it; --d: a script names it; --e: a style attribute reads it.
		expect(await prune(css, '<p style="width:var(--e)">x</p>', "s.getPropertyValue('--d')", '.x{color:var(--c)}')).toBe(
			':root{--a:1;--c:3;--d:4;--e:5}@media (prefers-color-scheme:dark){:root{--a:6}}p{color:var(--a)}',
		);
	});
	it('keeps a property read only in @keyframes or by a property kept for another reader', async () => {
		expect(await prune(':root{--o:.5;--x:1}@keyframes f{to{opacity:var(--o)}}')).toBe(':root{--o:.5}@keyframes f{to{opacity:var(--o)}}');
		expect(await prune(':root{--b:2;--a:var(--b)}', '', '', '.x{color:var(--a)}')).toBe(':root{--b:2;--a:var(--b)}');
	});
});

describe('propertiesReadElsewhere', () => {
	it('lists the properties read with var() by markup and stylesheets, and any a script names', () => {
		expect(propertiesReadElsewhere('<p style="color:var( --m)">', '.x{color:var(--s)}', 'el.style.setProperty("--j", 1)').sort()).toEqual([
			'--j',
			'--m',
			'--s',
		]);
	});
});

describe('pruneInlineStyles', () => {
	it('prunes every style element of the page, keeps their attributes, and removes one left empty', async () => {
		const html =
			'<!doctype html><title>t</title><style media="screen">.a{color:red}.unused{color:blue}</style><style>.gone{x:y}</style><p class="a">x</p>';
		expect(await pruneInlineStyles(html, '')).toBe(
			'<!doctype html><title>t</title><style media="screen">.a{color:red}</style><p class="a">x</p>',
		);
	});
	it('keeps a property set in one style element and read in another', async () => {
		const html = '<style>:root{--c:red;--u:0}</style><style>p{color:var(--c)}</style><p>x</p>';
		expect(await pruneInlineStyles(html, '')).toBe('<style>:root{--c:red}</style><style>p{color:var(--c)}</style><p>x</p>');
	});
	it('leaves a page without inline styles as it is', async () => {
		expect(await pruneInlineStyles('<p class="a">x</p>', '')).toBe('<p class="a">x</p>');
	});
});

describe('compactHtml', () => {
	it('leaves out optional end tags of list items, cells and rows, and line breaks before block tags', () => {
		expect(compactHtml('<ul>\n<li>a</li>\n<li>b</li>\n</ul><table><tr><th>h</th><td>d</td></tr></table>')).toBe(
			'<ul><li>a<li>b</ul><table><tr><th>h<td>d</table>',
		);
	});
	it('keeps the line break between inline content, and unescapes apostrophes in text', () => {
		expect(compactHtml('<p>a\n<a href="/">b</a> it&#39;s</p>')).toBe('<p>a\n<a href="/">b</a> it\'s</p>');
	});
	it('never touches scripts, styles or preformatted text', () => {
		const raw = '<script type="application/ld+json">{"a":"</li>\\n<p>&#39;"}</script><pre>x</li>\n<p></pre><style>a{}</style>';
		expect(compactHtml(raw)).toBe(raw);
	});
});
