/**
 * The key facts of a brand, filler or product page (issue #15). On a laptop (1280x900) they stand in the
 * right rail beside the title and summary, in the first screen, with the contents list below them that
 * stays in view once the reader scrolls on. On a phone (390x844) the same table appears once, in reading
 * order: after the answer and the safety block, before the approvals.
 */
import { expect, test, type Page } from '@playwright/test';

const LAPTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const PAGES = [
	{ path: '/neuromodulators/botox-cosmetic/', fact: 'onabotulinumtoxinA', next: 'FDA approvals' },
	{ path: '/fillers/hyaluronic-acid/', fact: 'Yes, with hyaluronidase', next: 'FDA-approved uses' },
	{ path: '/products/bellafill/', fact: 'P020012', next: 'FDA-approved uses' },
];

const keyFacts = (page: Page) => page.getByRole('table', { name: 'Key facts' });
const box = async (page: Page, locator: ReturnType<Page['locator']>) => (await locator.boundingBox())!;

test.describe('on a laptop', () => {
	test.use({ viewport: LAPTOP });

	for (const { path, fact } of PAGES) {
		test(`${path}: the key facts stand in the rail beside the title and summary`, async ({ page }) => {
			await page.goto(path);
			await expect(keyFacts(page)).toHaveCount(1);
			const facts = await box(page, keyFacts(page));
			const title = await box(page, page.getByRole('heading', { level: 1 }));
			const summary = await box(page, page.getByRole('region', { name: 'Summary' }));
			// Right of the text column, level with the title, and read in the first screen.
			expect(facts.x).toBeGreaterThanOrEqual(summary.x + summary.width);
			expect(facts.x + facts.width).toBeLessThanOrEqual(LAPTOP.width);
			expect(facts.y).toBeLessThan(title.y + title.height);
			await expect(keyFacts(page).getByRole('cell', { name: fact })).toBeInViewport();
		});
	}

	test('a page without key facts (an area) keeps its contents list at the top of the rail', async ({ page }) => {
		await page.goto('/areas/lips/');
		await expect(keyFacts(page)).toHaveCount(0);
		const nav = await box(page, page.getByRole('navigation', { name: 'On this page' }));
		expect(nav.y).toBeLessThan((await box(page, page.getByRole('heading', { level: 1 }))).y + 100);
	});

	test('below the facts, the contents list comes into view and stays as the reader goes on', async ({ page }) => {
		await page.goto(PAGES[0]!.path);
		const facts = await box(page, keyFacts(page));
		const nav = page.getByRole('navigation', { name: 'On this page' });
		const contents = await box(page, nav);
		expect(Math.abs(contents.x - facts.x)).toBeLessThan(40);
		expect(contents.y).toBeGreaterThan(facts.y + facts.height - 1);
		// Deep in the page, the contents list is still on screen beside the text.
		const last = nav.getByRole('link').last();
		await last.click();
		await expect(nav).toBeInViewport();
		expect((await box(page, nav)).x).toBeGreaterThan((await box(page, page.getByRole('heading', { level: 1 }))).x + 600);
	});
});

test.describe('on a phone', () => {
	test.use({ viewport: PHONE });

	for (const { path, fact, next } of PAGES) {
		test(`${path}: the key facts appear once, in reading order, within the screen's width`, async ({ page }) => {
			await page.goto(path);
			await expect(keyFacts(page)).toHaveCount(1);
			await expect(page.getByText(fact, { exact: true })).toHaveCount(1);
			const facts = await box(page, keyFacts(page));
			expect(facts.x).toBeGreaterThanOrEqual(0);
			expect(facts.x + facts.width).toBeLessThanOrEqual(PHONE.width);
			// Where it is read: after the summary and the emergency card, before the approvals section.
			const top = async (loc: ReturnType<Page['locator']>) => (await box(page, loc)).y;
			const summaryBottom = await box(page, page.getByRole('region', { name: 'Summary' })).then((b) => b.y + b.height);
			expect(facts.y).toBeGreaterThan(summaryBottom);
			expect(facts.y).toBeGreaterThan(await top(page.getByRole('heading', { level: 2, name: /^Emergency signs/ })));
			expect(facts.y + facts.height).toBeLessThanOrEqual(await top(page.getByRole('heading', { level: 2, name: next, exact: true })));
		});
	}
});
