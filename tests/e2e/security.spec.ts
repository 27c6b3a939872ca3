/**
 * One page of each type loads, with the `_headers` policy enforced on top of the page's own, without any
 * policy violation, console error or request to another origin. The policy text itself is checked in
 * tests/built/security.test.ts.
 */
import { expect, test } from '@playwright/test';
import { onePageOfEachType } from '../support/dist.ts';
import { headersForAll } from '../support/headers.ts';

test.describe('pages load under the policy', () => {
	const headers = headersForAll();
	for (const path of [...onePageOfEachType(), '/404.html']) {
		test(`${path}: no policy violation, console error or foreign request`, async ({ page, baseURL }) => {
			const origin = new URL(baseURL!).origin;
			const problems: string[] = [];
			page.on('console', (msg) => msg.type() === 'error' && problems.push(`console: ${msg.text()}`));
			page.on('pageerror', (err) => problems.push(`error: ${err.message}`));
			page.on('request', (req) => {
				const url = new URL(req.url());
				if (url.origin !== origin && url.protocol !== 'data:') problems.push(`foreign request: ${req.url()}`);
			});
			await page.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (e) => {
					console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
				});
			});
			// Serve as a static host would, with the _headers policy enforced on top of the page's <meta>.
			await page.route('**/*', async (route) => {
				if (!route.request().url().startsWith(origin)) return route.abort();
				const response = await route.fetch();
				await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
			});
			await page.goto(path);
			await expect(page.locator('h1').first()).toBeVisible();
			if (path.startsWith('/search/')) {
				// Pagefind compiles WebAssembly and fetches its index: both must pass the policy.
				await page.goto('/search/?q=botox');
				await expect(page.locator('#search-results li').first()).toBeVisible();
			}
			await page.waitForLoadState('networkidle');
			expect(problems).toEqual([]);
		});
	}
});
