import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspHash, headersFile, inlineStyles, pagePolicy, withPolicyMeta } from '../../src/lib/site/csp.ts';

const page = (head: string, body = '') =>
	`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('page Content-Security-Policy', () => {
	it('hashes exactly the inline styles of the page, never allowing inline scripts', () => {
		const html = page('<style>a{color:red}</style><style>p{margin:0}</style>');
		const policy = pagePolicy(html);
		expect(policy).toContain(`style-src 'self' ${sha('a{color:red}')} ${sha('p{margin:0}')}`);
		expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
		expect(policy).not.toContain('unsafe-inline');
		expect(policy).not.toContain('style-src-attr');
	});
	it('allows a style attribute only by the hash of its decoded value', () => {
		const { attributes } = inlineStyles(page('', '<div style="--x: 30%;"></div><svg><rect style="fill:&quot;a&quot;"/></svg>'));
		expect(attributes).toEqual(['--x: 30%;', 'fill:"a"']);
		expect(pagePolicy(page('', '<div style="--x: 30%;"></div>'))).toContain(`style-src-attr 'unsafe-hashes' ${cspHash('--x: 30%;')}`);
	});
	it('puts the <meta> right after <meta charset>, and replaces it rather than adding a second', () => {
		const once = withPolicyMeta(page('<style>a{}</style>'));
		expect(once).toMatch(
			/^<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="[^"]+"><style>/,
		);
		const twice = withPolicyMeta(once);
		expect(twice).toBe(once);
	});
	it('refuses a page without <meta charset>, where the policy would have no safe place', () => {
		expect(() => withPolicyMeta('<html><head></head></html>')).toThrow(/meta charset/);
	});
});

describe('_headers', () => {
	it('sends frame-ancestors and the other security headers on every path', () => {
		const text = headersFile();
		expect(text).toMatch(/^\/\*$/m);
		expect(text).toContain("frame-ancestors 'none'");
		for (const h of ['Strict-Transport-Security', 'X-Content-Type-Options: nosniff', 'Referrer-Policy', 'Permissions-Policy'])
			expect(text).toContain(h);
	});
});
