import { expect, test } from '@playwright/test';
const Q = (process.env.PROBE ?? '').split('|').filter(Boolean);
test('probe', async ({ page }) => {
	test.setTimeout(300_000);
	await page.goto('/guides/aftercare/');
	await page.keyboard.press('/');
	const box = page.getByRole('combobox', { name: 'Search the site' });
	await expect(box).toBeFocused();
	const out: string[] = [];
	for (const q of Q) {
		await box.fill(q);
		await expect(page.getByRole('dialog').getByRole('status').filter({ hasText: `“${q}”` })).toBeVisible();
		const hrefs = await page.getByRole('option').evaluateAll((o) => o.slice(0, 3).map((a) => a.getAttribute('href')));
		const st = await page.getByRole('dialog').getByRole('status').textContent();
		out.push(`${q} => ${hrefs.join('  ')}${st?.startsWith('Showing') ? '  [' + st.slice(0, 60) + ']' : ''}`);
	}
	console.log(out.join('\n'));
});
