/**
 * What every built page asks the network for besides itself. Lighthouse's simulated LCP counts every
 * request that ends before the observed LCP paint as blocking it, and each one costs a simulated round
 * trip (about 150 ms on its mobile profile): that is the gap between FCP and LCP measured in issue #18
 * (README, "First paint"). This check pins today's list, in document order, so a new early request (a
 * preload, a second stylesheet, a web font, an image in an inline style) fails here with the page and the
 * element, instead of showing up later as a slower Lighthouse figure on a noisy machine.
 */
import { describe, expect, it } from 'vitest';
import { htmlFiles, readDist } from '../support/dist.ts';

/** Elements that make the browser fetch something, with what they fetch (hashes in /_astro/ names left out). */
export function requestsOf(html: string): string[] {
	const out: string[] = [];
	const tag = /<(link|script|img|iframe|video|audio|source|object|embed|input)\b[^>]*>/gi;
	for (const [element, name] of html.matchAll(tag)) {
		const attr = (a: string) => new RegExp(`\\s${a}="([^"]*)"`, 'i').exec(element)?.[1];
		const url = attr('src') ?? attr('href') ?? attr('data') ?? attr('srcset');
		if (url === undefined) continue;
		const lower = name!.toLowerCase();
		// Links that fetch nothing by themselves: canonical, alternate (the feed), sitemap.
		const rel = attr('rel');
		if (lower === 'link' && /^(canonical|alternate|sitemap)$/.test(rel ?? '')) continue;
		if (lower === 'input' && attr('type') !== 'image') continue;
		if (url.startsWith('data:')) continue;
		const what = lower === 'link' ? `link rel=${rel}${attr('media') ? ` media=${attr('media')}` : ''}` : lower;
		out.push(`${what} ${url.replace(/^(\/_astro\/.+)\.[\w-]+\.(\w+)$/, '$1.*.$2')}`);
	}
	// Inline styles fetch what they import or point at with url().
	for (const [, css] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
		for (const [, url] of css!.matchAll(/url\(\s*["']?([^"')]+)/gi)) if (!url!.startsWith('data:')) out.push(`css url ${url}`);
		for (const [rule] of css!.matchAll(/@import[^;]*/gi)) out.push(`css ${rule}`);
	}
	return out;
}

/** Every page's requests, in order; the search page alone adds its own script (search works only with JS). */
const EVERY_PAGE = [
	'link rel=icon /favicon.svg',
	'link rel=apple-touch-icon /apple-touch-icon.png',
	'link rel=manifest /site.webmanifest',
	'link rel=stylesheet media=print /_astro/print.*.css',
	'script /_astro/Header.astro_astro_type_script_index_0_lang.*.js',
];
const EXTRA: Record<string, string[]> = {
	'search/index.html': ['script /_astro/index.astro_astro_type_script_index_0_lang.*.js'],
};

describe('requests before the first paint', () => {
	it('finds each kind of request-producing markup (so the check below can fail)', () => {
		const html =
			'<link rel="canonical" href="/x/"><link rel="preload" as="font" href="/f.woff2"><img src="/a.png" alt="">' +
			'<img src="data:image/png;base64,AA" alt=""><style>@import url(/b.css);.x{background:url(/c.png)}</style>' +
			'<script type="module" src="/_astro/Boot.Ab1_c-2.js"></script>';
		expect(requestsOf(html)).toEqual([
			'link rel=preload /f.woff2',
			'img /a.png',
			'script /_astro/Boot.*.js',
			'css url /b.css',
			'css url /c.png',
			'css @import url(/b.css)',
		]);
	});

	it('every page asks for the same few things and nothing more, in the same order', () => {
		const files = htmlFiles();
		expect(files.length).toBeGreaterThan(100);
		const problems: string[] = [];
		for (const file of files) {
			const expected = [...EVERY_PAGE, ...(EXTRA[file] ?? [])];
			const actual = requestsOf(readDist(file));
			if (JSON.stringify(actual) !== JSON.stringify(expected))
				problems.push(
					`${file}: requests ${JSON.stringify(actual)}; expected ${JSON.stringify(expected)}. Every request that ends before the ` +
						'first paint adds a simulated round trip to Lighthouse LCP (README, "First paint"): load it later or not at all.',
				);
		}
		expect(problems).toEqual([]);
	});
});
