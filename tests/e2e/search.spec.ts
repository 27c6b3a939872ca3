/**
 * Search as readers use it: the queries they type (brands, misspellings, lay terms, worries), the
 * dialog's keyboard flow and filters, deep links, the page without JavaScript, accessibility of the
 * open dialog, failure, and that nothing is fetched before search is opened.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { firstEntryOf } from './site.ts';

/** Each query and the entry a reader means by it, which must be among the first three results. */
const QUERIES: Array<[string, string]> = [
	['botox', '/neuromodulators/botox-cosmetic/'],
	['botoks', '/neuromodulators/botox-cosmetic/'],
	['dysport', '/neuromodulators/dysport/'],
	['disport', '/neuromodulators/dysport/'],
	['zeomin', '/neuromodulators/xeomin/'],
	['xiomen', '/neuromodulators/xeomin/'],
	['jeuveau', '/neuromodulators/jeuveau/'],
	['daxify', '/neuromodulators/daxxify/'],
	['letybo', '/neuromodulators/letybo/'],
	['juvederm', '/fillers/hyaluronic-acid/'],
	['Juvéderm', '/fillers/hyaluronic-acid/'],
	['restalyne', '/fillers/hyaluronic-acid/'],
	['restilane', '/fillers/hyaluronic-acid/'],
	['radiesse', '/fillers/calcium-hydroxylapatite/'],
	['sculptra', '/fillers/poly-l-lactic-acid/'],
	['bellafill', '/fillers/pmma/'],
	['fat transfer', '/fillers/autologous-fat/'],
	['smile lines', '/areas/nasolabial-folds/'],
	['11s', '/areas/frown-lines/'],
	['crows feet', '/areas/crows-feet/'],
	['turkey neck', '/areas/neck-bands/'],
	['lip filler', '/areas/lips/'],
	['lip filer', '/areas/lips/'],
	['teeth grinding', '/areas/masseter/'],
	['droopy eyelid', '/guides/side-effects-and-emergencies/'],
	['dissolve filler', '/guides/reversing-fillers/'],
	['dissolv filer', '/guides/reversing-fillers/'],
	['pregnant', '/myths/botox-is-safe-in-pregnancy/'],
	['pregnat', '/myths/botox-is-safe-in-pregnancy/'],
	['breastfeeding', '/myths/botox-is-safe-in-pregnancy/'],
	['botox cost', '/guides/cost-and-frequency/'],
	['ptosis', '/glossary/#ptosis'],
	['hyaluronidase', '/guides/reversing-fillers/'],
];

