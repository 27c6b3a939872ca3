/**
 * Every page type reads fully without JavaScript: the reader gets the heading, every section heading the
 * page has, and on entries the summary and the numbered references. Valid HTML and resolving links are
 * checked on dist/ alone, in tests/built/site-checks.test.ts; search without JavaScript in search.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { entryPagesByType, fileFor, onePageOfEachType, readDist } from '../support/dist.ts';

const decode = (s: string) =>
	s
		.replace(/<[^>]+>/g, '')
		.replace(/&amp;/g, '&')
		.replace(/&#39;/g, "'")
		.replace(/&quot;/g, '"')
		.trim();

test.describe('every page type reads fully without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	const entries = new Set([...entryPagesByType().values()].map((paths) => paths[0]!));
	for (const path of onePageOfEachType()) {
		test(path, async ({ page }) => {
			await page.goto(path);
			const main = page.getByRole('main');
			await expect(main).toBeVisible();
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			// Nothing in the content waits for a script: the text is there and every section heading shows.
			expect((await main.innerText()).trim().length).toBeGreaterThan(200);
			const html = readDist(fileFor(path)!);
			for (const m of html.matchAll(/<h2\b[^>]*>([\s\S]*?)<\/h2>/gi)) {
				const heading = decode(m[1]!);
				if (heading && !/class="[^"]*visually-hidden/.test(m[0]))
					await expect(page.getByRole('heading', { name: heading, exact: true }).first()).toBeVisible();
			}
			if (/^\/compare\/[^/]+\/$/.test(path)) {
				// A comparison page: the differences in short, then the side-by-side table.
				await expect(main.getByRole('region', { name: 'The differences in short' })).toBeVisible();
				await expect(main.getByRole('table').first()).toBeVisible();
			} else if (entries.has(path)) {
				await expect(main.getByRole('region', { name: 'Summary' })).toContainText(/\w{3,}/);
				await expect(main.getByRole('region', { name: 'References' }).getByRole('listitem').first()).toBeVisible();
				if (/^\/(neuromodulators|fillers)\//.test(path)) await expect(main.getByRole('table').first()).toBeVisible();
			}
		});
	}
});
