/**
 * PurgeMemo (src/integrations/page-weight.ts) shares PurgeCSS's work between pages: a page must get
 * exactly the CSS a pass of its own would give, and a pass must be skipped only when PurgeCSS would
 * answer every question it asks of the page the same way.
 */
import { describe, expect, it } from 'vitest';
import { PurgeMemo, pruneCss, pruneInlineStyles, scriptSelectorsOf } from '../../src/integrations/page-weight.ts';

const page = (body: string) => `<!doctype html><title>t</title>${body}`;
const CSS =
	':root{--a:1;--b:2}.a{color:var(--a)}.b{color:var(--b)}a[href^="http"]{text-decoration:none}#top{margin:0}table td{padding:0}:is(.c,.d) p{margin:1em}';
const SCRIPTS = 'el.classList.add("open")';

describe('PurgeMemo', () => {
	it('gives every page the CSS its own PurgeCSS pass gives, whatever pages came before', async () => {
		const pages = [
			page('<p class="a">x</p><a href="/x">y</a>'),
			page('<p class="a" id="other">different text and ids, same answers</p><a href="/z">y</a>'),
			page('<p class="b">x</p><a href="https://example.org/">out</a>'),
			page('<table><tr><td class="a">x</td></tr></table><h2 id="top">t</h2>'),
			page('<div class="d"><p>x</p></div>'),
			page('<p class="a">x</p><a href="/x">y</a>'),
		];
		const memo = new PurgeMemo();
		const scriptSelectors = scriptSelectorsOf(SCRIPTS);
		for (const markup of pages) {
			const fresh = await pruneCss(CSS, markup, SCRIPTS);
			expect(await pruneCss(CSS, markup, SCRIPTS, '', memo, scriptSelectors)).toBe(fresh);
		}
		// The second and last pages answer every question as the first did: no pass of their own.
		expect(memo.reused).toBe(2);
	});
	it('runs a real pass for a page that answers one question differently', async () => {
		const memo = new PurgeMemo();
		const scriptSelectors = scriptSelectorsOf(SCRIPTS);
		expect(await pruneCss(CSS, page('<p class="a">x</p>'), SCRIPTS, '', memo, scriptSelectors)).toBe(':root{--a:1}.a{color:var(--a)}');
		expect(await pruneCss(CSS, page('<p class="a">x</p><a href="http://x">y</a>'), SCRIPTS, '', memo, scriptSelectors)).toBe(
			':root{--a:1}.a{color:var(--a)}a[href^="http"]{text-decoration:none}',
		);
		expect(await pruneCss(CSS, page('<p class="b">x</p>'), SCRIPTS, '', memo, scriptSelectors)).toBe(':root{--b:2}.b{color:var(--b)}');
		expect(memo.passes).toBe(3);
		expect(memo.reused).toBe(0);
	});
	it('keys on the custom properties read elsewhere as well as the CSS', async () => {
		const memo = new PurgeMemo();
		const scriptSelectors = scriptSelectorsOf('');
		expect(await pruneCss(CSS, page('<p class="a">x</p>'), '', '', memo, scriptSelectors)).toBe(':root{--a:1}.a{color:var(--a)}');
		// Same markup answers, but a later stylesheet reads --b: it must stay.
		expect(await pruneCss(CSS, page('<p class="a">x</p>'), '', '.x{color:var(--b)}', memo, scriptSelectors)).toBe(
			':root{--a:1;--b:2}.a{color:var(--a)}',
		);
	});
	it('prunes whole pages alike with and without a shared memo', async () => {
		const html = page('<style>.a{color:red}.gone{color:blue}</style><p class="a">x</p>');
		const memo = new PurgeMemo();
		const scriptSelectors = scriptSelectorsOf('');
		const shared = await pruneInlineStyles(html, '', '', memo, scriptSelectors);
		expect(shared).toBe(await pruneInlineStyles(html, ''));
		expect(await pruneInlineStyles(html, '', '', memo, scriptSelectors)).toBe(shared);
		expect(memo.reused).toBe(1);
	});
});
