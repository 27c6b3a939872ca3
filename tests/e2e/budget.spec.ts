/**
 * The bytes and requests a browser really fetches for the heaviest entry page of each type: at most
 * 20 KB in at most 4 requests. The same budgets read from dist/ alone are in tests/built/budget.test.ts.
 */
import { expect, test } from '@playwright/test';
import { costOf, gzip, REQUESTS, TRANSFER } from '../support/budget.ts';
import { entryPagesByType } from '../support/dist.ts';
import { bodyBytesAsHostSends } from '../support/transfer.ts';

const byType = entryPagesByType();

test.describe('transfer measured in the browser', () => {
	for (const [type, paths] of byType) {
		// The heaviest page of the type, so the budget holds for all of them.
		const heaviest = paths.map(costOf).sort((a, b) => b.html + b.css - (a.html + a.css))[0]!.path;
		test(`${type}: ${heaviest} transfers at most 20 KB in at most 4 requests`, async ({ page, baseURL }) => {
			const fetched = new Map<string, number>();
			page.on('requestfinished', async (request) => {
				const response = await request.response();
				if (!response) return;
				const { responseHeadersSize } = await request.sizes();
				fetched.set(request.url(), (await bodyBytesAsHostSends(response)) + responseHeadersSize);
			});
			await page.goto(heaviest, { waitUntil: 'load' });
			await page.waitForLoadState('networkidle');
			// Headless Chromium does not ask for the favicon, but every real browser does: count it.
			const icons = await page.locator('link[rel~="icon"]').evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
			for (const icon of icons) {
				if (fetched.has(icon)) continue;
				const response = await page.request.get(icon);
				fetched.set(icon, gzip(await response.body()) + 200);
			}
			const total = [...fetched.values()].reduce((a, b) => a + b, 0);
			console.log(
				`  ${type} ${heaviest}: ${total} bytes in ${fetched.size} requests (${[...fetched.keys()].map((u) => u.replace(baseURL!, '')).join(', ')})`,
			);
			expect(fetched.size).toBeLessThanOrEqual(REQUESTS);
			expect(total).toBeLessThanOrEqual(TRANSFER);
		});
	}
});
