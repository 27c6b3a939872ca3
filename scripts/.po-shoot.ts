import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '/work/wt-products-old/scripts/chromium.ts';
const [base, out, ...paths] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
for (const path of paths) {
	for (const [w, h] of [[390, 844], [1280, 900]]) {
		for (const scheme of ['light', 'dark'] as const) {
			const page = await browser.newPage({ viewport: { width: w, height: h }, colorScheme: scheme });
			await page.goto(base + path);
			const name = `${out}/${path.replace(/\//g, '_').replace(/^_|_$/g, '')}-${w}-${scheme}.png`;
			await page.screenshot({ path: name, fullPage: process.env.FULL === '1' });
			console.log(name);
			await page.close();
		}
	}
}
await browser.close();
