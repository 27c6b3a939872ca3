/**
 * The search page holds still while its script starts. The kind filters and the suggestions used to be
 * drawn by the script after the first paint, so on a phone the section links jumped 122 px down just
 * as a reader might tap one (a layout shift of 0.068). They are now in the page from the start, hidden
 * only when JavaScript is off, where they could do nothing.
 *
 * A filter chip's count is text inside the chip: it once picked up the chip's own border and padding
 * and showed as an empty pill beside every label before a query, and a pill in a pill after one.
 */
import { expect, test, type Page } from '@playwright/test';

/** The layout shifts of the page so far, as the browser scores them (Cumulative Layout Shift's entries). */
const layoutShifts = (page: Page) =>
	page.evaluate(
		() =>
			new Promise<number[]>((resolve) => {
				new PerformanceObserver((list, observer) => {
					observer.disconnect();
					resolve(list.getEntries().map((e) => (e as PerformanceEntry & { value: number }).value));
				}).observe({ type: 'layout-shift', buffered: true });
				// With no shift at all the observer is never called: give buffered entries a frame to arrive.
				requestAnimationFrame(() => requestAnimationFrame(() => resolve([])));
			}),
	);

for (const width of [390, 1280]) {
	test(`nothing on the search page moves while its script starts (${width} px)`, async ({ page }) => {
		await page.setViewportSize({ width, height: 844 });
		await page.goto('/search/');
		const sections = page.getByRole('navigation', { name: 'Sections' });
		await expect(sections).toBeVisible();
		const before = await sections.boundingBox();
		await page.waitForLoadState('networkidle');
		expect(await layoutShifts(page)).toEqual([]);
		expect(await sections.boundingBox()).toEqual(before);
		// And the suggestions drawn before the script ran are the ones it answers.
		await page.getByRole('button', { name: 'lip filler' }).click();
		await expect(page.getByRole('status')).toContainText('for “lip filler”');
	});
}

test('a filter chip shows its count inside it, not as a second chip', async ({ page }) => {
	await page.goto('/search/?q=botox');
	const all = page.getByRole('radio', { name: /^All/ });
	await expect(all).toHaveAccessibleName(/^All \d+$/);
	const count = page.locator('#search-kinds .sr-count').first();
	const border = await count.evaluate((el) => getComputedStyle(el).borderTopWidth);
	expect(border).toBe('0px');
});

test('the search dialog shows a filter count inside its chip too', async ({ page }) => {
	await page.goto('/guides/aftercare/');
	await page.getByRole('banner').getByRole('link', { name: 'Search' }).click();
	const dialog = page.getByRole('dialog', { name: 'Search Injectables Atlas' });
	await dialog.getByRole('combobox').fill('botox');
	await expect(dialog.getByRole('radio', { name: /^All/ })).toHaveAccessibleName(/^All \d+$/);
	const border = await dialog
		.locator('.sr-count')
		.first()
		.evaluate((el) => getComputedStyle(el).borderTopWidth);
	expect(border).toBe('0px');
});

test('without JavaScript the search page hides the filters and suggestions it cannot run', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/search/');
	await expect(page.getByText('Search needs JavaScript')).toBeVisible();
	await expect(page.getByRole('radio', { name: 'All' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'lip filler' })).toBeHidden();
	await context.close();
});
