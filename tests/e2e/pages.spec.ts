import { expect, test, type Page } from '@playwright/test';
import { firstEntryOf } from './site.ts';

/** Fails the test on any console error or uncaught page error. */
function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
	page.on('pageerror', (err) => errors.push(err.message));
	return errors;
}

const STATIC_PAGES = ['/', '/about/', '/editorial-policy/', '/medical-disclaimer/', '/glossary/', '/sources/', '/search/'];
const COLLECTIONS = ['neuromodulators', 'fillers', 'areas', 'products', 'guides', 'myths'];

test.describe('every page type renders', () => {
	for (const path of STATIC_PAGES) {
		test(`static page ${path}`, async ({ page }) => {
			const errors = watchErrors(page);
			const response = await page.goto(path);
			expect(response?.status()).toBe(200);
			await expect(page.locator('h1')).toHaveCount(1);
			await expect(page.locator('footer')).toContainText('not medical advice');
			expect(errors).toEqual([]);
		});
	}

	for (const collection of COLLECTIONS) {
		test(`${collection} index and entry`, async ({ page }) => {
			const errors = watchErrors(page);
			await page.goto(`/${collection}/`);
			await expect(page.locator('h1')).toHaveCount(1);
			const entry = firstEntryOf(collection);
			await page.goto(entry);
			await expect(page.locator('h1')).toHaveCount(1);
			// The answer first, the numbered references and the review dates on every entry.
			await expect(page.locator('.summary .lede')).not.toBeEmpty();
			await expect(page.locator('#references-heading')).toBeVisible();
			await expect(page.locator('.references li').first()).toBeVisible();
			await expect(page.locator('.review time')).toHaveCount(2);
			await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Home');
			expect(errors).toEqual([]);
		});
	}

	test('brand pages put the boxed warning before the body', async ({ page }) => {
		await page.goto(firstEntryOf('neuromodulators'));
		const warning = page.getByRole('heading', { name: /Boxed warning/ });
		await expect(warning).toBeVisible();
		const [warningY, bodyY] = await Promise.all([
			warning.evaluate((el) => el.getBoundingClientRect().top),
			page.locator('.body').evaluate((el) => el.getBoundingClientRect().top),
		]);
		expect(warningY).toBeLessThan(bodyY);
	});

	test('an area page lists products approved there, derived from brand and filler data', async ({ page }) => {
		await page.goto('/areas/frown-lines/');
		const rows = page.getByRole('table').filter({ hasText: 'Status here' }).locator('tbody tr');
		for (const brand of ['Botox Cosmetic', 'Dysport', 'Xeomin', 'Jeuveau', 'Daxxify', 'Letybo']) {
			await expect(rows.filter({ hasText: brand })).toContainText('FDA-approved');
		}
	});

	test('unknown paths get the 404 page', async ({ page }) => {
		const response = await page.goto('/no-such-page/');
		expect(response?.status()).toBe(404);
		await expect(page.locator('h1')).toHaveText('Page not found');
	});
});

test.describe('navigation', () => {
	test('primary navigation and breadcrumbs lead where they say', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Guides' }).click();
		await expect(page).toHaveURL(/\/guides\/$/);
		await expect(page.getByRole('link', { name: 'Guides' }).first()).toHaveAttribute('aria-current', 'page');
		await page.locator('.card-list a').first().click();
		await expect(page).toHaveURL(/\/guides\/[a-z0-9-]+\/$/);
		await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Guides' }).click();
		await expect(page).toHaveURL(/\/guides\/$/);
	});

	test('a citation marker jumps to its numbered reference', async ({ page }) => {
		await page.goto(firstEntryOf('guides'));
		const marker = page.locator('sup.cite a').first();
		const target = await marker.getAttribute('href');
		await marker.click();
		await expect(page.locator(`${target}`)).toBeInViewport();
	});

	test('a glossary term links to its definition', async ({ page }) => {
		await page.goto('/glossary/');
		const firstTerm = page.locator('.term').first();
		const id = await firstTerm.getAttribute('id');
		expect(id).toBeTruthy();
		const usedBy = await page.locator(`#${id} dd a[href^="/"]`).count();
		expect(usedBy).toBeGreaterThanOrEqual(0);
		await page.goto(`/glossary/#${id}`);
		await expect(page.locator(`#${id} dfn`)).toBeInViewport();
	});

	test('the keyboard reaches the skip link first and it moves focus to the content', async ({ page }) => {
		await page.goto(firstEntryOf('areas'));
		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/#main$/);
	});

	test('without JavaScript the header search leads to a search page that works as a plain form', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/');
		await page.getByRole('banner').getByRole('link', { name: 'Search' }).click();
		await expect(page).toHaveURL(/\/search\/$/);
		await page.getByRole('searchbox').fill('lips');
		await page.getByRole('searchbox').press('Enter');
		await expect(page).toHaveURL(/\/search\/\?q=lips$/);
		await expect(page.getByText('Search needs JavaScript')).toBeVisible();
		await context.close();
	});

	test('search finds pages from the built index', async ({ page }) => {
		const errors = watchErrors(page);
		await page.goto('/search/?q=boxed%20warning');
		await expect(page.locator('#search-results li').first()).toBeVisible();
		await expect(page.locator('#search-status')).toContainText('result');
		expect(errors).toEqual([]);
	});
});
