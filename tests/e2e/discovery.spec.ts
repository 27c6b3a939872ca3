/**
 * Discovery in the browser: a comparison table read on a phone. The checks of metadata, structured data,
 * the link graph, the sitemap, the feed and the comparison pages read dist/ alone, in tests/built/discovery.test.ts.
 */
import { expect, test } from '@playwright/test';
import { sitemapPaths } from '../support/site.ts';

test.describe('comparison pages', () => {
	test('on a phone the table scrolls inside its own region, not the page, and the keyboard scrolls it', async ({ page }) => {
		const comparison = sitemapPaths().find((p) => /^\/compare\/.+-vs-.+\/$/.test(p) && p !== '/compare/neuromodulators-vs-fillers/');
		expect(comparison, 'the sitemap lists no comparison page').toBeTruthy();
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto(comparison!);
		const region = page.getByRole('region', { name: /side by side/ });
		await expect(region.getByRole('columnheader')).toHaveCount(2);
		const [scrollWidth, clientWidth] = await region.evaluate((el) => [el.scrollWidth, el.clientWidth]);
		expect(scrollWidth).toBeGreaterThan(clientWidth);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		// A keyboard reader reaches the region with Tab (it must be focusable) and scrolls it with the arrows.
		for (let i = 0; i < 200 && !(await region.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
		await expect(region).toBeFocused();
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
	});
});
