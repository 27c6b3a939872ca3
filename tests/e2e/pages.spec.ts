/**
 * What a reader does on the site's pages and what they get: every page type opens without errors, the
 * sections lead to their entries and back, a citation marker and a glossary term take the reader to the
 * reference or the definition, and the keyboard's skip link moves on into the content. Located by role and
 * accessible name, as a reader (or their screen reader) finds things. Search is tested in search.spec.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { firstEntryOf } from '../support/site.ts';
import { PAGE_COLLECTIONS } from '../../src/lib/site/kinds.ts';

/** Fails the test on any console error or uncaught page error. */
function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
	page.on('pageerror', (err) => errors.push(err.message));
	return errors;
}

const STATIC_PAGES = ['/', '/about/', '/editorial-policy/', '/medical-disclaimer/', '/glossary/', '/sources/', '/search/'];
// Every entry kind in the registry of page kinds: a new kind is tested here without editing this file.
const COLLECTIONS = PAGE_COLLECTIONS;

test.describe('every page type renders', () => {
	for (const path of STATIC_PAGES) {
		test(`static page ${path}`, async ({ page }) => {
			const errors = watchErrors(page);
			const response = await page.goto(path);
			expect(response?.status()).toBe(200);
			await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
			await expect(page.getByRole('contentinfo')).toContainText('not medical advice');
			expect(errors).toEqual([]);
		});
	}

	for (const collection of COLLECTIONS) {
		test(`${collection}: the index leads to an entry with its summary, references and review dates`, async ({ page }) => {
			const errors = watchErrors(page);
			await page.goto(`/${collection}/`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
			// The reader picks the first entry the index lists (an index may link to other sections first).
			const entryLink = page
				.getByRole('main')
				.getByRole('listitem')
				.locator(`a[href^="/${collection}/"]:not([href="/${collection}/"])`)
				.first();
			const href = await entryLink.getAttribute('href');
			expect(href).toMatch(new RegExp(`^/${collection}/[a-z0-9-]+/$`));
			await entryLink.click();
			await expect(page).toHaveURL(new RegExp(`${href}$`));
			const main = page.getByRole('main');
			await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
			// The answer first, the numbered references and the review dates on every entry.
			await expect(main.getByRole('region', { name: 'Summary' })).toContainText(/\w{3,} \w{3,}/);
			await expect(main.getByRole('region', { name: 'References' }).getByRole('listitem').first()).toBeVisible();
			await expect(main.getByText(/Last reviewed \d{1,2} \w+ \d{4}\W+Next review (due )?\d{1,2} \w+ \d{4}/)).toBeVisible();
			await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Home' })).toBeVisible();
			expect(errors).toEqual([]);
		});
	}

	test('a brand page puts its boxed warning before the body, in reading order and on screen', async ({ page }) => {
		await page.goto(firstEntryOf('neuromodulators'));
		const warning = page.getByRole('complementary', { name: /^Boxed warning/ });
		await expect(warning).toBeVisible();
		// The body starts at the first section the page's contents list links to.
		const first = await page.getByRole('navigation', { name: 'On this page' }).locator('a[href^="#"]').first().getAttribute('href');
		const body = page.locator(`[id="${first!.slice(1)}"]`);
		// It follows the warning in the document, as a screen reader reads it, and on screen.
		expect(
			await warning.evaluate((w, b) => !!(w.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING), await body.elementHandle()),
		).toBe(true);
		const [warningBox, bodyBox] = await Promise.all([warning.boundingBox(), body.boundingBox()]);
		expect(warningBox!.y).toBeLessThan(bodyBox!.y);
	});

	test('an area page lists products approved there, derived from brand and filler data', async ({ page }) => {
		await page.goto('/areas/frown-lines/');
		const table = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Status here' }) });
		for (const brand of ['Botox Cosmetic', 'Dysport', 'Xeomin', 'Jeuveau', 'Daxxify', 'Letybo']) {
			await expect(table.getByRole('row').filter({ hasText: brand })).toContainText('FDA-approved');
		}
	});

	test('unknown paths get the 404 page with a way back', async ({ page }) => {
		const response = await page.goto('/no-such-page/');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
		await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Guides' }).click();
		await expect(page).toHaveURL(/\/guides\/$/);
	});
});

test.describe('navigation', () => {
	test('primary navigation and breadcrumbs lead where they say', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Guides' }).click();
		await expect(page).toHaveURL(/\/guides\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Guides');
		await expect(page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Guides' })).toHaveAttribute(
			'aria-current',
			'page',
		);
		const first = page.getByRole('main').getByRole('listitem').getByRole('link').first();
		const title = (await first.innerText()).trim();
		await first.click();
		await expect(page).toHaveURL(/\/guides\/[a-z0-9-]+\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toContainText(title.split(':')[0]!);
		await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Guides' }).click();
		await expect(page).toHaveURL(/\/guides\/$/);
	});

	test('a citation marker, used from the keyboard, brings its numbered reference into view', async ({ page }) => {
		await page.goto(firstEntryOf('guides'));
		const references = page.getByRole('main').getByRole('region', { name: 'References' });
		await expect(references).not.toBeInViewport();
		const marker = page.getByRole('link', { name: 'Source 1', exact: true }).first();
		await marker.focus();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/#ref-[a-z0-9-]+$/);
		// The first numbered reference is the one now on screen.
		await expect(references.getByRole('listitem').first()).toBeInViewport();
	});

	test('a glossary term in an article shows its definition, and its link opens the glossary entry in view', async ({ page }) => {
		await page.goto(firstEntryOf('guides'));
		// A term in the text is a button; tapping it shows a short definition with a link to the glossary.
		const term = page.getByRole('main').locator('button[popovertarget]').filter({ visible: true }).first();
		await term.click();
		const popover = page.locator(`[id="${await term.getAttribute('popovertarget')}"]`);
		await expect(popover).toBeVisible();
		const link = popover.getByRole('link');
		await expect(link).toHaveAttribute('href', /^\/glossary\/#[a-z0-9-]+$/);
		const id = (await link.getAttribute('href'))!.split('#')[1]!;
		await link.click();
		await expect(page).toHaveURL(new RegExp(`/glossary/#${id}$`));
		const definition = page.locator(`[id="${id}"]`).getByRole('term').first();
		await expect(definition).toBeInViewport();
		// "Used in" leads to a page that uses the term, and that page links back to this definition.
		const usedIn = page
			.locator(`[id="${id}"]`)
			.getByRole('definition')
			.getByText(/^Used in:/)
			.getByRole('link');
		await expect(usedIn.first()).toBeVisible();
		await usedIn.last().click();
		await expect(page).not.toHaveURL(/\/glossary\//);
		const back = page.getByRole('main').locator(`a[href="/glossary/#${id}"]`).first();
		// In running text the link sits in the term's definition popover: the reader opens it first.
		const backPopover = back.locator('xpath=ancestor::*[@popover][1]');
		if ((await backPopover.count()) > 0)
			await page
				.getByRole('main')
				.locator(`button[popovertarget="${await backPopover.getAttribute('id')}"]`)
				.first()
				.click();
		await expect(back).toBeVisible();
	});

	test('the keyboard reaches the skip link first, and the next Tab lands inside the content', async ({ page }) => {
		await page.goto(firstEntryOf('areas'));
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Skip to content' });
		await expect(skip).toBeFocused();
		await expect(skip).toBeInViewport();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/#main$/);
		await page.keyboard.press('Tab');
		// Focus moved past the header and breadcrumbs, into <main>.
		expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
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
});
