/**
 * The registry of page kinds (src/lib/site/kinds.ts) is the one list of collections: these tests fail when a
 * collection exists anywhere (a content folder, a schema, content.config.ts) without a registry entry,
 * or a registry entry lacks its schema, its content folder, its collection or its route.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	COLLECTIONS,
	FEED_COLLECTIONS,
	KINDS,
	MIN_SOURCES,
	NAV,
	PAGE_COLLECTIONS,
	SEARCH_KINDS,
	kindOf,
} from '../../src/lib/site/kinds.ts';
import { schemas } from '../../src/schemas/index.ts';
import { urlFor } from '../../src/lib/site/urls.ts';

const sorted = (list: Iterable<string>) => [...list].sort();

describe('the registry of page kinds', () => {
	it('has an entry for every content folder, and a folder for every entry', () => {
		const folders = readdirSync('src/content').filter((name) => statSync(`src/content/${name}`).isDirectory());
		expect(sorted(folders)).toEqual(sorted(COLLECTIONS));
	});

	it('has an entry for every schema, and a schema for every entry', () => {
		expect(sorted(Object.keys(schemas))).toEqual(sorted(COLLECTIONS));
	});

	it('has an entry for every collection content.config.ts defines, and the other way round', () => {
		const config = readFileSync('src/content.config.ts', 'utf8');
		const defined = [
			...config.matchAll(
				/^\t'?([a-z-]+)'?: defineCollection\(\{ loader: loaderFor\('([a-z-]+)'\), schema: schemas(?:\.([a-z]+)|\['([a-z-]+)'\]) \}\)/gm,
			),
		];
		for (const [line, key, loader, dotted, quoted] of defined) expect([loader, dotted ?? quoted], line).toEqual([key, key]);
		expect(sorted(defined.map((m) => m[1]!))).toEqual(sorted(COLLECTIONS));
	});

	it('gives every kind the route files its `page` says it has', () => {
		for (const c of COLLECTIONS) {
			const { page, route } = KINDS[c];
			const needed =
				page === 'entry'
					? [`src/pages/${route}/[id].astro`, `src/pages/${route}/index.astro`]
					: page === 'pair'
						? [`src/pages/${route}/[slug].astro`]
						: [`src/pages/${route}/index.astro`];
			for (const file of needed) expect(existsSync(file), `${c}: ${file}`).toBe(true);
		}
	});

	it('derives URLs from the route', () => {
		expect(urlFor('product-pairs', 'a-vs-b')).toBe('/compare/a-vs-b/');
		expect(urlFor('glossary', 'ptosis')).toBe('/glossary/#ptosis');
		expect(urlFor('products', 'sculptra-aesthetic')).toBe('/products/sculptra-aesthetic/');
	});

	it('lists entry kinds in their reader order, each once, and gives each a minimum of sources and a JSON-LD type', () => {
		expect(PAGE_COLLECTIONS).toEqual(['neuromodulators', 'fillers', 'areas', 'products', 'guides', 'myths']);
		for (const c of PAGE_COLLECTIONS) {
			expect(MIN_SOURCES[c], c).toBeGreaterThan(0);
			expect(kindOf(c).jsonLd, c).toBeTruthy();
			expect(kindOf(c).scaffold.titleHint, c).toBeTruthy();
		}
		expect(new Set(PAGE_COLLECTIONS.map((c) => kindOf(c).listed)).size).toBe(PAGE_COLLECTIONS.length);
		expect(FEED_COLLECTIONS).toEqual(PAGE_COLLECTIONS);
	});

	it('builds the header navigation in order, with the finder and comparisons among the kinds', () => {
		expect(NAV.map((n) => n.href)).toEqual([
			'/neuromodulators/',
			'/fillers/',
			'/products/',
			'/areas/',
			'/finder/',
			'/compare/',
			'/guides/',
			'/myths/',
			'/glossary/',
		]);
	});

	it('makes a search filter of every searched kind plus comparisons', () => {
		expect(SEARCH_KINDS.map((k) => k.chip)).toEqual([
			'Brands',
			'Fillers',
			'Areas',
			'Guides',
			'Myths',
			'Filler products',
			'Glossary',
			'Comparisons',
		]);
	});
});
