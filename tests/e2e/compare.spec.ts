/**
 * Tables that fit, as a reader on a phone or a laptop gets them: on every comparison page both products
 * are on screen at 320, 390 and 1280 px; no table cell breaks or overflows a word; the index pages show
 * product cards instead of a six-column table; every box that still scrolls sideways can be reached and
 * scrolled with the keyboard and shows its edge shadow.
 */
import { expect, test, type Page } from '@playwright/test';
import { entryPagesByType } from './dist.ts';
import { sitemapPaths } from './site.ts';

/** Every comparison page: each pair and the class-level page, all drawn by the same two-column table. */
const PAIR_PAGES = entryPagesByType().get('compare') ?? [];
const VIEWPORTS = [
	{ width: 320, height: 700 },
	{ width: 390, height: 844 },
	{ width: 1280, height: 900 },
];

/**
 * Words in table cells and product cards whose rendered line boxes show a break inside the word (its
 * pieces on more than one line) or that stick out of their cell. A break after a hyphen or slash is a
 * normal line break, so each hyphenated part counts as its own word.
 */
async function brokenWords(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const bad: string[] = [];
		const cells = document.querySelectorAll('main table th, main table td, main .card h3, main .card dt, main .card dd');
		for (const cell of cells) {
			const box = cell.getBoundingClientRect();
			if (box.width === 0) continue;
			const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
			while (walker.nextNode()) {
				const node = walker.currentNode as Text;
				const parent = node.parentElement!;
				if (parent.closest('.visually-hidden') || parent.getClientRects().length === 0) continue;
				for (const m of node.data.matchAll(/[^\s\-–—/]+[-–—/]?/g)) {
					const range = document.createRange();
					range.setStart(node, m.index);
					range.setEnd(node, m.index + m[0].length);
					const rects = [...range.getClientRects()].filter((r) => r.width > 0);
					const lines = new Set(rects.map((r) => Math.round(r.bottom)));
					if (lines.size > 1) bad.push(`"${m[0]}" breaks across lines in "${cell.textContent.trim().slice(0, 60)}"`);
					if (rects.some((r) => r.right > box.right + 1 || r.left < box.left - 1)) bad.push(`"${m[0]}" overflows its cell`);
				}
			}
		}
		return bad;
	});
}

