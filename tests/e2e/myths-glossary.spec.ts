/**
 * What a reader gets from the myths and glossary work (issues #13 and #15): a term's definition opens
 * where they are reading, by keyboard, by tap and without JavaScript; printing keeps the references,
 * the FAQ answers and the page's address; search names a myth by its question and verdict.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const PAGE = '/fillers/hyaluronic-acid/';
const TERM = 'lidocaine';
const DEFINITION = 'A local anaesthetic that numbs the skin for a short time.';

/** The term's button, found as a reader's assistive technology would: a button named by its words. */
const termButton = (page: Page) => page.getByRole('button', { name: TERM, exact: true }).first();
/** The open definition: the popover that holds the definition text. */
const definition = (page: Page) => page.locator('[popover]').filter({ hasText: DEFINITION });

test.describe('a glossary term opens its definition in place', () => {
	test('by keyboard: Tab to the term, Enter opens it, Escape closes it', async ({ page }) => {
		await page.goto(PAGE);
		await expect(definition(page)).toBeHidden();
		// Tab from the top of the page until the term has focus, as a keyboard user would.
		let focused = false;
		for (let i = 0; i < 300 && !focused; i++) {
			await page.keyboard.press('Tab');
			focused = await termButton(page).evaluate((el) => el === document.activeElement);
		}
		expect(focused).toBe(true);
		await page.keyboard.press('Enter');
		await expect(definition(page)).toBeVisible();
		await expect(definition(page).getByRole('link', { name: 'Lidocaine' })).toHaveAttribute('href', '/glossary/#lidocaine');
		// The definition sits inside the viewport the reader is in: the page did not navigate or jump away.
		expect(page.url()).toMatch(new RegExp(`${PAGE}$`));
		const box = (await definition(page).boundingBox())!;
		const viewport = page.viewportSize()!;
		expect(box.y).toBeGreaterThanOrEqual(0);
		expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
		await page.keyboard.press('Escape');
		await expect(definition(page)).toBeHidden();
	});

	test('by tap on a phone, and its Close button closes it', async ({ browser }) => {
		const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
		const page = await context.newPage();
		await page.goto(PAGE);
		await termButton(page).scrollIntoViewIfNeeded();
		await termButton(page).tap();
		await expect(definition(page)).toBeVisible();
		await definition(page).getByRole('button', { name: 'Close' }).tap();
		await expect(definition(page)).toBeHidden();
		await context.close();
	});

	test('an open definition passes the WCAG 2.2 AA checks', async ({ page }) => {
		await page.goto(PAGE);
		await termButton(page).click();
		await expect(definition(page)).toBeVisible();
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
	});

	test('without JavaScript', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(PAGE);
		await termButton(page).click();
		await expect(definition(page)).toBeVisible();
		await context.close();
	});
});

test.describe('print', () => {
	test('prints the references, every FAQ answer and the page address, not the site chrome', async ({ page }) => {
		await page.goto('/guides/aftercare/');
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('heading', { name: 'References' })).toBeVisible();
		await expect(page.locator('.references li').first()).toBeVisible();
		const answers = page.locator('.faq details > :not(summary)');
		expect(await answers.count()).toBeGreaterThan(0);
		for (const answer of await answers.all()) await expect(answer).toBeVisible();
		await expect(page.getByText(/This page: https?:\/\/.+\/guides\/aftercare\//)).toBeVisible();
		await expect(page.getByText(/Last reviewed \d+ \w+ \d{4}/)).toBeVisible();
		await expect(page.locator('.site-header')).toBeHidden();
	});

	test('on screen, the address line stays hidden', async ({ page }) => {
		await page.goto('/guides/aftercare/');
		await expect(page.getByText(/This page: https?:/)).toBeHidden();
	});
});

test.describe('myths lead with their verdict', () => {
	test('a search for "pregnant" names the myth by its question and verdict', async ({ page }) => {
		await page.goto('/search/?q=pregnant');
		const link = page.locator('#search-results a[href="/myths/botox-is-safe-in-pregnancy/"]');
		await expect(link).toContainText('Is Botox safe in pregnancy? Not proven: avoid cosmetic use');
		await expect(page.locator('#search-results')).not.toContainText(/Botox is safe (during|in) pregnancy/i);
	});

	test('the myth page heads with the question and verdict, and marks the claim as the claim', async ({ page }) => {
		await page.goto('/myths/botox-is-safe-in-pregnancy/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Is Botox safe in pregnancy? Not proven: avoid cosmetic use');
		await expect(page).toHaveTitle(/^Is Botox safe in pregnancy\? Not proven: avoid cosmetic use/);
		await expect(page.getByText('The claim:')).toBeVisible();
		await expect(page.getByText(/Verdict: Unproven/)).toBeVisible();
	});
});

test.describe('the 404 page', () => {
	test('offers a labelled search box that phones will not zoom into, and a way to every page', async ({ page }) => {
		const response = await page.goto('/no-such-page/');
		expect(response?.status()).toBe(404);
		const box = page.getByRole('searchbox', { name: 'Search the site' });
		// iOS zooms into inputs under 16 px; 44 px is a comfortable tap.
		expect(parseFloat(await box.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(16);
		expect((await box.boundingBox())!.height).toBeGreaterThanOrEqual(44);
		await box.fill('lidocaine');
		await page.getByRole('button', { name: 'Search', exact: true }).last().click();
		await expect(page).toHaveURL(/\/search\/\?q=lidocaine$/);
	});

	test("the footer's Sitemap link opens a page a reader can read, listing every section", async ({ page }) => {
		await page.goto('/');
		await page.getByRole('contentinfo').getByRole('link', { name: 'Sitemap' }).click();
		await expect(page).toHaveURL(/\/sitemap\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sitemap');
		for (const section of ['Myths and facts', 'Comparisons', 'Treatment finder'])
			await expect(page.getByRole('heading', { level: 2, name: section })).toBeVisible();
	});
});
