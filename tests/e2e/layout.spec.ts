/**
 * The reading layout as a reader meets it, on a phone (390x844) and a laptop (1280x900): where the
 * contents list is, whether it stays in view and follows the section being read, how long the longest
 * brand page is, and what the page ends with.
 */
import { expect, test, type Page } from '@playwright/test';

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 900 };
const BOTOX = '/neuromodulators/botox-cosmetic/';
const LONG_PAGES = [BOTOX, '/fillers/hyaluronic-acid/', '/guides/side-effects-and-emergencies/', '/guides/botox-vs-fillers/'];

const contents = (page: Page) => page.getByRole('navigation', { name: 'On this page' });
const pageTop = (page: Page, selector: string) =>
	page
		.locator(selector)
		.first()
		.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);

test.describe('on a laptop', () => {
	test.use({ viewport: LAPTOP });

	test('the contents list sits beside the article, stays in view and marks the section being read', async ({ page }) => {
		// A guide: its rail opens with the contents. On brand, filler and product pages the key facts come
		// first in the rail and the contents below them (tests/e2e/rail-facts.spec.ts).
		await page.goto('/guides/botox-vs-fillers/');
		const nav = contents(page);
		const article = await page.locator('article h1').boundingBox();
		const rail = await nav.boundingBox();
		// In the right rail: to the right of the article's column, in the first screen, its links shown.
		expect(rail!.x).toBeGreaterThan(article!.x + 600);
		expect(rail!.y + rail!.height).toBeLessThan(LAPTOP.height);
		const links = nav.getByRole('link');
		await expect(links.first()).toBeVisible();

		// Follow the fourth link: the page scrolls, the list is still on screen, and that link is marked.
		const fourth = links.nth(3);
		const name = (await fourth.textContent())!.trim();
		await fourth.click();
		await expect(page.getByRole('heading', { level: 2, name })).toBeInViewport();
		await expect(nav).toBeInViewport();
		await expect(fourth).toHaveAttribute('aria-current', 'true');
		await expect(nav.locator('[aria-current]')).toHaveCount(1);

		// Scroll by hand to the next section's heading: the mark moves with the reader.
		const fifth = links.nth(4);
		const next = page.getByRole('heading', { level: 2, name: (await fifth.textContent())!.trim() });
		await next.evaluate((h) => window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY - 100));
		await expect(fifth).toHaveAttribute('aria-current', 'true');
		await expect(fourth).not.toHaveAttribute('aria-current');
		await expect(nav).toBeInViewport();
	});

	test('without JavaScript the rail still lists its links', async ({ browser }) => {
		const context = await browser.newContext({ viewport: LAPTOP, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(BOTOX);
		const first = contents(page).getByRole('link').first();
		await expect(first).toBeVisible();
		await first.click();
		await expect(page).toHaveURL(/#what-botox-cosmetic-is$/);
		await context.close();
	});
});

test.describe('on a phone', () => {
	test.use({ viewport: PHONE });

	test('the Botox Cosmetic page is under 12,000 px and its contents are within the first two screens', async ({ page }) => {
		await page.goto(BOTOX);
		const height = await page.evaluate(() => document.scrollingElement!.scrollHeight);
		expect(height).toBeLessThan(12_000);
		expect(await pageTop(page, 'nav[aria-label="On this page"]')).toBeLessThan(2 * PHONE.height);
	});

	for (const path of LONG_PAGES) {
		test(`${path}: "On this page" is one collapsed line near the top that opens to working links`, async ({ page }) => {
			await page.goto(path);
			const nav = contents(page);
			// A guide that opens with the emergency care card (the side-effects guide) may spend its height
			// first: the bound is two screens of reading after the card.
			const cards = page.locator('[data-emergency-card]');
			const card = (await cards.count()) > 0 ? await cards.first().boundingBox() : null;
			const cardFirst =
				card !== null && card.y < (await pageTop(page, '.summary, [aria-labelledby="summary-heading"]').catch(() => Infinity));
			expect(await pageTop(page, 'nav[aria-label="On this page"]')).toBeLessThan(2 * PHONE.height + (cardFirst ? card.height : 0));
			const links = nav.getByRole('link');
			await expect(links.first()).toBeHidden();
			expect((await nav.boundingBox())!.height).toBeLessThan(60);
			await nav.getByText('On this page').click();
			await expect(links.first()).toBeVisible();
			const target = (await links.last().getAttribute('href'))!;
			await links.last().click();
			await expect(page.locator(target)).toBeInViewport();
		});
	}

	test('the header is compact and keeps search and every section link', async ({ page }) => {
		await page.goto(BOTOX);
		const header = await page.locator('header').first().boundingBox();
		expect(header!.height).toBeLessThan(100);
		await expect(page.getByRole('link', { name: 'Search' })).toBeInViewport();
		const primary = page.getByRole('navigation', { name: 'Primary' });
		for (const name of ['Neuromodulators', 'Fillers', 'Areas', 'Finder', 'Compare', 'Guides', 'Myths', 'Glossary']) {
			await expect(primary.getByRole('link', { name })).toBeAttached();
		}
		// The last section is reachable by scrolling the row sideways, as a thumb would.
		await primary.getByRole('link', { name: 'Glossary' }).scrollIntoViewIfNeeded();
		await expect(primary.getByRole('link', { name: 'Glossary' })).toBeInViewport();
	});

	test('breadcrumbs take one line: the way up', async ({ page }) => {
		await page.goto('/guides/combining-treatments/');
		const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
		expect((await crumbs.boundingBox())!.height).toBeLessThan(30);
		await expect(crumbs.getByRole('link', { name: 'Guides' })).toBeVisible();
	});

	test('the review line is under the title', async ({ page }) => {
		await page.goto(BOTOX);
		const h1 = await page.locator('h1').boundingBox();
		const review = page.locator('article p').filter({ hasText: /^\s*Last reviewed/ });
		const box = await review.boundingBox();
		expect(box!.y).toBeGreaterThan(h1!.y + h1!.height - 1);
		expect(box!.y).toBeLessThan(h1!.y + h1!.height + 30);
		await expect(review).toContainText('Next review');
	});
});

test.describe('the end of a page', () => {
	test('at most six next steps, none already linked above, then backlinks folded into one line with a count', async ({ page }) => {
		await page.goto(BOTOX);
		const next = page.getByRole('region', { name: 'Next steps' });
		const hrefs = await next.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(hrefs.length).toBeGreaterThan(0);
		expect(hrefs.length).toBeLessThanOrEqual(6);
		const above = await page
			.locator('article .main > :not([data-pagefind-ignore]) a, article .head a')
			.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		for (const href of hrefs) expect(above, `${href} is already linked above`).not.toContain(href);

		const backlinks = page.locator('details').filter({ has: page.locator('summary', { hasText: /^Pages that link here \(\d+\)$/ }) });
		await expect(backlinks).toHaveCount(1);
		const summary = backlinks.locator('summary');
		const count = Number(/\((\d+)\)/.exec((await summary.textContent())!)![1]);
		await expect(backlinks.getByRole('link').first()).toBeHidden();
		await summary.click();
		await expect(backlinks.getByRole('link')).toHaveCount(count);
	});

	test('comparison links come before the body, with the facts', async ({ page }) => {
		await page.goto(BOTOX);
		const compare = page.getByRole('link', { name: 'vs Dysport' });
		const body = page.getByRole('heading', { level: 2, name: 'What Botox Cosmetic is' });
		expect((await compare.boundingBox())!.y).toBeLessThan((await body.boundingBox())!.y);
	});

	test('medical approvals fold into a disclosure', async ({ page }) => {
		await page.goto(BOTOX);
		const medical = page.locator('details').filter({ has: page.locator('summary', { hasText: /^Medical approvals \(\d+\)$/ }) });
		await expect(medical.getByRole('table')).toBeHidden();
		await medical.locator('summary').click();
		await expect(medical.getByRole('table')).toBeVisible();
	});
});

test.describe('guides', () => {
	test('the index is grouped by category, safety first, emergencies at the top', async ({ page }) => {
		await page.goto('/guides/');
		const groups = page.getByRole('main').getByRole('heading', { level: 2 });
		await expect(groups.first()).toHaveText('Safety');
		await expect(page.getByRole('main').locator('.card-list a').first()).toHaveText(/Side effects and emergencies/);
	});

	test('each guide links to the previous and next in that order', async ({ page }) => {
		await page.goto('/guides/side-effects-and-emergencies/');
		const pager = page.getByRole('navigation', { name: 'Guides in order' });
		await expect(pager.getByRole('link', { name: /Previous guide/ })).toHaveCount(0);
		const next = pager.getByRole('link', { name: /Next guide/ });
		const nextTitle = (await next.textContent())!.replace('Next guide', '').trim();
		await next.click();
		await expect(page.locator('h1')).toHaveText(nextTitle);
		await expect(page.getByRole('navigation', { name: 'Guides in order' }).getByRole('link', { name: /Previous guide/ })).toContainText(
			'Side effects and emergencies',
		);
	});
});

test('comparison and finder pages carry a review date', async ({ page }) => {
	for (const path of [
		'/compare/botox-cosmetic-vs-dysport/',
		'/compare/neuromodulators-vs-fillers/',
		'/finder/',
		'/finder/lines-when-moving/',
		'/finder/lines-when-moving/upper-face/',
	]) {
		await page.goto(path);
		await expect(
			page
				.locator('main p')
				.filter({ hasText: /Last reviewed/ })
				.locator('time'),
			path,
		).toHaveCount(2);
	}
});
