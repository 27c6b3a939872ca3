/**
 * Performance budgets over the built site. Every entry page (brand, filler, area, guide, myth and,
 * once they exist, comparison) must render from the first network round trip, load almost no
 * JavaScript eagerly, block on no web font, and transfer little in few requests.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, entryPagesByType, fileFor, htmlFiles, readDist } from './dist.ts';

/** About ten TCP segments: what a server can send in the first round trip of a new connection. */
const FIRST_ROUND_TRIP = 14_600;
const EAGER_JS = 2 * 1024;
const TRANSFER = 20_000;
const REQUESTS = 4;

const gzip = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

/** Stylesheets the browser must fetch before it renders: <link rel=stylesheet> not limited to print. */
function blockingStylesheets(html: string): string[] {
	return [...html.matchAll(/<link\b[^>]*>/gi)]
		.map((m) => m[0])
		.filter((tag) => /\brel="?stylesheet/i.test(tag) && !/\bmedia="?print/i.test(tag) && !/\bdisabled\b/i.test(tag))
		.map((tag) => /\bhref="([^"]+)"/i.exec(tag)![1]!);
}

/** Files a script pulls in before it runs: its static imports, transitively (dynamic import() is lazy). */
function withStaticImports(file: string, seen = new Set<string>()): Set<string> {
	if (seen.has(file)) return seen;
	seen.add(file);
	const code = readFileSync(join(DIST, file), 'utf8');
	// Static forms only: `import x from "…"`, `import{a}from"…"`, `import "…"`, `export … from "…"`.
	for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)) {
		const spec = m[1]!;
		if (!spec.startsWith('.') && !spec.startsWith('/')) continue;
		const target = spec.startsWith('/') ? spec.slice(1) : posix.join(posix.dirname(file), spec);
		withStaticImports(target, seen);
	}
	return seen;
}

/** Every script the page runs without waiting for the reader: module and classic scripts and modulepreloads. */
function eagerScripts(html: string): string[] {
	const srcs = [...html.matchAll(/<script\b([^>]*)>/gi)]
		.map((m) => m[1]!)
		.filter((attrs) => !/type="(application\/(ld\+)?json|importmap|speculationrules)"/i.test(attrs))
		.map((attrs) => /\bsrc="([^"]+)"/i.exec(attrs)?.[1])
		.filter((s): s is string => !!s);
	const preloads = [...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/gi)].map((m) => m[1]!);
	return [...srcs, ...preloads];
}

interface PageCost {
	path: string;
	html: number;
	css: number;
	js: number;
}

function costOf(path: string): PageCost {
	const file = fileFor(path);
	if (!file) throw new Error(`${path}: no file in dist/`);
	const html = readDist(file);
	const local = (href: string) => {
		const f = fileFor(new URL(href, `http://site${path}`).pathname);
		if (!f) throw new Error(`${path}: ${href} is not in dist/`);
		return f;
	};
	const css = blockingStylesheets(html).reduce((sum, href) => sum + gzip(readDist(local(href))), 0);
	const jsFiles = new Set<string>();
	for (const src of eagerScripts(html)) for (const f of withStaticImports(local(src))) jsFiles.add(f);
	const js = [...jsFiles].reduce((sum, f) => sum + gzip(readFileSync(join(DIST, f))), 0);
	return { path, html: gzip(html), css, js };
}

const byType = entryPagesByType();

test.describe('performance budgets', () => {
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
		expect(largest.filter((c) => firstTrip(c) > FIRST_ROUND_TRIP).map((c) => `${c.path}: ${firstTrip(c)} bytes`)).toEqual([]);
		expect(costs.filter((c) => c.js > EAGER_JS).map((c) => `${c.path}: ${c.js} bytes of eager JavaScript`)).toEqual([]);
	});

	test('no web font blocks rendering', () => {
		for (const file of htmlFiles()) {
			const html = readDist(file);
			const css = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]).join('\n') +
				blockingStylesheets(html).map((href) => readDist(fileFor(new URL(href, 'http://site/').pathname)!)).join('\n');
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

test.describe('transfer measured in the browser', () => {
	for (const [type, paths] of byType) {
		// The heaviest page of the type, so the budget holds for all of them.
		const heaviest = paths.map(costOf).sort((a, b) => b.html + b.css - (a.html + a.css))[0]!.path;
		test(`${type}: ${heaviest} transfers at most 20 KB in at most 4 requests`, async ({ page, baseURL }) => {
			const fetched = new Map<string, number>();
			page.on('requestfinished', async (request) => {
				const response = await request.response();
				if (!response) return;
				const body = await response.body().catch(() => Buffer.alloc(0));
				const type = response.headers()['content-type'] ?? '';
				// Static hosts compress text; the local preview server does not, so compress as they would.
				const size = /text|javascript|json|svg|xml/.test(type) ? gzip(body) : body.length;
				const { responseHeadersSize } = await request.sizes();
				fetched.set(request.url(), size + responseHeadersSize);
			});
			await page.goto(heaviest, { waitUntil: 'load' });
			await page.waitForLoadState('networkidle');
			// Headless Chromium does not ask for the favicon, but every real browser does: count it.
			const icons = await page.locator('link[rel~="icon"]').evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
			for (const icon of icons) {
				if (fetched.has(icon)) continue;
				const response = await page.request.get(icon);
				fetched.set(icon, gzip(await response.body()) + 200);
			}
			const total = [...fetched.values()].reduce((a, b) => a + b, 0);
			console.log(`  ${type} ${heaviest}: ${total} bytes in ${fetched.size} requests (${[...fetched.keys()].map((u) => u.replace(baseURL!, '')).join(', ')})`);
			expect(fetched.size).toBeLessThanOrEqual(REQUESTS);
			expect(total).toBeLessThanOrEqual(TRANSFER);
		});
	}
});
