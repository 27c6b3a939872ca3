/**
 * Filler products as a reader on a phone meets them: a product page, an area's table of approved
 * products and a product comparison at 390 px, each readable without sideways scrolling and within the
 * first-round-trip byte budget; and search finding every product by its name and by a misspelling.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, fileFor, readDist } from './dist.ts';
import { sitemapPaths } from './site.ts';

const FIRST_ROUND_TRIP = 14_600;
const REQUESTS = 4;
const PHONE = { width: 390, height: 844 };

const productPages = () => sitemapPaths().filter((p) => /^\/products\/[^/]+\/$/.test(p));
/** Built pages whose HTML contains `marker`, among `paths`. */
const pagesWith = (paths: string[], marker: string) => paths.filter((p) => readDist(fileFor(p)!).includes(marker));
const areaWithProducts = () =>
	pagesWith(
		sitemapPaths().filter((p) => /^\/areas\/[^/]+\/$/.test(p)),
		'approved-products-heading" ',
	).find((p) => readDist(fileFor(p)!).includes('class="area-products'));
const productComparison = () =>
	pagesWith(
		sitemapPaths().filter((p) => /^\/compare\/[^/]+-vs-[^/]+\/$/.test(p)),
		'What actually differs',
	)[0];

/** gzip bytes of the page's HTML plus its blocking stylesheets (inlined here, so usually none). */
function firstRoundTrip(path: string): number {
	const html = readDist(fileFor(path)!);
	const css = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => readFileSync(join(DIST, m[1]!)));
	return [Buffer.from(html), ...css].reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0);
}

/** Loads a page at phone width, counting the requests it makes, and checks nothing scrolls sideways. */
async function openOnPhone(page: Page, path: string): Promise<number> {
	let requests = 0;
	page.on('request', () => requests++);
	await page.setViewportSize(PHONE);
	await page.goto(path, { waitUntil: 'load' });
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow, `${path} scrolls sideways at 390 px`).toBeLessThanOrEqual(0);
	return requests;
}

/** Every cell of a table lies inside the phone's width: no column is hidden off-screen. */
async function expectTableFits(page: Page, name: RegExp): Promise<void> {
	const table = page.getByRole('table', { name });
	await expect(table).toBeVisible();
	const cells = table.getByRole('cell');
	expect(await cells.count()).toBeGreaterThan(0);
	for (const box of await cells.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right))) {
		expect(box).toBeLessThanOrEqual(PHONE.width);
	}
}

