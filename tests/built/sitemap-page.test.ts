/**
 * Layer 5: the readers' sitemap (/sitemap/) lists exactly the pages the XML sitemap gives search
 * engines, so neither can miss a page the other has; the footer's "Sitemap" link opens it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = join(import.meta.dirname, '../../dist');
const xml = readdirSync(DIST)
	.filter((f) => /^sitemap-\d+\.xml$/.test(f))
	.map((f) => readFileSync(join(DIST, f), 'utf8'))
	.join('');
const inXml = new Set([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
const html = readFileSync(join(DIST, 'sitemap/index.html'), 'utf8');
const main = /<main\b[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
const listed = new Set(
	[...main.matchAll(/<ul class="pages[^"]*"[^>]*>([\s\S]*?)<\/ul>/g)].flatMap((m) =>
		[...m[1]!.matchAll(/href="([^"#]+)"/g)].map((h) => h[1]!),
	),
);

describe("the readers' sitemap", () => {
	it('lists every page the XML sitemap lists', () => expect([...inXml].filter((p) => !listed.has(p))).toEqual([]));
	it('lists no page the XML sitemap leaves out', () => expect([...listed].filter((p) => !inXml.has(p))).toEqual([]));
	it("is what the footer's Sitemap link opens, on every page", () => {
		for (const page of ['index.html', 'guides/aftercare/index.html', '404.html']) {
			expect(readFileSync(join(DIST, page), 'utf8')).toMatch(/<a href="\/sitemap\/"[^>]*>Sitemap<\/a>/);
		}
	});
});
