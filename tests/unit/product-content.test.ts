/**
 * The rules issue #16 sets for the product entries themselves, beyond what the schema can say: every
 * approval rests on an FDA record or a label, a label or FDA document read from a third-party copy says so,
 * and the curated comparisons exist in number. Reads the content files from disk, like the linter.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/disk/content-files.ts';

const CONTENT = join(import.meta.dirname, '../../src/content');

interface Source {
	title: string;
	publisher: string;
	kind: string;
	url: string;
}
interface Product {
	id: string;
	maker: string;
	sources: string[];
	approvals: Array<{ date: Date | string; source: string }>;
	body: string;
}

const files = (dir: string, ext: string) => readdirSync(join(CONTENT, dir)).filter((name) => name.endsWith(ext) && !name.startsWith('_'));

function loadSources(): Map<string, Source> {
	return new Map(
		files('sources', '.yaml').map((name) => [
			name.replace(/\.yaml$/, ''),
			parse(readFileSync(join(CONTENT, 'sources', name), 'utf8')) as Source,
		]),
	);
}

function loadProducts(): Product[] {
	return files('products', '.mdx').map((name) => {
		const split = splitFrontmatter(readFileSync(join(CONTENT, 'products', name), 'utf8'));
		if (!split) throw new Error(`${name}: no frontmatter`);
		return { id: name.replace(/\.mdx$/, ''), ...(parse(split.yaml) as Omit<Product, 'id' | 'body'>), body: split.body };
	});
}

/**
 * A label page the maker publishes itself (not a copy): its publisher is the maker of every product citing it, and
 * its title says it is not the US label, so a reader knows what they are reading.
 */
const isMakersOwnPage = (s: Source, citing: Product[]) =>
	!/hosted by/i.test(s.publisher) &&
	/not the US label/i.test(s.title) &&
	citing.every((p) => s.publisher.split(' ')[0] === p.maker.split(' ')[0]);

/** An FDA address: the agency's own site or its accessdata document server. */
const isFdaUrl = (url: string) => /(^|\.)fda\.gov$/.test(new URL(url).hostname);

const sources = loadSources();
const products = loadProducts();

describe('product entries', () => {
	it('exist', () => {
		expect(products.length).toBeGreaterThan(0);
	});

	it('cite every approval to an FDA record or a label', () => {
		const offenders = products.flatMap((p) =>
			p.approvals
				.filter((a) => !['regulator', 'label'].includes(sources.get(a.source)?.kind ?? ''))
				.map((a) => `${p.id}: approval of ${String(a.date)} cites "${a.source}", which is not an FDA record or label`),
		);
		expect(offenders).toEqual([]);
	});

	it('say so when an FDA document or label was read from a third-party copy or summary', () => {
		const cited = new Set(products.flatMap((p) => p.sources));
		const offenders = [...cited].filter((id) => {
			const s = sources.get(id);
			if (!s || !['regulator', 'label'].includes(s.kind) || isFdaUrl(s.url)) return false;
			if (
				isMakersOwnPage(
					s,
					products.filter((p) => p.sources.includes(id)),
				)
			)
				return false;
			return !/third-party (copy|summary)|copy filed/i.test(s.title) || !/(copy|summary) hosted by/i.test(s.publisher);
		});
		expect(offenders).toEqual([]);
	});

	it('list every cited source in sources, and every listed source exists', () => {
		const offenders = products.flatMap((p) => [
			...[...p.body.matchAll(/<Cite id="([^"]+)"/g)]
				.map((m) => m[1]!)
				.filter((id) => !p.sources.includes(id))
				.map((id) => `${p.id}: <Cite id="${id}"> not in sources`),
			...p.sources.filter((id) => !sources.has(id)).map((id) => `${p.id}: no source file ${id}.yaml`),
		]);
		expect(offenders).toEqual([]);
	});
});

describe('curated product comparisons', () => {
	const pairs = files('product-pairs', '.yaml').map((name) => ({
		name,
		...(parse(readFileSync(join(CONTENT, 'product-pairs', name), 'utf8')) as { a: string; b: string }),
	}));
	const ids = new Set(products.map((p) => p.id));

	it('number at least 15', () => {
		expect(pairs.length).toBeGreaterThanOrEqual(15);
	});

	it('compare two existing products, named <a>-vs-<b> in alphabetical order', () => {
		const offenders = pairs
			.filter((p) => !ids.has(p.a) || !ids.has(p.b) || p.a >= p.b || p.name !== `${p.a}-vs-${p.b}.yaml`)
			.map((p) => p.name);
		expect(offenders).toEqual([]);
	});
});

describe('isFdaUrl', () => {
	it('accepts the FDA and its document server, and nothing else', () => {
		expect(isFdaUrl('https://www.accessdata.fda.gov/cdrh_docs/pdf3/P030050S002b.pdf')).toBe(true);
		expect(isFdaUrl('https://www.fda.gov/medical-devices/x')).toBe(true);
		expect(isFdaUrl('https://vdocuments.net/summary.html')).toBe(false);
		expect(isFdaUrl('https://notfda.gov.example.com/')).toBe(false);
	});
});
