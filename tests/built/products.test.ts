/**
 * The built site's product pages, read from dist/ with Node alone: each product page is in the sitemap
 * and the feed, has a social image, MedicalDevice structured data and breadcrumbs; every area page's
 * table of approved products lists exactly what the product data derives, in order; every material
 * page lists its products; every curated pair has its comparison page. Run after `npm run build`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentFiles } from '../../src/disk/content-files.ts';
import { areaProductGroups, type ProductLike } from '../../src/lib/facts/products.ts';
import { fillPairFacts } from '../../src/lib/facts/product-facts.ts';
import { decodeEntities } from '../../src/lib/text/entities.ts';

const ROOT = join(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const html = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');

const { files } = loadContentFiles(join(ROOT, 'src/content'), ROOT);
const published = (collection: string) =>
	files.filter((f) => f.collection === collection && f.valid && !(f.valid as { draft?: boolean }).draft);
const products = published('products').map((f) => ({ id: f.entry.id, data: f.valid }) as ProductLike);
describe('product pages in dist/', () => {
	it('the corpus has products to check', () => expect(products.length).toBeGreaterThan(0));

	const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
	const feed = readFileSync(join(DIST, 'rss.xml'), 'utf8');

	for (const p of products) {
		it(`/products/${p.id}/: sitemap, feed, social image, MedicalDevice, breadcrumbs`, () => {
			const page = html(`products/${p.id}`);
			expect(sitemap).toContain(`/products/${p.id}/</loc>`);
			expect(feed).toContain(`/products/${p.id}/</link>`);
			expect(existsSync(join(DIST, 'og/products', `${p.id}.png`))).toBe(true);
			const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)![1]!) as {
				'@graph': Array<Record<string, any>>;
			};
			const about = ld['@graph'].find((n) => n['@type'] === 'MedicalWebPage')?.about;
			expect(about).toMatchObject({ '@type': 'MedicalDevice', identifier: { value: p.data.pma } });
			const crumbs = ld['@graph'].find((n) => n['@type'] === 'BreadcrumbList')!.itemListElement.map((c: { name: string }) => c.name);
			expect(crumbs.slice(0, 2)).toEqual(['Home', 'Filler products']);
			expect(page).toMatch(/<a href="\/products\/" aria-current="page"[^>]*>Products<\/a>/);
		});
	}

	it("every area page's table lists exactly the marketed products approved there, oldest approval first", () => {
		for (const area of published('areas')) {
			const page = html(`areas/${area.entry.id}`);
			const shown = [...page.matchAll(/<th scope="row"[^>]*><a href="\/products\/([^/]+)\/"/g)].map((m) => m[1]);
			expect(shown, area.entry.id).toEqual(areaProductGroups(products, area.entry.id).marketed.map((r) => r.id));
			if (shown.length === 0) expect(page, area.entry.id).toContain('No filler product on this site is FDA-approved for this area');
		}
	});

	it("every material page lists its products in its own section (not only in 'Pages that link here')", () => {
		for (const material of published('fillers')) {
			const page = html(`fillers/${material.entry.id}`);
			const own = products.filter((x) => x.data.material === material.entry.id);
			const section = /id="material-products-heading".*?<\/section>/s.exec(page)?.[0] ?? '';
			expect([...section.matchAll(/href="\/products\/([^/]+)\/"/g)].map((m) => m[1]).sort(), material.entry.id).toEqual(
				own.map((p) => p.id).sort(),
			);
		}
	});

	it('material and area pages do not repeat their products under related pages or backlinks', () => {
		for (const entry of [
			...published('fillers').map((f) => `fillers/${f.entry.id}`),
			...published('areas').map((f) => `areas/${f.entry.id}`),
		]) {
			const page = html(entry);
			for (const id of ['related-heading', 'backlinks-heading']) {
				const section = new RegExp(`id="${id}".*?</(section|ul)>`, 's').exec(page)?.[0] ?? '';
				expect(section.match(/href="\/products\/[^/"]+\/"/g) ?? [], `${entry} #${id}`).toEqual([]);
			}
		}
	});

	it('every curated pair has its comparison page, listed on the comparisons index', () => {
		const index = html('compare');
		for (const pair of published('product-pairs')) {
			const page = decodeEntities(html(`compare/${pair.entry.id}`));
			expect(page).toContain('What actually differs');
			// The paragraph's fact tokens ({a.approvalMonth:lips}) are filled from the two products' data.
			const { a, b, difference } = pair.valid as { a: string; b: string; difference: string };
			const data = (id: string) => products.find((p) => p.id === id)!.data;
			const filled = fillPairFacts(difference, { a: data(a), b: data(b) });
			expect(filled).not.toMatch(/\{[ab]\./);
			expect(page).toContain(filled);
			expect(index).toContain(`href="/compare/${pair.entry.id}/"`);
		}
	});
});
