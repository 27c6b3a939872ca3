import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
await page.goto('http://127.0.0.1:4500/neuromodulators/botox-cosmetic/');
console.log(await page.evaluate(() => {
  const out = [];
  const walk = (el, depth) => { for (const c of el.children) { const r = c.getBoundingClientRect(); if (r.height > 150) { out.push(`${'  '.repeat(depth)}${c.tagName.toLowerCase()}.${c.className||''}#${c.id||''} ${Math.round(r.height)} ${(c.querySelector('h2')?.textContent||'').slice(0,40)}`); if (depth < 3) walk(c, depth + 1); } } };
  walk(document.querySelector('main'), 0);
  return out.join('\n');
}));
await browser.close();
