import { chromium } from '@playwright/test';
const [,, base, out, ...paths] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] });
for (const spec of paths) {
  const [path, w, h, scheme, full] = spec.split('|');
  const page = await browser.newPage({ viewport: { width: +w, height: +h }, colorScheme: scheme || 'light' });
  await page.goto(base + path);
  const name = `${out}/${path.replace(/\//g,'_')}-${w}-${scheme||'light'}.png`;
  await page.screenshot({ path: name, fullPage: full === 'full' });
  console.log(name, await page.evaluate(() => document.scrollingElement.scrollHeight));
  await page.close();
}
await browser.close();