for (const viewport of VIEWPORTS) {
	test.describe(`at ${viewport.width}x${viewport.height}`, () => {
		test.use({ viewport });

		test(`every comparison page keeps both sides on screen and breaks no word (${PAIR_PAGES.length} pages)`, async ({ page }) => {
			test.setTimeout(120_000);
			expect(PAIR_PAGES).toContain('/compare/neuromodulators-vs-fillers/');
			expect(PAIR_PAGES.length).toBeGreaterThanOrEqual(50);
			for (const path of PAIR_PAGES) {
				await page.goto(path);
				const table = page.getByRole('table', { name: /side by side/ });
				const headers = table.getByRole('columnheader');
				await expect(headers, path).toHaveCount(2);
				const second = (await headers.nth(1).boundingBox())!;
				expect(second.x, `${path}: the second column starts inside the viewport`).toBeLessThan(viewport.width);
				expect(second.x + second.width, `${path}: the second column ends inside the viewport`).toBeLessThanOrEqual(viewport.width);
				const caption = (await table.locator('caption').boundingBox())!;
				expect(caption.x + caption.width, `${path}: caption`).toBeLessThanOrEqual(viewport.width);
				expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path}: no sideways page scroll`).toBeLessThanOrEqual(
					viewport.width,
				);
				expect(await brokenWords(page), path).toEqual([]);
			}
		});

		test('the class page, the index pages, the home page and the flagship guide break no word in a table or card', async ({ page }) => {
			for (const path of ['/compare/neuromodulators-vs-fillers/', '/neuromodulators/', '/fillers/', '/', '/guides/botox-vs-fillers/']) {
				await page.goto(path);
				expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path}: no sideways page scroll`).toBeLessThanOrEqual(
					viewport.width,
				);
				expect(await brokenWords(page), path).toEqual([]);
			}
		});
	});
}

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('the brand and material index pages show a card per product with links to the two-way comparisons', async ({ page }) => {
		for (const [path, heading] of [
			['/neuromodulators/', 'The brands side by side'],
			['/fillers/', 'The materials side by side'],
		] as const) {
			await page.goto(path);
			const section = page.getByRole('region', { name: heading });
			const cards = section.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
			const count = await cards.count();
			expect(count, path).toBeGreaterThanOrEqual(5);
			// No visible table is left (the charts' data tables are for screen readers only).
			expect(
				await page.evaluate(() => [...document.querySelectorAll('main table')].filter((t) => !t.closest('.visually-hidden')).length),
				path,
			).toBe(0);
			// Each card links to the comparison with every other product of its kind.
			const first = cards.first();
			await expect(first.getByRole('link', { name: /\bvs\b/ }), path).toHaveCount(count - 1);
			await first
				.getByRole('link', { name: /\bvs\b/ })
				.first()
				.click();
			await expect(page, path).toHaveURL(/\/compare\/[a-z-]+-vs-[a-z-]+\/$/);
		}
	});

	test('on the phone, the product names stay pinned above the cells while the table scrolls past', async ({ page }) => {
		await page.goto('/compare/botox-cosmetic-vs-dysport/');
		const table = page.getByRole('table', { name: /side by side/ });
		await table.getByRole('rowheader', { name: 'Main risks' }).scrollIntoViewIfNeeded();
		const header = (await table.getByRole('columnheader', { name: 'Dysport' }).boundingBox())!;
		expect(header.y).toBeGreaterThanOrEqual(-1);
		expect(header.y).toBeLessThan(80);
	});

	test('every box that still scrolls sideways is keyboard-focusable, named, and shows its edge shadow', async ({ page }) => {
		test.setTimeout(240_000);
		const scrolling: string[] = [];
		for (const path of sitemapPaths()) {
			await page.goto(path);
			// Open every disclosure first, so a table folded away (medical approvals) is checked too.
			await page.evaluate(() => document.querySelectorAll('main details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
			const found = await page.evaluate(() =>
				[...document.querySelectorAll('main *')]
					.filter((el) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX) && el.scrollWidth > el.clientWidth + 1)
					.map((el, i) => {
						el.setAttribute('data-scroller', String(i));
						const style = getComputedStyle(el);
						return {
							i,
							tabIndex: (el as HTMLElement).tabIndex,
							name:
								el.getAttribute('aria-label') ??
								(el.getAttribute('aria-labelledby') ? document.getElementById(el.getAttribute('aria-labelledby')!)?.textContent : null),
							role: el.getAttribute('role'),
							gradients: (style.backgroundImage.match(/gradient\(/g) ?? []).length,
							attachments: style.backgroundAttachment,
						};
					}),
			);
			for (const f of found) {
				scrolling.push(path);
				expect(f.tabIndex, `${path}: scroller ${f.i} focusable`).toBeGreaterThanOrEqual(0);
				expect(f.role, `${path}: scroller ${f.i} is a region`).toBe('region');
				expect(f.name?.trim(), `${path}: scroller ${f.i} named`).toBeTruthy();
				// Two covers that move with the content and two shadows fixed to the box's edges.
				expect(f.gradients, `${path}: scroller ${f.i} cue`).toBe(4);
				expect(f.attachments, `${path}: scroller ${f.i} cue`).toBe('local, local, scroll, scroll');
				const box = page.locator(`[data-scroller="${f.i}"]`);
				await box.focus();
				await page.keyboard.press('ArrowRight');
				await expect
					.poll(() => box.evaluate((el) => el.scrollLeft), `${path}: scroller ${f.i} scrolls from the keyboard`)
					.toBeGreaterThan(0);
			}
		}
		console.log(`pages with a box that scrolls sideways at 390 px: ${new Set(scrolling).size} of ${sitemapPaths().length}`);
	});
});

test.describe('review dates', () => {
	test('comparison and finder answer pages say when they were last reviewed and when they are due', async ({ page }) => {
		const finderAnswers = sitemapPaths().filter((p) => /^\/finder\/[^/]+\/[^/]+\/$/.test(p));
		expect(finderAnswers.length).toBeGreaterThan(0);
		for (const path of ['/compare/botox-cosmetic-vs-dysport/', '/compare/neuromodulators-vs-fillers/', ...finderAnswers]) {
			await page.goto(path);
			const line = page.locator('main p').filter({ hasText: /^\s*Last reviewed/ });
			await expect(line, path).toHaveCount(1);
			await expect(line.locator('time'), path).toHaveCount(2);
		}
	});
});
