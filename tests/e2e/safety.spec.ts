/**
 * Safety at the point of need, as a reader on a phone meets it: the emergency care card starts within the
 * first screen (390x844) of the side-effects guide and of every brand and filler page, and the
 * "Emergency signs" link in the header reaches it in one tap from any page.
 */
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './site.ts';

const PHONE = { width: 390, height: 844 };
const entryPages = (collection: string) => sitemapPaths().filter((p) => p.startsWith(`/${collection}/`) && p !== `/${collection}/`);
const PAGES = ['/guides/side-effects-and-emergencies/', ...entryPages('neuromodulators'), ...entryPages('fillers')];

test.use({ viewport: PHONE });

test('there are brand and filler pages to check', () => {
	expect(entryPages('neuromodulators').length).toBeGreaterThanOrEqual(6);
	expect(entryPages('fillers').length).toBeGreaterThanOrEqual(5);
});

for (const path of PAGES) {
	test(`the emergency card starts in the first phone screen on ${path}`, async ({ page }) => {
		await page.goto(path);
		const card = page.getByRole('complementary', { name: /^Emergency signs/ });
		await expect(card).toBeVisible();
		const box = await card.boundingBox();
		expect(box, 'the card has a box').not.toBeNull();
		// Its top, with its heading, must show before the reader scrolls.
		expect(box!.y + 40).toBeLessThanOrEqual(PHONE.height);
		await expect(card.getByRole('link', { name: '911' })).toHaveAttribute('href', 'tel:911');
	});
}

test('brand pages warn of a serious allergic reaction and say what to do', async ({ page }) => {
	for (const path of entryPages('neuromodulators')) {
		await page.goto(path);
		await expect(page.getByRole('term').filter({ hasText: 'Serious allergic reaction' })).toHaveCount(1);
		const card = page.getByRole('complementary', { name: /^Emergency signs/ });
		await expect(card).toContainText('swelling of the lips, tongue or throat');
		await expect(card).toContainText('even if it is the only sign');
		// One boxed warning and one "who should not have it", not two of each.
		await expect(page.getByRole('heading', { name: /^Boxed warning/ })).toHaveCount(1);
		await expect(page.getByRole('heading', { name: 'Who should not have it' })).toHaveCount(1);
	}
});

test('the header link reaches the emergency card in one tap from any page', async ({ page }) => {
	await page.goto('/glossary/');
	await page.getByRole('link', { name: 'Emergency signs', exact: true }).click();
	await expect(page).toHaveURL(/\/guides\/side-effects-and-emergencies\/#emergency-help$/);
	const card = page.getByRole('complementary', { name: /^Emergency signs/ });
	await expect(card).toBeInViewport();
});