test.describe('products at 390 px', () => {
	test('a product page: emergency card first, facts, approvals, label safety, within budget', async ({ page }) => {
		const path = productPages()[0]!;
		const requests = await openOnPhone(page, path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const card = page.getByRole('complementary', { name: /^Emergency signs after filler/ });
		await expect(card).toBeInViewport();
		await expect(page.getByRole('table', { name: 'Key facts' })).toContainText('FDA approval (PMA)');
		await expect(page.getByRole('heading', { name: 'FDA-approved uses' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Who should not have it' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Pregnancy and breastfeeding' })).toBeVisible();
		expect(firstRoundTrip(path)).toBeLessThanOrEqual(FIRST_ROUND_TRIP);
		expect(requests).toBeLessThanOrEqual(REQUESTS);
	});

	test("an area's table of approved products: every column on screen, linking to each product", async ({ page }) => {
		const path = areaWithProducts();
		expect(path, 'no area page has an approved-product table').toBeDefined();
		const requests = await openOnPhone(page, path!);
		await expectTableFits(page, /^Filler products approved for/);
		const table = page.getByRole('table', { name: /^Filler products approved for/ });
		const first = table.getByRole('rowheader').first().getByRole('link');
		const href = await first.getAttribute('href');
		expect(href).toMatch(/^\/products\/[^/]+\/$/);
		await first.click();
		await expect(page).toHaveURL(new RegExp(`${href}$`));
		expect(firstRoundTrip(path!)).toBeLessThanOrEqual(FIRST_ROUND_TRIP);
		expect(requests).toBeLessThanOrEqual(REQUESTS);
	});

	test('an area with no approved product says so', async ({ page }) => {
		const areas = sitemapPaths().filter((p) => /^\/areas\/[^/]+\/$/.test(p));
		const path = areas.find((p) => readDist(fileFor(p)!).includes('No filler product on this site is FDA-approved for this area'));
		test.skip(!path, 'every area has an approved product');
		await openOnPhone(page, path!);
		await expect(page.getByText('No filler product on this site is FDA-approved for this area')).toBeVisible();
	});

	test('a product comparison: the written difference, then a table whose three columns fit', async ({ page }) => {
		const path = productComparison();
		expect(path, 'no product comparison page').toBeDefined();
		const requests = await openOnPhone(page, path!);
		await expect(page.getByRole('heading', { name: 'What actually differs' })).toBeVisible();
		await expectTableFits(page, / side by side$/);
		const table = page.getByRole('table', { name: / side by side$/ });
		await expect(table.getByRole('rowheader', { name: 'Approved uses' })).toBeVisible();
		await expect(table.getByRole('columnheader')).toHaveCount(2);
		expect(firstRoundTrip(path!)).toBeLessThanOrEqual(FIRST_ROUND_TRIP);
		expect(requests).toBeLessThanOrEqual(REQUESTS);
	});
});

/** A common kind of misspelling of a name: a doubled letter typed once, else two letters swapped. */
export function misspell(name: string): string {
	const word = name.split(/\s+/).sort((a, b) => b.length - a.length)[0]!;
	const doubled = /(\p{L})\1/u.exec(word);
	// A name of short words ("RHA 2") is misspelt as readers type it run together: "rha2".
	if (word.length < 4) return name.replace(/\s+/g, '').toLowerCase();
	const typo = doubled
		? word.slice(0, doubled.index) + word.slice(doubled.index + 1)
		: word.slice(0, 2) + word[3] + word[2] + word.slice(4);
	return name.replace(word, typo);
}

test('the products index on a phone shows the products before the list of comparisons', async ({ page }) => {
	await page.setViewportSize(PHONE);
	await page.goto('/products/');
	const firstProduct = page
		.getByRole('main')
		.getByRole('link', { name: /^Juvéderm|^Restylane|^RHA|^Bellafill|^Belotero|^Radiesse|^Sculptra/ })
		.first();
	const comparisons = page.getByRole('heading', { name: 'Product comparisons' });
	await expect(firstProduct).toBeVisible();
	const productTop = (await firstProduct.boundingBox())!.y;
	// A reader comes here for a product: the first one is within the first two screens, above the comparisons.
	expect(productTop).toBeLessThan(2 * PHONE.height);
	expect(productTop).toBeLessThan((await comparisons.boundingBox())!.y);
	// Every product page has its card on the index.
	const cards = await page.locator('main .card-list a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
	expect(cards.sort()).toEqual(productPages().sort());
});

test.describe('search finds every product', () => {
	const vocabulary = () =>
		(
			JSON.parse(readFileSync(join(DIST, 'pagefind/vocabulary.json'), 'utf8')) as { entries: Array<{ u: string; t: string }> }
		).entries.filter((e) => e.u.startsWith('/products/'));

	async function results(page: Page, query: string): Promise<string[]> {
		await page.goto(`/search/?q=${encodeURIComponent(query)}`);
		await expect(page.locator('#search-status')).not.toBeEmpty();
		return page.locator('#search-results a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
	}

	test('every product page is in the search vocabulary', () => {
		expect(
			vocabulary()
				.map((e) => e.u)
				.sort(),
		).toEqual(productPages().sort());
	});

	test('by its name and by a misspelling, in the top 3', async ({ page }) => {
		test.setTimeout(180_000);
		for (const { u, t } of vocabulary()) {
			const name = t.replace(/\s*\(.*\)\s*$/, '');
			expect((await results(page, name)).slice(0, 3), `"${name}"`).toContain(u);
			const typo = misspell(name);
			expect((await results(page, typo)).slice(0, 3), `"${typo}" (misspelling of ${name})`).toContain(u);
		}
	});
});
