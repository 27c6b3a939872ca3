/**
 * The build step that trims each page (src/integrations/page-weight.ts): it may drop only CSS that cannot
 * match the page and markup the HTML parser implies, never anything a reader or a script could need.
 */
import { describe, expect, it } from 'vitest';
import { compactHtml, dropUnusedProperties, pruneCss, pruneInlineStyles, requiredClasses } from '../../src/integrations/page-weight.ts';

const has =
	(...names: string[]) =>
	(name: string) =>
		names.includes(name);

describe('pruneCss', () => {
	it('drops a rule whose class is not on the page and keeps one whose class is', () => {
		expect(pruneCss('.a{color:red}.b{color:blue}', has('a'))).toBe('.a{color:red}');
	});
	it('keeps only the selectors of a list that can match', () => {
		expect(pruneCss('.a p,.b p{margin:0}', has('b'))).toBe('.b p{margin:0}');
	});
	it('keeps element, attribute, state and :root rules whatever the classes', () => {
		const css = ':root{--x:1}a:hover{color:red}[popover]{inset:0}details[open]>summary{font-weight:700}';
		expect(pruneCss(css, has())).toBe(css);
	});
	it('ignores classes inside :not(), :is(), :where() and :has(), which may match without them', () => {
		expect(pruneCss('a:not(.gone){color:red}', has())).toBe('a:not(.gone){color:red}');
		expect(pruneCss(':is(.gone,.a) p{color:red}', has('a'))).toBe(':is(.gone,.a) p{color:red}');
		expect(requiredClasses('.a:where(.b) .c[data-x=".d"]')).toEqual(['a', 'c']);
	});
	it('prunes inside @media and drops a group left empty; keeps @font-face and @keyframes whole', () => {
		expect(pruneCss('@media (width>=60rem){.a{color:red}.b{color:blue}}@media print{.b{color:blue}}', has('a'))).toBe(
			'@media (width>=60rem){.a{color:red}}',
		);
		const kept = '@font-face{font-family:X;src:url(x.woff2)}@keyframes spin{from{rotate:0}to{rotate:1turn}}';
		expect(pruneCss(kept, has())).toBe(kept);
	});
});

describe('pruneInlineStyles', () => {
	it('keeps a class that only a script adds, and removes a style element left empty', () => {
		const html = '<style>.open{color:red}.unused{color:blue}</style><style>.gone{x:y}</style><p class="a">x</p>';
		expect(pruneInlineStyles(html, 'el.classList.add("open")')).toBe('<style>.open{color:red}</style><p class="a">x</p>');
	});
	it('reads the classes of the markup, not those named inside the CSS itself', () => {
		expect(pruneInlineStyles('<style>.a{color:red}</style><p class="b a">x</p>', '')).toBe(
			'<style>.a{color:red}</style><p class="b a">x</p>',
		);
	});
});

describe('dropUnusedProperties', () => {
	it('drops custom properties nothing reads, in every block, and keeps those read anywhere', () => {
		const css = ':root{--a:1;--b:rgb(0 0 0);--c:2;color:var(--a)}@media (prefers-color-scheme:dark){:root{--a:3;--b:4;--c:5}}';
		expect(dropUnusedProperties(css, '.x{color:var(--c)}', '')).toBe(
			':root{--a:1;--c:2;color:var(--a)}@media (prefers-color-scheme:dark){:root{--a:3;--c:5}}',
		);
	});
	it('keeps one a script names, and a value it cannot read whole', () => {
		expect(dropUnusedProperties(':root{--s:1;--u:url(data:x;base64,AA)}', '', "getPropertyValue('--s')")).toBe(
			':root{--s:1;--u:url(data:x;base64,AA)}',
		);
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
