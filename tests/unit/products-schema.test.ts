/**
 * Editor mistakes in the products collection and its curated pairs: each fails `npm run lint:content`
 * (which runs before every build) with the file, the line and the field, and says what to write.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentFiles } from '../../src/disk/content-files.ts';
import { lintCorpus } from '../../src/lib/corpus/corpus-rules.ts';
import { formatProblems } from '../../src/lib/corpus/graph.ts';
import { copyFixture, write } from './helpers.ts';

/** A valid product on top of the valid fixture: filler-one as its material, area-one as its area. */
const PRODUCT = `---
title: Product one
description: A fixture filler product with two approvals, lidocaine and its label safety fields.
summary: Product one is a fixture product. It exists so that tests can break it one field at a time.
sources: [source-alpha, source-beta]
lastReviewed: 2026-11-01
nextReview: 2027-11-01
maker: Fixture Devices
material: filler-one
pma: P110033
status: marketed
lidocaine: true
approvals:
  - indication: Fixture use in area one
    date: 2013-10-22
    areas: [area-one]
    minimumAge: 21
    source: source-alpha
  - indication: Fixture use in area two
    date: 2017-03-17
    supplement: S020
    areas: [area-two]
    minimumAge: 22
    source: source-beta
labelDuration: { text: up to 12 months in area one, months: 12, area: area-one, source: source-alpha }
contraindications:
  - { text: Severe allergies, source: source-alpha }
warnings:
  - { kind: vessel-occlusion, text: A blocked blood vessel is an emergency., source: source-alpha }
interactions: []
pregnancyAndBreastfeeding:
  pregnancy: { text: Not studied in pregnancy., source: source-beta }
  breastfeeding: { text: Not studied while breastfeeding., source: source-beta }
---
## About product one

Product one is a fixture.<Cite id="source-alpha" />
`;

const PAIR = `a: product-one
b: product-two
difference: >-
  Product one and product two differ in this fixture only by their names and their approvals, which is
  enough for the tests to check a pair.
sources: [source-alpha]
lastReviewed: 2026-11-01
nextReview: 2027-11-01
`;

/** Writes the two fixture products and their pair, lets `change` break one, and returns every problem. */
function problemsWith(change: (product: string) => string, pair = PAIR, pairFile = 'product-one-vs-product-two.yaml'): string {
	const dir = copyFixture();
	mkdirSync(join(dir, 'products'));
	mkdirSync(join(dir, 'product-pairs'));
	write(dir, 'products/product-one.mdx', change(PRODUCT));
	write(dir, 'products/product-two.mdx', PRODUCT.replace('title: Product one', 'title: Product two'));
	write(dir, `product-pairs/${pairFile}`, pair);
	const { files, problems } = loadContentFiles(dir, dir);
	if (problems.length > 0) return formatProblems(problems);
	return formatProblems(lintCorpus(files, { today: new Date('2026-11-21T00:00:00Z'), coverage: {} }).errors);
}

describe('products: editor mistakes', () => {
	it('the valid product and pair have no problems', () => {
		expect(problemsWith((p) => p)).toBe('');
	});

	it('an approval naming an area that does not exist', () => {
		const out = problemsWith((p) => p.replace('areas: [area-one]', 'areas: [area-on]'));
		expect(out).toBe(
			'products/product-one.mdx:16: approvals[0].areas[0]: references "area-on" in areas, but no such entry exists; did you mean "area-one"?',
		);
	});

	it('a PMA number of the wrong shape', () => {
		const out = problemsWith((p) => p.replace('pma: P110033', 'pma: P11-0033'));
		expect(out).toBe(
			'products/product-one.mdx:10: pma: must be "P" and six digits with no hyphen or supplement, e.g. P110033 (put a supplement such as S020 on its approval)',
		);
	});

	it('an approval without a source', () => {
		const out = problemsWith((p) => p.replace('    minimumAge: 21\n    source: source-alpha\n', '    minimumAge: 21\n'));
		expect(out).toBe(
			'products/product-one.mdx:14: approvals[0].source: is required: write the id of an entry in src/content/sources/ (a file name without extension)',
		);
	});

	it('a material that is not a filler', () => {
		const out = problemsWith((p) => p.replace('material: filler-one', 'material: brand-one'));
		expect(out).toBe(
			'products/product-one.mdx:9: material: "brand-one" is in neuromodulators, not fillers: this field takes an id from src/content/fillers/ (one of: filler-one, filler-two)',
		);
	});

	it("a published product still carrying the template's PMA number", () => {
		const out = problemsWith((p) => p.replace('pma: P110033', 'pma: P000000'));
		expect(out).toBe(
			"products/product-one.mdx:10: pma: is the template's placeholder P000000: write the real PMA number from the FDA PMA database, or keep draft: true",
		);
		expect(
			problemsWith((p) => p.replace('pma: P110033', 'pma: P000000').replace('lastReviewed:', 'draft: true\nlastReviewed:')),
		).not.toContain('pma:');
	});

	it('a supplement number of the wrong shape', () => {
		const out = problemsWith((p) => p.replace('supplement: S020', 'supplement: S20'));
		expect(out).toBe(
			'products/product-one.mdx:21: approvals[1].supplement: must be "S" and three digits, e.g. S020, as the FDA PMA database writes it',
		);
	});

	it('approvals out of date order', () => {
		const out = problemsWith((p) => p.replace('date: 2017-03-17', 'date: 2010-01-07'));
		expect(out).toBe('products/product-one.mdx:13: approvals: list approvals oldest first (by date)');
	});

	it('a label statement citing a source missing from sources', () => {
		const out = problemsWith((p) =>
			p.replace('{ text: Severe allergies, source: source-alpha }', '{ text: Severe allergies, source: source-gamma }'),
		);
		expect(out).toBe(
			'products/product-one.mdx:27: contraindications[0].source: cites "source-gamma", which is not in sources: add it to the sources list (the page numbers its citations from there)',
		);
	});

	it('a pair file not named after its products', () => {
		const out = problemsWith((p) => p, PAIR, 'one-vs-two.yaml');
		expect(out).toBe(
			'product-pairs/one-vs-two.yaml:1: id: the file must be named product-one-vs-product-two.yaml for a: product-one and b: product-two (ids in alphabetical order joined by -vs-)',
		);
	});

	it('a pair whose products are not in alphabetical order', () => {
		const out = problemsWith((p) => p, PAIR.replace('a: product-one\nb: product-two', 'a: product-two\nb: product-one'));
		expect(out).toBe(
			'product-pairs/product-one-vs-product-two.yaml:2: b: a and b must be two different product ids in alphabetical order (swap them), and the file named <a>-vs-<b>.yaml',
		);
	});
});
