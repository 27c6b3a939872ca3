/**
 * Discovery checks over the built site (dist/), read with Node alone: metadata, social images, structured
 * data, the link graph, the sitemap, the feed and the comparison pages. The comparison table on a
 * phone-sized screen is a browser test, in tests/e2e/discovery.spec.ts.
 */
import { describe, expect, test } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from '../../src/disk/built-pages.ts';
import { DIST } from '../support/dist.ts';
import { decodeEntities } from '../../src/lib/text/entities.ts';

interface BuiltPage {
	path: string;
	html: string;
}

/** Every built page but the 404 page (which no page links to and no sitemap lists, on purpose). */
const PAGES: BuiltPage[] = builtPages(DIST)
	.filter((p) => p.url !== '/404.html')
	.map(({ file, url }) => ({ path: url, html: readFileSync(file, 'utf8') }));

const title = (html: string) => decodeEntities(html.match(/<title>([^<]*)<\/title>/)?.[1] ?? '');
const meta = (html: string, attr: 'name' | 'property', key: string) => {
	const m = html.match(new RegExp(`<meta ${attr}="${key}" content="([^"]*)"`));
	return m ? decodeEntities(m[1]!) : undefined;
};
const canonical = (html: string) => html.match(/<link rel="canonical" href="([^"]*)"/)?.[1];
const jsonLd = (html: string): any[] =>
	[...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].flatMap((m) => JSON.parse(m[1]!)['@graph']);