/** The result links the /search/ page shows once its status line is filled in. */
async function pageResults(page: Page, query: string): Promise<string[]> {
	await page.goto(`/search/?q=${encodeURIComponent(query)}`);
	await expect(page.locator('#search-status')).not.toBeEmpty();
	return page.locator('#search-results a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

async function openDialog(page: Page): Promise<void> {
	await page.keyboard.press('/');
	await expect(page.getByRole('dialog', { name: 'Search Injectables Atlas' })).toBeVisible();
	await expect(page.getByRole('combobox', { name: 'Search the site' })).toBeFocused();
}

test.describe('queries readers type find the entry they mean in the top 3', () => {
	for (const [query, expected] of QUERIES) {
		test(`“${query}” → ${expected}`, async ({ page }) => {
			const results = await pageResults(page, query);
			expect(results.slice(0, 3)).toContain(expected);
		});
	}
});

test.describe('search dialog', () => {
	test('opens with "/", shows results as you type, moves with the arrows and opens with Enter', async ({ page }) => {
		await page.goto(firstEntryOf('guides'));
		await openDialog(page);
		const input = page.getByRole('combobox', { name: 'Search the site' });
		await input.fill('smile lines');
		const options = page.getByRole('option');
		await expect(options.first()).toBeVisible();
		await expect(page.getByRole('status').filter({ hasText: 'for “smile lines”' })).toBeVisible();
		await expect(options.first().locator('mark, .sr-alias').first()).toBeVisible();
		await expect(options.first()).toContainText('Treatment area');
		// The first result is selected on arrival (Enter opens it); the arrows move on from it.
		await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
		await input.press('ArrowDown');
		await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
		await expect(input).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id'))!);
		await input.press('ArrowUp');
		await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
		await input.press('Enter');
		await expect(page).toHaveURL(/\/areas\/nasolabial-folds\/$/);
	});

	test('Ctrl-K opens it, Esc closes it and focus returns to where it was', async ({ page }) => {
		await page.goto('/');
		const opener = page.getByRole('banner').getByRole('link', { name: 'Search' });
		await opener.click();
		const dialog = page.getByRole('dialog', { name: 'Search Injectables Atlas' });
		await expect(dialog).toBeVisible();
		await page.getByRole('combobox').fill('botox');
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(opener).toBeFocused();
		await page.keyboard.press('Control+k');
		await expect(dialog).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
	});

	test('keeps focus inside while open', async ({ page }) => {
		await page.goto('/');
		await openDialog(page);
		for (let i = 0; i < 12; i++) {
			await page.keyboard.press('Tab');
			expect(await page.evaluate(() => !!document.activeElement?.closest('dialog') || document.activeElement === document.body)).toBe(true);
		}
	});

	test('filters by kind, with counts', async ({ page }) => {
		await page.goto('/');
		await openDialog(page);
		await page.getByRole('combobox').fill('botox');
		await expect(page.getByRole('option').first()).toBeVisible();
		const myths = page.getByRole('radio', { name: /^Myths \d+$/ });
		await expect(myths).toBeVisible();
		await myths.check();
		await expect(page.getByRole('status')).toContainText('in Myths');
		const kinds = await page.locator('[role="option"] .sr-kind').allTextContents();
		expect(kinds.length).toBeGreaterThan(0);
		expect(new Set(kinds)).toEqual(new Set(['Myth check']));
		await page.getByRole('radio', { name: /^Glossary/ }).check();
		await expect(page.locator('[role="option"] .sr-kind').first()).toHaveText('Glossary term');
	});

	test('suggests queries when the box is empty and when nothing matches', async ({ page }) => {
		await page.goto('/');
		await openDialog(page);
		const suggestion = page.getByRole('button', { name: 'dissolve filler' });
		await expect(suggestion).toBeVisible();
		await page.getByRole('combobox').fill('qqqqzzzz');
		await expect(page.getByRole('status')).toContainText('No results for “qqqqzzzz”');
		await suggestion.click();
		await expect(page.getByRole('combobox')).toHaveValue('dissolve filler');
		await expect(page.getByRole('option').first()).toHaveAttribute('href', '/guides/reversing-fillers/');
	});

	test('shows what it corrected a misspelling to', async ({ page }) => {
		await page.goto('/');
		await openDialog(page);
		await page.getByRole('combobox').fill('restilane');
		await expect(page.getByRole('status')).toContainText('Showing results for “restylane”');
	});

	test('a glossary term lands on its anchor', async ({ page }) => {
		await page.goto('/');
		await openDialog(page);
		await page.getByRole('combobox').fill('droopy eyelid');
		await page.getByRole('option', { name: /^Ptosis/ }).click();
		await expect(page).toHaveURL(/\/glossary\/#ptosis$/);
		await expect(page.locator('#ptosis')).toBeInViewport();
	});

	test('passes axe (WCAG 2.2 AA) while open with results', async ({ page }) => {
		await page.goto(firstEntryOf('areas'));
		await openDialog(page);
		await page.getByRole('combobox').fill('lips');
		await page.getByRole('option').nth(1).waitFor();
		await page.getByRole('combobox').press('ArrowDown');
		const results = await new AxeBuilder({ page })
			.include('dialog')
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.analyze();
		expect(
			results.violations.map(
				(v) =>
					`${v.id}: ${v.help} (${v.nodes
						.map((n) => n.target.join(' '))
						.slice(0, 3)
						.join(', ')})`,
			),
		).toEqual([]);
	});

	test('fits a 320 px screen', async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		await page.goto(firstEntryOf('myths'));
		await page.getByRole('banner').getByRole('link', { name: 'Search' }).click();
		await page.getByRole('combobox').fill('hyaluronic acid');
		await expect(page.getByRole('option').first()).toBeVisible();
		const box = await page.getByRole('dialog').boundingBox();
		expect(box!.x).toBeGreaterThanOrEqual(0);
		expect(box!.x + box!.width).toBeLessThanOrEqual(320);
		expect(await page.getByRole('dialog').evaluate((d) => d.scrollWidth <= d.clientWidth)).toBe(true);
		const input = await page.getByRole('combobox').boundingBox();
		expect(input!.width).toBeGreaterThan(150);
	});

	test('says so when the index cannot load', async ({ page }) => {
		await page.route('**/pagefind/**', (route) => route.abort());
		page.on('console', () => {}); // the failure is logged as a warning on purpose
		await page.goto('/');
		await openDialog(page);
		await expect(page.getByRole('status')).toContainText('Search could not load');
		await page.getByRole('combobox').fill('botox');
		await expect(page.getByRole('status')).toContainText('Search could not load');
	});
});

test.describe('nothing is loaded before search is opened', () => {
	test('an article page fetches no Pagefind file and no dialog code until the reader opens search', async ({ page }) => {
		const requested: string[] = [];
		page.on('request', (r) => requested.push(new URL(r.url()).pathname));
		await page.goto(firstEntryOf('guides'));
		await page.waitForLoadState('networkidle');
		expect(requested.filter((p) => p.startsWith('/pagefind/') || /\/_astro\/(dialog|engine|render)/.test(p))).toEqual([]);
		await openDialog(page);
		await page.getByRole('combobox').fill('lips');
		await expect(page.getByRole('option').first()).toBeVisible();
		expect(requested.some((p) => p === '/pagefind/pagefind.js')).toBe(true);
		expect(requested.some((p) => /\/_astro\/dialog\./.test(p))).toBe(true);
	});
});

test.describe('the /search/ page', () => {
	test('runs the query in the link and keeps the address in step as the reader types', async ({ page }) => {
		const results = await pageResults(page, 'juvederm');
		// The family's material page, among the Juvéderm product pages that now share the name.
		expect(results.slice(0, 3)).toContain('/fillers/hyaluronic-acid/');
		await expect(page.getByRole('searchbox')).toHaveValue('juvederm');
		await page.getByRole('searchbox').fill('radiesse');
		await expect(page).toHaveURL(/\/search\/\?q=radiesse$/);
		await expect(page.locator('#search-results a').first()).toHaveAttribute('href', '/products/radiesse/');
		await page.getByRole('radio', { name: /^Glossary/ }).check();
		await expect(page).toHaveURL(/\/search\/\?q=radiesse&kind=glossary$/);
		await expect(page.locator('#search-results a').first()).toHaveAttribute('href', '/glossary/#calcium-hydroxylapatite');
	});

	test('says so when the index cannot load', async ({ page }) => {
		await page.route('**/pagefind/**', (route) => route.abort());
		await page.goto('/search/?q=botox');
		await expect(page.locator('#search-status')).toContainText('Search could not load');
	});

	test('without JavaScript says search needs it and lists the section indexes', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/search/?q=botox');
		await expect(page.getByText('Search needs JavaScript')).toBeVisible();
		const sections = page.getByRole('navigation', { name: 'Sections' });
		for (const name of ['Neuromodulators', 'Dermal fillers', 'Treatment areas', 'Guides', 'Myths and facts', 'Glossary']) {
			await expect(sections.getByRole('link', { name })).toBeVisible();
		}
		await context.close();
	});
});
