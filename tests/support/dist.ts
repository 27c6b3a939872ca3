/**
 * Reading the built site (`dist/`) for whole-site checks: its HTML files, the page each URL serves, and
 * the entry pages grouped by type, discovered from the sitemap so new page types are covered as they land.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { builtPages } from '../../src/disk/built-pages.ts';
import { sitemapPaths } from './site.ts';

export const DIST = join(import.meta.dirname, '../../dist');

/** Collections whose entry pages must render from the first round trip (comparisons when they exist). */
export const ENTRY_TYPES = ['neuromodulators', 'fillers', 'areas', 'products', 'guides', 'myths', 'compare'] as const;

/** Every HTML file of the built site, as paths relative to dist/. */
export function htmlFiles(): string[] {
	return builtPages(DIST).map((p) => relative(DIST, p.file));
}

/** The dist/ file a URL path is served from, or undefined if none ("/a/" -> "a/index.html"). */
export function fileFor(pathname: string): string | undefined {
	const clean = decodeURIComponent(pathname).replace(/^\/+/, '');
	const candidates = clean === '' || clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}.html`, `${clean}/index.html`];
	return candidates.find((c) => existsSync(join(DIST, c)) && statSync(join(DIST, c)).isFile());
}

export const readDist = (file: string): string => readFileSync(join(DIST, file), 'utf8');

/** Entry page paths by type, e.g. { guides: ['/guides/aftercare/', ...] }; types with no pages are left out. */
export function entryPagesByType(): Map<string, string[]> {
	const byType = new Map<string, string[]>();
	for (const path of sitemapPaths()) {
		const match = /^\/([^/]+)\/[^/]+\/$/.exec(path);
		if (!match || !(ENTRY_TYPES as readonly string[]).includes(match[1]!)) continue;
		byType.set(match[1]!, [...(byType.get(match[1]!) ?? []), path]);
	}
	return byType;
}

/**
 * One page of every kind the site has: the home page, each section index, one entry of each type and
 * every other top-level page (search, glossary, finder, policies...), all read from the sitemap.
 */
export function onePageOfEachType(): string[] {
	const seen = new Set<string>();
	const pages: string[] = [];
	for (const path of sitemapPaths()) {
		const parts = path.split('/').filter(Boolean);
		const type = parts.length <= 1 ? path : `${parts[0]}/*`;
		if (seen.has(type)) continue;
		seen.add(type);
		pages.push(path);
	}
	return pages;
}
