/**
 * The Content-Security-Policy and the other security headers: every page declares a strict policy, the
 * `_headers` file carries the rest, one page of each type loads (with the header policy enforced too)
 * without any violation or request to another origin, and links that leave the site say so.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, htmlFiles, onePageOfEachType, readDist } from './dist.ts';

const policyOf = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
const directive = (policy: string, name: string) => policy.split(';').map((d) => d.trim()).find((d) => d.split(/\s+/)[0] === name);

/** The headers `_headers` sets for every path ("/*"), as a static host would send them. */
function headersForAll(): Record<string, string> {
	const text = readFileSync(join(DIST, '_headers'), 'utf8');
	const block = text.split(/^\/\*\s*$/m)[1]!.split(/^\S/m)[0]!;
	return Object.fromEntries(
		block
			.split('\n')
			.map((l) => l.trim())
			.filter((l) => l && !l.startsWith('#'))
			.map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
	);
}

test.describe('security policy', () => {
	test('every page declares a strict Content-Security-Policy in a <meta> before its styles and scripts', () => {
		const files = htmlFiles();
		expect(files.length).toBeGreaterThan(20);
		for (const file of files) {
			const html = readDist(file);
			const policy = policyOf(html);
			expect(policy, `${file}: no CSP <meta>`).toBeTruthy();
			const head = html.slice(0, html.search(/<(style|script|link)\b/i));
			expect(head, `${file}: the CSP <meta> must precede every style, script and link`).toContain('http-equiv="content-security-policy"');
			const script = directive(policy!, 'script-src')!;
			expect(script, file).toBe("script-src 'self' 'wasm-unsafe-eval'");
			expect(policy, file).not.toContain('unsafe-inline');
			expect(policy, file).not.toContain("'unsafe-eval'");
			for (const d of ["default-src 'self'", "img-src 'self' data:", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]) {
				expect(policy, file).toContain(d);
			}
			// No inline script may run: only external files and non-executed data blocks.
			for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
				const inline = m[2]!.trim() !== '';
				if (inline) expect(m[1], `${file}: inline script`).toMatch(/type="application\/(ld\+)?json"/);
			}
		}
	});

	test('_headers sends the policy with frame-ancestors and the other security headers', () => {
		const headers = headersForAll();
		const csp = headers['Content-Security-Policy']!;
		expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'none'");
		expect(directive(csp, 'script-src')).toBe("script-src 'self' 'wasm-unsafe-eval'");
		expect(headers['Strict-Transport-Security']).toMatch(/max-age=\d{7,}/);
		expect(headers['X-Content-Type-Options']).toBe('nosniff');
		expect(headers['Referrer-Policy']).toBeTruthy();
		expect(headers['Permissions-Policy']).toMatch(/camera=\(\)/);
	});

	test('no page loads anything from another origin, and links that leave the site say so', () => {
		for (const file of htmlFiles()) {
			const html = readDist(file);
			for (const m of html.matchAll(/\s(?:src|srcset|poster|data)="([^"]*)"/gi)) {
				expect(m[1], `${file}: loads ${m[1]}`).not.toMatch(/^(https?:)?\/\//i);
			}
			for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
				if (/rel="(canonical|alternate|sitemap)"/i.test(m[0])) continue;
				expect(m[0], `${file}: a <link> fetches from another origin`).not.toMatch(/href="(https?:)?\/\//i);
			}
			expect(html, `${file}: CSS loads from another origin`).not.toMatch(/url\(\s*['"]?(https?:)?\/\//i);
			for (const m of html.matchAll(/<a\b([^>]*)href="(https?:\/\/[^"]*)"([^>]*)>([\s\S]*?)<\/a>/gi)) {
				const attrs = `${m[1]} ${m[3]}`;
				expect(attrs, `${file}: ${m[2]}`).toMatch(/rel="[^"]*\bnoopener\b[^"]*"/);
				expect(attrs, `${file}: ${m[2]}`).toMatch(/rel="[^"]*\bnoreferrer\b[^"]*"/);
				expect(m[4], `${file}: ${m[2]} is not marked as leaving the site`).toContain('(external site)');
			}
		}
	});
});

test.describe('pages load under the policy', () => {
	const headers = headersForAll();
	for (const path of [...onePageOfEachType(), '/404.html']) {
		test(`${path}: no policy violation, console error or foreign request`, async ({ page, baseURL }) => {
			const origin = new URL(baseURL!).origin;
			const problems: string[] = [];
			page.on('console', (msg) => msg.type() === 'error' && problems.push(`console: ${msg.text()}`));
			page.on('pageerror', (err) => problems.push(`error: ${err.message}`));
			page.on('request', (req) => {
				const url = new URL(req.url());
				if (url.origin !== origin && url.protocol !== 'data:') problems.push(`foreign request: ${req.url()}`);
			});
			await page.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (e) => {
					console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
				});
			});
			// Serve as a static host would, with the _headers policy enforced on top of the page's <meta>.
			await page.route('**/*', async (route) => {
				if (!route.request().url().startsWith(origin)) return route.abort();
				const response = await route.fetch();
				await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
			});
			await page.goto(path);
			await expect(page.locator('h1').first()).toBeVisible();
			if (path.startsWith('/search/')) {
				// Pagefind compiles WebAssembly and fetches its index: both must pass the policy.
				await page.goto('/search/?q=botox');
				await expect(page.locator('#search-results li').first()).toBeVisible();
			}
			await page.waitForLoadState('networkidle');
			expect(problems).toEqual([]);
		});
	}
});
