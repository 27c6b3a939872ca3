import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentFiles } from '../../src/disk/content-files.ts';
import { lintCorpus } from '../../src/lib/corpus/corpus-rules.ts';
import { formatProblems } from '../../src/lib/corpus/graph.ts';
import { addMonths, checkRequest, entryFile, slugify, template, titleFromId } from '../../src/lib/corpus/scaffold.ts';
import { COLLECTIONS } from '../../src/schemas/index.ts';
import { copyFixture, write } from './helpers.ts';

const TODAY = new Date('2026-11-21T15:30:00Z');
const existing = { areas: new Set(['lips', 'forehead']), sources: new Set(['source-alpha']) };

describe('checkRequest', () => {
	it('accepts a known collection and a new slug', () => {
		expect(checkRequest(['areas', 'tear-troughs'], existing)).toEqual({ ok: true, collection: 'areas', id: 'tear-troughs' });
	});

	it('explains the usage when an argument is missing', () => {
		expect(checkRequest(['areas'], existing)).toEqual({
			ok: false,
			reason: expect.stringMatching(/^usage: npm run new -- <collection> <id>/),
		});
	});

	it('refuses an unknown collection, suggesting the closest', () => {
		expect(checkRequest(['area', 'x'], existing)).toEqual({
			ok: false,
			reason:
				'unknown collection "area"; did you mean "areas"? Collections: neuromodulators, fillers, areas, guides, myths, products, product-pairs, glossary, sources',
		});
		expect(checkRequest(['brands', 'x'], existing)).toMatchObject({
			ok: false,
			reason: expect.stringContaining('did you mean "neuromodulators"?'),
		});
	});

	it('refuses an id that is not a slug, suggesting its slug', () => {
		expect(checkRequest(['areas', 'Tear Troughs'], existing)).toEqual({
			ok: false,
			reason:
				'"Tear Troughs" is not a valid id: use lower-case letters and digits joined by single hyphens (it becomes the file name and the URL); try "tear-troughs"',
		});
	});

	it('refuses an id that exists in the collection, but not one used by another collection', () => {
		expect(checkRequest(['areas', 'lips'], existing)).toEqual({
			ok: false,
			reason: 'areas/lips already exists: edit src/content/areas/ instead, or choose another id',
		});
		expect(checkRequest(['guides', 'lips'], existing)).toMatchObject({ ok: true });
	});
});

describe('helpers', () => {
	it('slugify strips accents, case and punctuation', () => {
		expect(slugify('  Juvéderm Volbella (XC)! ')).toBe('juvederm-volbella-xc');
		expect(slugify('***')).toBe('');
	});
	it('titleFromId', () => expect(titleFromId('tear-troughs')).toBe('Tear troughs'));
	it('addMonths keeps the day, rolling a missing day forward', () => {
		expect(addMonths(new Date('2026-11-21T00:00:00Z'), 12).toISOString().slice(0, 10)).toBe('2027-11-21');
		expect(addMonths(new Date('2028-02-29T00:00:00Z'), 12).toISOString().slice(0, 10)).toBe('2029-03-01');
	});
	it("entryFile uses each collection's format", () => {
		expect(entryFile('myths', 'x')).toBe('myths/x.mdx');
		expect(entryFile('glossary', 'x')).toBe('glossary/x.yaml');
	});
});

