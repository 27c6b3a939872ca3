import { chromium } from '@playwright/test';
const [,, base, out, ...paths] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage','--disable-background-networking'] });
for (const scheme of ['light','dark']) for (const width of [390, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.emulateMedia({ colorScheme: scheme });
  for (const p of paths) {
    await page.goto(base + p);
    const name = (p.replace(/\//g,'_') || 'home') + `-${width}-${scheme}.png`;
    const sel = process.env.SEL;
    if (sel && await page.locator(sel).count()) await page.locator(sel).first().screenshot({ path: `${out}/${name}` });
    else await page.screenshot({ path: `${out}/${name}`, fullPage: true });
  }
  await page.close();
}
await browser.close();
