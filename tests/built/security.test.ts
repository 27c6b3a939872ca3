/**
 * The Content-Security-Policy and the other security headers, read from dist/ with Node alone: every page
 * declares a strict policy, `_headers` carries the rest, nothing loads from another origin, and links that
 * leave the site say so. That pages really load under the policy is a browser test, tests/e2e/security.spec.ts.
 */
import { describe, expect, test } from 'vitest';
import { htmlFiles, readDist } from '../support/dist.ts';
import { headersForAll } from '../support/headers.ts';

const policyOf = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
const directive = (policy: string, name: string) =>
	policy
		.split(';')
		.map((d) => d.trim())
		.find((d) => d.split(/\s+/)[0] === name);

describe('security policy', () => {
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
			for (const d of [
				"default-src 'self'",
				"img-src 'self' data:",
				"connect-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			]) {
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
		const files = htmlFiles();
		expect(files.length).toBeGreaterThan(100);
		let external = 0;
		for (const file of files) {
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
				external++;
			}
		}
		// The references link out on every entry: if none were found, the pattern above no longer matches them.
		expect(external).toBeGreaterThan(100);
	});
});
