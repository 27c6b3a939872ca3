/**
 * Layer 7 of `npm test`: axe (WCAG 2.2 A and AA rules) on every URL of the built sitemap, in the light and
 * the dark colour scheme. One test and one browser: a few pages are reused across all URLs (a new page per
 * URL costs more than the check), axe is injected once per navigation, and the scheme is switched in place
 * (the site's colours are CSS media queries only, so no reload is needed).
 *
 * Every URL x scheme is one checked case. The test records the counts as a "checked cases" annotation,
 * which `npm test` adds to its closing tally, and fails listing every violation under its URL and scheme.
 */
import { expect, test, type Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { sitemapPaths } from '../support/site.ts';

/** The same rule set as before the sweep was one test: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SCHEMES = ['light', 'dark'] as const;
/** Pages checked side by side in the one browser; two keep both cores of a small machine busy. */
const PAGES = Number(process.env.A11Y_PAGES ?? 2);

// The axe-core build that @axe-core/playwright itself injects, so the rules match its version.
const axeSource = readFileSync(
	createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'),
	'utf8',
);

const RUN_OPTIONS: RunOptions = { runOnly: { type: 'tag', values: TAGS }, resultTypes: ['violations'] };

/** One line per violated rule: its id, what it asks, and up to three offending elements. */
const summarise = (results: AxeResults) =>
	results.violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help}; ${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 3)
				.join(', ')}${v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : ''}`,
	);

test('axe: every sitemap URL, light and dark (WCAG 2.2 AA)', async ({ browser, baseURL }) => {
	const paths = sitemapPaths();
	expect(paths.length, 'the sitemap lists no URL: build the site first').toBeGreaterThan(0);
	test.setTimeout(60_000 + paths.length * 10_000);

	const context = await browser.newContext({ baseURL, reducedMotion: 'reduce' });
	const queue = [...paths];
	const violations: string[] = [];
	let passed = 0;
	let failed = 0;

	async function checkUrls(page: Page): Promise<void> {
		for (let path = queue.shift(); path; path = queue.shift()) {
			const response = await page.goto(path, { waitUntil: 'load' });
			if (!response?.ok()) {
				failed += SCHEMES.length;
				violations.push(`${path}: HTTP ${response?.status()}`);
				continue;
			}
			await page.evaluate(axeSource);
			for (const colorScheme of SCHEMES) {
				await page.emulateMedia({ colorScheme });
				const results: AxeResults = await page.evaluate((options) => (window as any).axe.run(document, options), RUN_OPTIONS);
				const found = summarise(results);
				if (found.length === 0) passed++;
				else {
					failed++;
					violations.push(`${path} (${colorScheme}):\n    ${found.join('\n    ')}`);
				}
			}
		}
	}

	await Promise.all(Array.from({ length: PAGES }, async () => checkUrls(await context.newPage())));
	await context.close();

	test.info().annotations.push({ type: 'checked cases', description: JSON.stringify({ passed, failed }) });
	console.log(`  axe: ${passed + failed} checks (${paths.length} URLs x ${SCHEMES.join(' and ')}), ${failed} with violations`);
	expect(passed + failed).toBe(paths.length * SCHEMES.length);
	expect(violations.sort(), `axe violations by URL and colour scheme:\n${violations.join('\n')}`).toEqual([]);
});
