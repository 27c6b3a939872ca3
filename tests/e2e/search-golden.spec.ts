/**
 * Search as a reader drives it, by keyboard, in the dialog: the golden set (right page first), Enter
 * opening the first result, "A vs B" putting the comparison first, keys typed straight after "/" on a
 * cold page, a chip for every kind of page with counts that equal what "Show more" reaches, and the
 * /search/ page agreeing with the dialog through its deep link.
 */
import { expect, test, type Page } from '@playwright/test';
import { GOLDEN, VERSUS } from './search-golden.ts';

const ARTICLE = '/guides/aftercare/';

async function openDialog(page: Page): Promise<void> {
	await page.keyboard.press('/');
	await expect(page.getByRole('combobox', { name: 'Search the site' })).toBeFocused();
}

/** Replaces the query as a reader would (select all, type) and waits for its announcement. */
async function query(page: Page, text: string): Promise<void> {
	const box = page.getByRole('combobox', { name: 'Search the site' });
	await box.fill('');
	await box.pressSequentially(text, { delay: 0 });
	await expect(page.getByRole('status').filter({ hasText: `“${text.trim()}”` })).toBeVisible();
}

const firstHref = (page: Page) => page.getByRole('option').first().getAttribute('href');

test('the golden set: the right page comes first for every query', async ({ page }) => {
	test.setTimeout(240_000);
	await page.goto(ARTICLE);
	await openDialog(page);
	const failures: string[] = [];
	for (const { query: q, first } of GOLDEN) {
		await query(page, q);
		const got = await firstHref(page);
		if (got !== first) failures.push(`“${q}”: expected ${first}, got ${got}`);
	}
	console.log(`golden set: ${GOLDEN.length - failures.length} of ${GOLDEN.length} right first`);
	expect(failures, failures.join('\n')).toEqual([]);
});

test('"A vs B" puts the comparison first, then the two entries', async ({ page }) => {
	expect(VERSUS.length).toBeGreaterThanOrEqual(15);
	await page.goto(ARTICLE);
	await openDialog(page);
	await query(page, 'sculptra vs radiesse');
	const hrefs = await page.getByRole('option').evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute('href')));
	expect(hrefs).toEqual(['/compare/calcium-hydroxylapatite-vs-poly-l-lactic-acid/', '/fillers/poly-l-lactic-acid/', '/fillers/calcium-hydroxylapatite/']);
});

test('Enter opens the first result for every query, and the arrows move on from it', async ({ page }) => {
	test.setTimeout(120_000);
	const queries = ['dysport', 'lip filler', 'smile lines', 'botox vs dysport', 'radiesse', 'pregnant', 'ptosis', 'turkey neck', 'dissolve filler', 'botox cost', 'restilane'];
	const failures: string[] = [];
	await page.goto(ARTICLE);
	for (const q of queries) {
		await openDialog(page);
		await query(page, q);
		const first = await firstHref(page);
		await page.keyboard.press('Enter');
		await page.waitForURL((url) => url.pathname + url.hash !== ARTICLE);
		const landed = new URL(page.url());
		if (landed.pathname + landed.hash !== first) failures.push(`“${q}”: Enter opened ${landed.pathname}${landed.hash}, first result is ${first}`);
		await page.goto(ARTICLE);
	}
	expect(failures, failures.join('\n')).toEqual([]);
	// ArrowDown moves from the first to the second result; Enter then opens the second.
	await openDialog(page);
	await query(page, 'lip filler');
	const options = page.getByRole('option');
	await expect(options.first()).toHaveAttribute('aria-selected', 'true');
	const second = await options.nth(1).getAttribute('href');
	await page.keyboard.press('ArrowDown');
	await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`${second!.replace(/[/#]/g, '\\$&')}$`));
});

test('a word typed straight after "/" on a cold page keeps every letter, 20 times in a row', async ({ browser }) => {
	test.setTimeout(400_000);
	const failures: string[] = [];
	for (let i = 0; i < 20; i++) {
		// A fresh context each time: nothing cached, the dialog code and Pagefind load while the reader types.
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(ARTICLE);
		await page.keyboard.press('/');
		await page.keyboard.type('xeomin');
		const box = page.getByRole('combobox', { name: 'Search the site' });
		// Generous: a cold load on a busy machine; what matters is what the box holds once it is there.
		await expect(page.getByRole('status').filter({ hasText: '“xeomin”' })).toBeVisible({ timeout: 20_000 });
		const value = await box.inputValue();
		if (value !== 'xeomin') failures.push(`run ${i + 1}: the box holds “${value}”`);
		else if ((await firstHref(page)) !== '/neuromodulators/xeomin/') failures.push(`run ${i + 1}: first result ${await firstHref(page)}`);
		await context.close();
	}
	expect(failures, failures.join('\n')).toEqual([]);
});

test('Enter typed ahead on a cold page opens the first result once it is there', async ({ page }) => {
	await page.goto(ARTICLE);
	await page.keyboard.press('/');
	await page.keyboard.type('dysport');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/neuromodulators\/dysport\/$/);
});