describe('template', () => {
	it('is a dated draft that cites the stand-in source', () => {
		const text = template('areas', 'tear-troughs', { today: TODAY, placeholderSource: 'source-alpha' });
		expect(text).toMatch(/^---\n/);
		expect(text).toContain('\ntitle: Tear troughs\n');
		expect(text).toContain('\ndraft: true\n');
		expect(text).toContain('\nlastReviewed: 2026-11-21\nnextReview: 2027-11-21\n');
		expect(text).toContain('  - source-alpha # stand-in');
		expect(text).toContain('\nmap: { x: 50, y: 50 }\n');
	});

	it('refuses a page template when no source exists to cite', () => {
		expect(() => template('guides', 'g', { today: TODAY })).toThrow('run npm run new -- sources <id> first');
	});

	it('passes the schemas and the corpus rules for every collection, with only draft warnings', () => {
		const dir = copyFixture();
		mkdirSync(join(dir, 'products'));
		mkdirSync(join(dir, 'product-pairs'));
		const ctx = { today: TODAY, placeholderSource: 'source-alpha', placeholderMaterial: 'filler-one', placeholderArea: 'area-one' };
		// A product pair's id names two products, so it compares the new product with a second one.
		const idOf = (c: (typeof COLLECTIONS)[number]) => (c === 'product-pairs' ? 'new-products-vs-other-product' : `new-${c}`);
		write(dir, entryFile('products', 'other-product'), template('products', 'other-product', ctx));
		for (const collection of COLLECTIONS) {
			write(dir, entryFile(collection, idOf(collection)), template(collection, idOf(collection), ctx));
		}
		const { files, problems } = loadContentFiles(dir, dir);
		expect(formatProblems(problems)).toBe('');
		const report = lintCorpus(files, { today: TODAY, coverage: {} });
		expect(formatProblems(report.errors)).toBe('');
		// Each new entry gets its publishing checklist, and nothing else does.
		const warned = new Set(report.warnings.map((w) => w.file));
		expect([...warned].sort()).toEqual([...COLLECTIONS.map((c) => entryFile(c, idOf(c))), entryFile('products', 'other-product')].sort());
		expect(report.warnings.every((w) => w.message.endsWith('(draft: fix before publishing)'))).toBe(true);
	});

	it('cannot be published unfinished: set to draft: false, each TODO is an error', () => {
		const dir = copyFixture();
		write(
			dir,
			'myths/new-myth.mdx',
			template('myths', 'new-myth', { today: TODAY, placeholderSource: 'source-alpha' }).replace('draft: true', 'draft: false'),
		);
		const { files } = loadContentFiles(dir, dir);
		const errors = formatProblems(lintCorpus(files, { today: TODAY, coverage: {} }).errors);
		expect(errors).toMatch(/^myths\/new-myth\.mdx:\d+: description: still has the template placeholder "TODO"/m);
		expect(errors).toMatch(/^myths\/new-myth\.mdx:\d+: summary: still has the template placeholder "TODO"/m);
		expect(errors).toMatch(/^myths\/new-myth\.mdx:\d+: body: still has the template placeholder "TODO"/m);
		expect(errors).toContain('myths/new-myth.mdx:11: sources: cites 1 source(s); a page in myths needs at least 2');
		expect(errors).toContain('myths/new-myth.mdx: id: myths/new-myth is an orphan');
	});
});

describe('products and product pairs', () => {
	it('a product template is a commented draft naming a real material and area', () => {
		const text = template('products', 'juvederm-voluma-xc', {
			today: TODAY,
			placeholderSource: 'source-alpha',
			placeholderMaterial: 'hyaluronic-acid',
			placeholderArea: 'cheeks',
		});
		expect(text).toContain('\nmaterial: hyaluronic-acid\n');
		expect(text).toContain('    areas: [cheeks]\n');
		expect(text).toContain('# The original PMA number: "P" and six digits');
		expect(text).toContain('\npregnancyAndBreastfeeding:\n');
		expect(text).toContain('\ndraft: true\n');
	});

	it('a pair id must name two existing products in alphabetical order', () => {
		const products = { products: new Set(['bellafill', 'sculptra']) };
		expect(checkRequest(['product-pairs', 'bellafill-vs-sculptra'], products)).toEqual({
			ok: true,
			collection: 'product-pairs',
			id: 'bellafill-vs-sculptra',
		});
		expect(checkRequest(['product-pairs', 'sculptra-vs-bellafill'], products)).toMatchObject({
			ok: false,
			reason: expect.stringContaining('alphabetical order: bellafill-vs-sculptra'),
		});
		expect(checkRequest(['product-pairs', 'bellafil-vs-sculptra'], products)).toMatchObject({
			ok: false,
			reason: expect.stringContaining('did you mean "bellafill"?'),
		});
		expect(checkRequest(['product-pairs', 'bellafill'], products)).toMatchObject({
			ok: false,
			reason: expect.stringContaining('joined by -vs-'),
		});
	});
});