const ofType = (nodes: any[], type: string) => nodes.filter((n) => n['@type'] === type);
/** Internal page links of a page (links and GET form actions such as the header search), fragments and queries dropped. */
const linksOf = (html: string) =>
	new Set([...html.matchAll(/<(?:a [^>]*href|form [^>]*action)="(\/[^"#?]*)[^"]*"/g)].map((m) => m[1]!).filter((h) => h.endsWith('/')));

const xml = new XMLParser({ ignoreAttributes: false });
const sitemapUrls = (): Array<{ loc: string; lastmod?: string }> =>
	readdirSync(DIST)
		.filter((f) => /^sitemap-\d+\.xml$/.test(f))
		.flatMap((f) => [xml.parse(readFileSync(join(DIST, f), 'utf8')).urlset.url].flat());

describe('metadata on every page', () => {
	test('titles and descriptions are present, unique and in range', () => {
		expect(PAGES.length).toBeGreaterThan(100);
		const problems: string[] = [];
		const seen = { title: new Map<string, string>(), description: new Map<string, string>() };
		for (const { path, html } of PAGES) {
			const t = title(html);
			const d = meta(html, 'name', 'description') ?? '';
			if (t.length === 0 || t.length > 60) problems.push(`${path}: title "${t}" is ${t.length} characters`);
			if (d.length < 50 || d.length > 160) problems.push(`${path}: description is ${d.length} characters`);
			for (const [kind, value] of [
				['title', t],
				['description', d],
			] as const) {
				const other = seen[kind].get(value);
				if (other) problems.push(`${path}: same ${kind} as ${other}`);
				seen[kind].set(value, path);
			}
		}
		expect(problems).toEqual([]);
	});

	test('canonical URL, language, social tags, icons and feed link are set', () => {
		const problems: string[] = [];
		for (const { path, html } of PAGES) {
			const url = canonical(html);
			if (!url || new URL(url).pathname !== path) problems.push(`${path}: canonical is ${url}`);
			if (!html.includes('<html lang="en"')) problems.push(`${path}: no lang`);
			if (meta(html, 'property', 'og:url') !== url) problems.push(`${path}: og:url differs from canonical`);
			if (meta(html, 'name', 'twitter:card') !== 'summary_large_image') problems.push(`${path}: no large twitter card`);
			for (const needle of ['rel="apple-touch-icon"', 'rel="manifest"', 'name="theme-color"', 'type="application/rss+xml"']) {
				if (!html.includes(needle)) problems.push(`${path}: missing ${needle}`);
			}
		}
		expect(problems).toEqual([]);
	});

	test('every og:image is a 1200x630 PNG in the build', () => {
		const problems: string[] = [];
		for (const { path, html } of PAGES) {
			const image = meta(html, 'property', 'og:image');
			const file = image && join(DIST, new URL(image).pathname);
			if (!file || !existsSync(file)) {
				problems.push(`${path}: og:image ${image} is not in dist`);
				continue;
			}
			const png = readFileSync(file);
			// PNG signature, then the IHDR chunk's width and height.
			if (png.readUInt32BE(16) !== 1200 || png.readUInt32BE(20) !== 630) problems.push(`${path}: ${image} is not 1200x630`);
		}
		expect(problems).toEqual([]);
	});

	test('the manifest and its icons exist; robots.txt names the sitemap', () => {
		const manifest = JSON.parse(readFileSync(join(DIST, 'site.webmanifest'), 'utf8'));
		expect(manifest.theme_color).toBe('#0b5f8a');
		for (const icon of manifest.icons) expect(existsSync(join(DIST, icon.src)), icon.src).toBe(true);
		expect(existsSync(join(DIST, 'apple-touch-icon.png'))).toBe(true);
		expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);
	});
});

describe('structured data', () => {
	test('JSON-LD parses on every page and pages below the home page have breadcrumbs', () => {
		const problems: string[] = [];
		for (const { path, html } of PAGES) {
			let nodes: any[];
			try {
				nodes = jsonLd(html);
			} catch (error) {
				problems.push(`${path}: JSON-LD does not parse: ${String(error)}`);
				continue;
			}
			if (path === '/') continue;
			const [crumbs] = ofType(nodes, 'BreadcrumbList');
			if (!crumbs) problems.push(`${path}: no BreadcrumbList`);
			else if (crumbs.itemListElement[0].item !== new URL('/', canonical(html)).href)
				problems.push(`${path}: breadcrumbs do not start at home`);
		}
		expect(problems).toEqual([]);
	});

	test('the home page has the WebSite with its SearchAction and the publisher', () => {
		const nodes = jsonLd(PAGES.find((p) => p.path === '/')!.html);
		const [site] = ofType(nodes, 'WebSite');
		expect(site.potentialAction['@type']).toBe('SearchAction');
		expect(site.potentialAction.target.urlTemplate).toMatch(/\/search\/\?q=\{search_term_string\}$/);
		expect(ofType(nodes, 'Organization')).toHaveLength(1);
	});

	test('entries are reviewed MedicalWebPages about the right kind of thing', () => {
		const expected: Record<string, string> = {
			neuromodulators: 'Drug',
			fillers: 'Substance',
			areas: 'AnatomicalStructure',
			guides: 'MedicalEntity',
			myths: 'MedicalEntity',
		};
		const problems: string[] = [];
		let checked = 0;
		for (const { path, html } of PAGES) {
			const [, collection, id] = path.split('/');
			if (!collection || !id || !expected[collection]) continue;
			checked++;
			const [page] = ofType(jsonLd(html), 'MedicalWebPage');
			if (!page) {
				problems.push(`${path}: no MedicalWebPage`);
				continue;
			}
			if (!/^\d{4}-\d{2}-\d{2}$/.test(page.lastReviewed)) problems.push(`${path}: lastReviewed ${page.lastReviewed}`);
			if (
				!Array.isArray(page.citation) ||
				page.citation.length === 0 ||
				!page.citation.every((c: unknown) => typeof c === 'string' && c.startsWith('https://'))
			)
				problems.push(`${path}: citations are not URLs`);
			if (page.about?.['@type'] !== expected[collection]) problems.push(`${path}: about is ${page.about?.['@type']}`);
			if (collection === 'neuromodulators') {
				for (const key of ['name', 'nonProprietaryName', 'manufacturer', 'administrationRoute', 'warning'])
					if (!page.about[key]) problems.push(`${path}: Drug has no ${key}`);
				// The warning points at the boxed warning shown on the page itself.
				const fragment = String(page.about.warning).split('#')[1];
				if (!fragment || !html.includes(`id="${fragment}"`))
					problems.push(`${path}: Drug warning ${page.about.warning} does not point at this page's boxed warning`);
			}
		}
		expect(checked).toBeGreaterThan(50);
		expect(problems).toEqual([]);
	});

	test('FAQPage appears exactly where the page shows those questions', () => {
		for (const { path, html } of PAGES) {
			const faqs = ofType(jsonLd(html), 'FAQPage');
			// Only the questions section's disclosures: contents lists and backlinks are disclosures too.
			const faqSection = /<section[^>]*aria-labelledby="faq-heading"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
			const shown = [...faqSection.matchAll(/<summary[^>]*>([\s\S]*?)<\/summary>/g)].length;
			if (faqs.length === 0) continue;
			expect(faqs, path).toHaveLength(1);
			expect(faqs[0].mainEntity.length, path).toBe(shown);
			for (const q of faqs[0].mainEntity) expect(decodeEntities(html), path).toContain(q.name);
		}
		const guides = PAGES.filter((p) => /^\/guides\/[^/]+\/$/.test(p.path));
		expect(guides.filter((g) => ofType(jsonLd(g.html), 'FAQPage').length === 1).length).toBeGreaterThan(0);
		const brands = PAGES.filter((p) => /^\/neuromodulators\/[^/]+\/$/.test(p.path));
		expect(brands.every((b) => ofType(jsonLd(b.html), 'FAQPage').length === 0)).toBe(true);
	});
});

describe('a linked whole', () => {
	test('every page but the home page is linked from at least two other pages', () => {
		const inbound = new Map<string, Set<string>>();
		for (const { path, html } of PAGES) {
			for (const target of linksOf(html)) if (target !== path) inbound.set(target, (inbound.get(target) ?? new Set()).add(path));
		}
		const orphans = PAGES.filter((p) => p.path !== '/' && (inbound.get(p.path)?.size ?? 0) < 2).map(
			(p) => `${p.path} (${inbound.get(p.path)?.size ?? 0})`,
		);
		expect(orphans).toEqual([]);
	});

	test('every built page is in the sitemap, every sitemap URL is built, and entries carry lastmod', () => {
		const urls = sitemapUrls();
		const listed = new Set(urls.map((u) => new URL(u.loc).pathname));
		expect(PAGES.map((p) => p.path).filter((p) => !listed.has(p))).toEqual([]);
		expect([...listed].filter((p) => !PAGES.some((page) => page.path === p))).toEqual([]);
		const undated = urls.filter(
			(u) => /\/(neuromodulators|fillers|areas|products|guides|myths|compare)\/[^/]+\/$/.test(u.loc) && !u.lastmod,
		);
		expect(undated.map((u) => u.loc)).toEqual([]);
	});

	test('the feed parses and lists guides and entries, newest review first', () => {
		const feed = xml.parse(readFileSync(join(DIST, 'rss.xml'), 'utf8'));
		const items: any[] = feed.rss.channel.item;
		const entryPages = PAGES.filter((p) => /^\/(neuromodulators|fillers|areas|products|guides|myths)\/[^/]+\/$/.test(p.path));
		expect(items).toHaveLength(entryPages.length);
		const dates = items.map((i) => new Date(i.pubDate).getTime());
		expect(dates.every((d, i) => i === 0 || d <= dates[i - 1]!)).toBe(true);
		expect(new Set(items.map((i) => new URL(i.link).pathname))).toEqual(new Set(entryPages.map((p) => p.path)));
	});
});

describe('comparison pages', () => {
	const idsOf = (collection: string) =>
		readdirSync(join(DIST, collection), { withFileTypes: true })
			.filter((d) => d.isDirectory())
			.map((d) => d.name)
			.sort();
	const brands = idsOf('neuromodulators');
	const fillers = idsOf('fillers');
	const pairs: Array<[string, string]> = [];
	brands.forEach((a, i) => brands.slice(i + 1).forEach((b) => pairs.push([a, b])));
	fillers.forEach((a, i) => fillers.slice(i + 1).forEach((b) => pairs.push([a, b])));
	for (const a of brands) for (const b of fillers) pairs.push([a, b]);
	// Curated product comparisons (src/content/product-pairs/) share /compare/: each names two product pages.
	const productPairs = existsSync(join(DIST, 'products'))
		? readdirSync(join(DIST, 'compare')).filter(
				(d) =>
					existsSync(join(DIST, 'compare', d, 'index.html')) &&
					/href="\/products\/[^"]+"/.test(readFileSync(join(DIST, 'compare', d, 'index.html'), 'utf8')) &&
					d.includes('-vs-') &&
					!pairs.some(([a, b]) => d === `${a}-vs-${b}` || d === `${b}-vs-${a}`),
			)
		: [];

	test('exactly one page per pair, each with a two-column table and links to both entries', () => {
		expect(pairs).toHaveLength(
			(brands.length * (brands.length - 1)) / 2 + (fillers.length * (fillers.length - 1)) / 2 + brands.length * fillers.length,
		);
		const problems: string[] = [];
		for (const [a, b] of pairs) {
			const forward = join(DIST, 'compare', `${a}-vs-${b}`, 'index.html');
			const backward = join(DIST, 'compare', `${b}-vs-${a}`, 'index.html');
			if (existsSync(forward) === existsSync(backward)) {
				problems.push(`${a} / ${b}: ${existsSync(forward) ? 'both orders exist' : 'no page'}`);
				continue;
			}
			const html = readFileSync(existsSync(forward) ? forward : backward, 'utf8');
			const table = /<table class="pair-table[\s\S]*?<\/thead>/.exec(html)?.[0] ?? '';
			if ((table.match(/<th scope="col"/g) ?? []).length !== 2) problems.push(`${a} / ${b}: no two-column comparison table`);
			const links = linksOf(html);
			for (const id of [a, b]) {
				const url = brands.includes(id) ? `/neuromodulators/${id}/` : `/fillers/${id}/`;
				if (!links.has(url)) problems.push(`${a} / ${b}: no link to ${url}`);
			}
		}
		expect(problems).toEqual([]);
		const built = readdirSync(join(DIST, 'compare')).filter((d) => d !== 'index.html');
		expect(built).toHaveLength(pairs.length + 1 + productPairs.length);
		for (const d of productPairs)
			expect(
				[...linksOf(readFileSync(join(DIST, 'compare', d, 'index.html'), 'utf8'))].filter((l) => /^\/products\/[^/]+\/$/.test(l)).length,
				d,
			).toBeGreaterThanOrEqual(2);
	});

	test('the class-level page links to the flagship guide; the index lists every comparison', () => {
		const classPage = readFileSync(join(DIST, 'compare/neuromodulators-vs-fillers/index.html'), 'utf8');
		expect(linksOf(classPage).has('/guides/botox-vs-fillers/')).toBe(true);
		const index = linksOf(readFileSync(join(DIST, 'compare/index.html'), 'utf8'));
		expect([...index].filter((l) => /^\/compare\/.+-vs-.+\/$/.test(l))).toHaveLength(pairs.length + 1 + productPairs.length);
		expect(linksOf(readFileSync(join(DIST, 'index.html'), 'utf8')).has('/compare/')).toBe(true);
	});

	test('index pages carry a card per product; entries and the class-level page link to the pairs', () => {
		const cards = (file: string) => readFileSync(join(DIST, file), 'utf8').match(/<li class="card\b/g)?.length ?? 0;
		expect(cards('neuromodulators/index.html')).toBe(brands.length);
		expect(cards('fillers/index.html')).toBe(fillers.length);
		// Brand pages list the other brands and the class-level page; material pages list every pair they are in.
		const comparisonLinks = (collection: string, id: string) =>
			[...linksOf(readFileSync(join(DIST, collection, id, 'index.html'), 'utf8'))].filter(
				(l) => l.startsWith('/compare/') && l.includes(id),
			);
		for (const id of brands) expect(comparisonLinks('neuromodulators', id), id).toHaveLength(brands.length - 1);
		for (const id of fillers) expect(comparisonLinks('fillers', id), id).toHaveLength(fillers.length - 1 + brands.length);
		const classLinks = linksOf(readFileSync(join(DIST, 'compare/neuromodulators-vs-fillers/index.html'), 'utf8'));
		for (const a of brands) for (const b of fillers) expect(classLinks.has(`/compare/${a}-vs-${b}/`), `${a} vs ${b}`).toBe(true);
	});
});
