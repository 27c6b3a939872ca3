import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './scripts/chromium.ts';
// usage: path width scheme y0 height name
const [path, w, scheme, y, h, name] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
const ctx = await browser.newContext({ viewport: { width: Number(w), height: 844 }, colorScheme: scheme as 'light' | 'dark' });
const page = await ctx.newPage();
await page.goto(`http://127.0.0.1:4408${path}`);
await page.screenshot({ path: `/tmp/ps-shots/${name}.png`, fullPage: true, clip: { x: 0, y: Number(y), width: Number(w), height: Number(h) } });
await browser.close();
