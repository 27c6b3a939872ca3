/**
 * Performance budgets over the built site, read from dist/ with Node alone. Every entry page (brand,
 * filler, area, guide, myth, comparison) must render from the first network round trip, load almost no
 * JavaScript eagerly and block on no web font; the shared layout lists no set of pages that grows with
 * the site. The bytes and requests a browser really fetches are measured in tests/e2e/budget.spec.ts.
 */
import { describe, expect, test } from 'vitest';
import { costOf, EAGER_JS, FIRST_ROUND_TRIP, type PageCost, blockingStylesheets } from '../support/budget.ts';
import { entryPagesByType, fileFor, htmlFiles, readDist } from '../support/dist.ts';

const byType = entryPagesByType();

describe('performance budgets', () => {
	test('every entry page fits the first round trip and loads at most 2 KiB of JavaScript eagerly', () => {
		const costs = [...byType.values()].flat().map(costOf);
		expect(costs.length).toBeGreaterThan(20);
		const firstTrip = (c: PageCost) => c.html + c.css;
		const largest = [...costs].sort((a, b) => firstTrip(b) - firstTrip(a));
		console.log(`Largest entry pages, gzip bytes (HTML + blocking CSS, budget ${FIRST_ROUND_TRIP}; eager JS, budget ${EAGER_JS}):`);
		for (const c of largest.slice(0, 5)) console.log(`  ${String(firstTrip(c)).padStart(6)}  js ${String(c.js).padStart(5)}  ${c.path}`);
		for (const [type, paths] of byType) {
			const worst = largest.find((c) => paths.includes(c.path))!;
			console.log(`  largest ${type}: ${firstTrip(worst)} (${worst.path})`);
		}
		// No exceptions: every entry page fits (issue #15 emptied and removed the list of known overruns).
		expect(largest.filter((c) => firstTrip(c) > FIRST_ROUND_TRIP).map((c) => `${c.path}: ${firstTrip(c)} bytes`)).toEqual([]);
		expect(costs.filter((c) => c.js > EAGER_JS).map((c) => `${c.path}: ${c.js} bytes of eager JavaScript`)).toEqual([]);
	});

	test('no web font blocks rendering', () => {
		const files = htmlFiles();
		expect(files.length).toBeGreaterThan(100);
		for (const file of files) {
			const html = readDist(file);
			const css =
				[...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]).join('\n') +
				blockingStylesheets(html)
					.map((href) => readDist(fileFor(new URL(href, 'http://site/').pathname)!))
					.join('\n');
			// A web font may exist only if text shows in a fallback font meanwhile (swap or optional).
			for (const face of css.match(/@font-face\s*{[^}]*}/gi) ?? []) {
				expect(face, `${file}: @font-face without font-display: swap or optional`).toMatch(/font-display:\s*(swap|optional|fallback)/);
			}
			expect(html, `${file}: preloads a font, which competes with the first render`).not.toMatch(/<link\b[^>]*as="font"/i);
		}
	});

	test('the shared layout lists no set of pages that grows with the site', () => {
		// Everything outside <main> repeats on every page; if it linked to each entry, output would grow
		// with the square of the page count. Its links must be few and the same on every page.
		const entries = [...byType.values()].flat().length;
		const chromeLinks = new Set<number>();
		for (const file of htmlFiles()) {
			const html = readDist(file);
			const chrome = html.replace(/<main\b[\s\S]*<\/main>/i, '');
			const links = (chrome.match(/<a\b/gi) ?? []).length;
			chromeLinks.add(links);
			expect(links, `${file}: ${links} links outside <main>`).toBeLessThan(Math.min(30, entries));
		}
		// One breadcrumb level more or less is the only variation allowed.
		expect(Math.max(...chromeLinks) - Math.min(...chromeLinks)).toBeLessThanOrEqual(3);
	});
});
