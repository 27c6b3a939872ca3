import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.ts';
const [url, out, w, scheme, selector] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
const page = await browser.newPage({ viewport: { width: Number(w), height: 900 }, colorScheme: scheme as 'light' | 'dark' });
await page.goto(url!);
await page.locator(selector!).first().screenshot({ path: out });
await browser.close();
