/**
 * PrunedCssCache (src/integrations/page-weight.ts): a rebuild reuses the pruned CSS of a page whose
 * HTML, scripts and stylesheets are all unchanged, and of no other page.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PrunedCssCache, PurgeMemo, pruneInlineStyles } from '../../src/integrations/page-weight.ts';

const page = (body: string) => `<!doctype html><title>t</title><style>.a{color:red}.b{color:blue}</style>${body}`;

describe('PrunedCssCache', () => {
	it('reuses a page only when its HTML and the site scripts and stylesheets are unchanged', () => {
		const folder = mkdtempSync(join(tmpdir(), 'page-weight-cache-'));
		const first = new PrunedCssCache(folder, 'scripts v1', 'styles v1');
		expect(first.get(page('<p class="a">x</p>'))).toBeUndefined();
		first.set(page('<p class="a">x</p>'), '.a{color:red}');
		first.save();

		const again = new PrunedCssCache(folder, 'scripts v1', 'styles v1');
		expect(again.get(page('<p class="a">x</p>'))).toBe('.a{color:red}');
		expect(again.get(page('<p class="a">y</p>'))).toBeUndefined();
		expect(again.hits).toBe(1);
		expect(new PrunedCssCache(folder, 'scripts v2', 'styles v1').get(page('<p class="a">x</p>'))).toBeUndefined();
		expect(new PrunedCssCache(folder, 'scripts v1', 'styles v2').get(page('<p class="a">x</p>'))).toBeUndefined();
	});
	it('keeps only the entries the last build used, each distinct CSS once', () => {
		const folder = mkdtempSync(join(tmpdir(), 'page-weight-cache-'));
		const one = new PrunedCssCache(folder, 's');
		one.set(page('1'), '.a{}');
		one.set(page('2'), '.a{}');
		one.set(page('3'), '.b{}');
		one.save();
		const two = new PrunedCssCache(folder, 's');
		two.get(page('1'));
		two.save();
		const [file] = readdirSync(folder);
		const saved = JSON.parse(readFileSync(join(folder, file!), 'utf8')) as { css: string[]; pages: Record<string, number> };
		expect(saved.css).toEqual(['.a{}']);
		expect(Object.keys(saved.pages)).toHaveLength(1);
	});
	it('gives a page from the cache exactly what pruning it gives', async () => {
		const folder = mkdtempSync(join(tmpdir(), 'page-weight-cache-'));
		const html = page('<p class="b">x</p>');
		const fresh = await pruneInlineStyles(html, '', '');
		const cold = new PrunedCssCache(folder, '', '');
		expect(await pruneInlineStyles(html, '', '', new PurgeMemo(), undefined, cold)).toBe(fresh);
		cold.save();
		const warm = new PrunedCssCache(folder, '', '');
		const memo = new PurgeMemo();
		expect(await pruneInlineStyles(html, '', '', memo, undefined, warm)).toBe(fresh);
		expect(warm.hits).toBe(1);
		expect(memo.passes).toBe(0);
	});
});
