/**
 * Discovery in the browser: a comparison table read on a phone. The checks of metadata, structured data,
 * the link graph, the sitemap, the feed and the comparison pages read dist/ alone, in tests/built/discovery.test.ts.
 */
import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../support/dist.ts';

test.describe('comparison pages', () => {
	test('on a phone both columns of the table are on screen and the page does not scroll sideways', async ({ page }) => {
		const brands = readdirSync(join(DIST, 'neuromodulators'), { withFileTypes: true })
			.filter((d) => d.isDirectory())
			.map((d) => d.name)
			.sort();
		expect(brands.length).toBeGreaterThan(1);
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto(`/compare/${brands[0]}-vs-${brands[1]}/`);
		const table = page.getByRole('table', { name: /side by side/ });
		const headers = table.getByRole('columnheader');
		await expect(headers).toHaveCount(2);
		const second = await headers.nth(1).boundingBox();
		expect(second!.x + second!.width).toBeLessThanOrEqual(360);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	});
});
