import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const CONTENT = join(import.meta.dirname, '../../src/content');

/** Area ids with a `map:` position, read from the content files themselves. */
function mappedAreaIds(): string[] {
	return readdirSync(join(CONTENT, 'areas'))
		.filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
		.filter((f) => /^map:\s*\{/m.test(readFileSync(join(CONTENT, 'areas', f), 'utf8').split('\n---')[0]!))
		.map((f) => f.replace(/\.mdx$/, ''));
}

test.describe('face map', () => {
	for (const path of ['/', '/areas/']) {
		test(`every mapped area is a named link on ${path}`, async ({ page }) => {
			await page.goto(path);
			const links = page.locator('svg.face a');
			const ids = mappedAreaIds();
			expect(ids.length).toBeGreaterThan(10);
			await expect(links).toHaveCount(ids.length);
			const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
			expect(hrefs.sort()).toEqual(ids.map((id) => `/areas/${id}/`).sort());
			// Each link has a name that says what the area is and what treats it.
			await expect(page.getByRole('link', { name: /^\d+\. Frown lines: neuromodulator or filler$/ })).toHaveCount(1);
			await expect(page.getByRole('link', { name: /^\d+\. Lips: filler$/ })).toHaveCount(1);
			// Areas off the face are listed beside it.
			await expect(page.locator('.facemap .off-list')).toContainText('Neck bands');
		});
	}

	test('a reader tabbing through the map reaches a marker, sees it highlighted, and Enter opens its area', async ({ page }) => {
		await page.goto('/areas/');
		const marker = page.getByRole('link', { name: /^\d+\. Lips: filler$/ });
		const shape = page.locator('svg.face a[href="/areas/lips/"] .sh');
		const before = await shape.evaluate((el) => getComputedStyle(el).strokeWidth);
		for (let i = 0; i < 100 && !(await marker.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
		await expect(marker).toBeFocused();
		expect(await shape.evaluate((el) => getComputedStyle(el).strokeWidth)).not.toBe(before);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/areas\/lips\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Lips');
	});
});

test.describe('charts', () => {
	test('neuromodulator onset and duration come from the brand data', async ({ page }) => {
		await page.goto('/neuromodulators/');
		const onset = page.locator('svg[data-chart="First visible effect"]');
		const duration = page.locator('svg[data-chart="Typical duration"]');
		await expect(onset.locator('.row')).toHaveCount(6);
		await expect(duration.locator('.row')).toHaveCount(6);
		await expect(onset).toContainText('Daxxify not established');
		await expect(onset).toContainText('Botox Cosmetic 1 to 4 days');
		await expect(duration).toContainText('Daxxify 24 to 28 weeks');
		await expect(page.locator('.range-chart .chart-title').nth(1)).toHaveText('Typical duration, in months');
		// The same numbers, as text in a table, for screen readers; matching the brand page.
		const table = page.getByRole('table', { name: 'Onset and typical duration by brand' });
		await expect(table.getByRole('row', { name: /Dysport/ })).toContainText('3 to 4 months');
		await expect(table.getByRole('row', { name: /Daxxify/ })).toContainText('Not established');
		const brandPage = await (await page.request.get('/neuromodulators/daxxify/')).text();
		expect(brandPage).toContain('24 to 28 weeks');
	});

	test('filler durations share one axis in years, shortest first', async ({ page }) => {
		await page.goto('/fillers/');
		const chart = page.locator('svg[data-chart="Typical duration"]');
		await expect(chart.locator('.row')).toHaveCount(5);
		await expect(page.locator('.range-chart .chart-title')).toHaveText('Typical duration, in years');
		const labels = await chart.locator('.row text').allTextContents();
		expect(labels[0]).toMatch(/^Hyaluronic acid fillers 6 to 12 months/);
		expect(labels.at(-1)).toMatch(/^PMMA filler 5 years/);
		await expect(page.getByRole('table', { name: 'Typical duration by filler material' })).toContainText('18 months');
	});
});

test.describe('diagrams and the shared table', () => {
	const DIAGRAMS = {
		'/guides/how-neuromodulators-work/': 'How botulinum toxin stops the signal from nerve to muscle',
		'/guides/how-fillers-work/': 'How a filler softens a fold',
		'/guides/side-effects-and-emergencies/': 'Warning signs of a blood vessel blocked by filler',
	};
	for (const [path, name] of Object.entries(DIAGRAMS)) {
		test(`diagram with a name and a caption on ${path}`, async ({ page }) => {
			await page.goto(path);
			const figure = page.locator('figure.figure');
			await expect(figure.getByRole('img', { name })).toBeVisible();
			await expect(figure.locator('figcaption')).not.toBeEmpty();
		});
	}

	test('the at-a-glance table is the same on the home page and the flagship guide', async ({ page }) => {
		await page.goto('/');
		const home = await page.getByRole('table', { name: 'Neuromodulators and dermal fillers compared' }).innerText();
		await page.goto('/guides/botox-vs-fillers/');
		expect(await page.getByRole('table', { name: 'Neuromodulators and dermal fillers compared' }).innerText()).toBe(home);
		expect(home).toContain('Blocked blood vessel');
	});
});

test.describe('treatment finder without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('lost volume in the lower face leads to the lip, chin and jaw areas and to fillers', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('link', { name: /treatment finder/ }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Treatment finder');
		await expect(page.locator('.finder-note')).toContainText('not a diagnosis');
		await page.getByRole('link', { name: /Lost volume or hollows/ }).click();
		await page.getByRole('link', { name: /Lower face/ }).click();
		await expect(page).toHaveURL(/\/finder\/lost-volume\/lower-face\/$/);
		const areas = page.getByRole('region', { name: 'Areas that match' });
		for (const area of ['Lips', 'Chin', 'Jawline']) await expect(areas.getByRole('link', { name: new RegExp(`^${area}`) })).toBeVisible();
		await expect(areas).not.toContainText('Frown lines');
		await expect(page.getByRole('region', { name: 'Filler materials used there' })).toContainText('Hyaluronic acid');
		await expect(page.getByRole('region', { name: 'Read next' }).getByRole('link', { name: /How dermal fillers work/ })).toBeVisible();
		await expect(page.locator('.finder-note')).toBeVisible();
	});

	test('lines when moving in the upper face lead to frown lines and the brands approved there', async ({ page }) => {
		await page.goto('/finder/lines-when-moving/');
		await page.getByRole('link', { name: /Upper face/ }).click();
		const areas = page.getByRole('region', { name: 'Areas that match' });
		await expect(areas.getByRole('link', { name: /^Frown lines/ })).toBeVisible();
		await expect(areas.getByRole('link', { name: /^Crow's feet/ })).toBeVisible();
		const brands = page.getByRole('region', { name: 'Neuromodulator brands used there' });
		await expect(brands.getByRole('listitem').filter({ hasText: 'Daxxify' })).toContainText('approved for Frown lines');
		await expect(page.getByRole('region', { name: 'Read next' })).toContainText('How neuromodulators');
	});
});

test('print hides the site chrome and prints reference addresses', async ({ page }) => {
	await page.goto('/guides/how-fillers-work/');
	await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
	// Found with hidden elements included, so each must exist before it can count as hidden.
	const chrome = [
		page.getByRole('banner', { includeHidden: true }),
		page.getByRole('contentinfo', { includeHidden: true }),
		page.getByRole('navigation', { name: 'On this page', includeHidden: true }),
	];
	for (const part of chrome) {
		await expect(part).toHaveCount(1);
		await expect(part).toBeHidden();
	}
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	// The print stylesheet's own selector: in print the reference list is not exposed as a named region.
	const link = page.locator('.references a[href^="https://"]').first();
	const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
	expect(after).toContain(await link.getAttribute('href'));
	const colours = await page.evaluate(() => [
		getComputedStyle(document.body).color,
		getComputedStyle(document.documentElement).backgroundColor,
	]);
	expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
});
