/**
 * Products no longer sold in the US. The schema lets a discontinued product leave out the two safety
 * fields only a current label states, and asks it to say (with a source) that it left the market; a
 * marketed product must carry every safety field and no such note. The area table lists only what a
 * reader can have today; the discontinued ones are kept apart, and the finder leaves them out.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentFiles } from '../../src/disk/content-files.ts';
import { lintCorpus } from '../../src/lib/corpus/corpus-rules.ts';
import { formatProblems } from '../../src/lib/corpus/graph.ts';
import { approvedProductsByArea, areaProductGroups, productPairRows, type ProductLike } from '../../src/lib/facts/products.ts';
import { copyFixture, write } from './helpers.ts';

/** A marketed fixture product with every safety field. */
const MARKETED = `---
title: Product one
description: A fixture filler product on sale, with every label safety field filled in.
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

/** The same product, discontinued: a note with its source, and no label-only safety fields. */
const DISCONTINUED = MARKETED.replace('title: Product one', 'title: Product two')
	.replace('status: marketed', 'status: discontinued\ndiscontinued: { text: Its maker stopped selling it in 2009., source: source-beta }')
	.replace(/interactions: \[\]\npregnancyAndBreastfeeding:\n.*\n.*\n/, '');

function problemsWith(one: string, two = DISCONTINUED): string {
	const dir = copyFixture();
	mkdirSync(join(dir, 'products'));
	write(dir, 'products/product-one.mdx', one);
	write(dir, 'products/product-two.mdx', two);
	const { files, problems } = loadContentFiles(dir, dir);
	if (problems.length > 0) return formatProblems(problems);
	return formatProblems(lintCorpus(files, { today: new Date('2026-11-21T00:00:00Z'), coverage: {} }).errors);
}

describe('products: discontinued status, editor mistakes', () => {
	it('a marketed product with every safety field and a discontinued one without the label-only fields are valid', () => {
		expect(DISCONTINUED).not.toContain('pregnancyAndBreastfeeding');
		expect(problemsWith(MARKETED)).toBe('');
	});

	it('a marketed product without interactions or pregnancy and breastfeeding', () => {
		const out = problemsWith(MARKETED.replace(/interactions: \[\]\npregnancyAndBreastfeeding:\n.*\n.*\n/, ''));
		expect(out).toContain('products/product-one.mdx:');
		expect(out).toContain('interactions: is required for a marketed product: list the medicines its label says interact');
		expect(out).toContain('pregnancyAndBreastfeeding: is required for a marketed product: write what its label says');
		expect(out).not.toContain('product-two');
	});

	it('a discontinued product without the note that says so', () => {
		const out = problemsWith(MARKETED, DISCONTINUED.replace(/discontinued: \{.*\}\n/, ''));
		expect(out).toMatch(
			/^products\/product-two\.mdx:\d+: discontinued: is required when status is discontinued: write discontinued: \{ text, source \}/,
		);
	});

	it('a marketed product carrying a discontinued note', () => {
		const out = problemsWith(
			MARKETED.replace('status: marketed', 'status: marketed\ndiscontinued: { text: Stopped in 2009., source: source-beta }'),
		);
		expect(out).toBe(
			'products/product-one.mdx:12: discontinued: is only for a product no longer sold in the US: remove it, or set status: discontinued',
		);
	});

	it("a discontinued note citing a source missing from the page's sources", () => {
		const out = problemsWith(MARKETED, DISCONTINUED.replace('source: source-beta }', 'source: source-gamma }'));
		expect(out).toMatch(/^products\/product-two\.mdx:\d+: discontinued\.source: cites "source-gamma", which is not in sources/);
	});

	it('a discontinued product still needs its contraindications and warnings (its FDA records state them)', () => {
		const out = problemsWith(MARKETED, DISCONTINUED.replace(/contraindications:\n.*\n/, ''));
		expect(out).toMatch(/^products\/product-two\.mdx:\d+: contraindications: is required/);
	});
});

/** A product as the derivations see it. */
const product = (id: string, status: 'marketed' | 'discontinued', date: string, areas: string[] = ['nasolabial-folds']): ProductLike => ({
	id,
	data: {
		title: id,
		maker: 'Maker',
		material: 'hyaluronic-acid',
		pma: 'P000001',
		status,
		lidocaine: false,
		approvals: [{ indication: `${id} use`, date: new Date(`${date}T00:00:00Z`), areas, minimumAge: 22, source: 's' }],
	},
});

describe('products: derived tables leave discontinued products out of the options', () => {
	const all = [
		product('old-gel', 'discontinued', '2004-04-22'),
		product('new-gel', 'marketed', '2017-10-19'),
		product('older-gel', 'marketed', '2003-12-12'),
		product('lip-gel', 'discontinued', '2006-12-20', ['lips']),
	];

	it("an area's table lists only marketed products; the discontinued ones come apart, oldest first", () => {
		const groups = areaProductGroups(all, 'nasolabial-folds');
		expect(groups.marketed.map((r) => r.id)).toEqual(['older-gel', 'new-gel']);
		expect(groups.discontinued.map((r) => r.id)).toEqual(['old-gel']);
		expect(groups.discontinued[0]).toMatchObject({ status: 'discontinued', approved: new Date('2004-04-22T00:00:00Z') });
	});

	it('an area whose only approved product is discontinued has no approved option', () => {
		expect(areaProductGroups(all, 'lips')).toEqual({ marketed: [], discontinued: [expect.objectContaining({ id: 'lip-gel' })] });
	});

	it('the finder names only marketed products', () => {
		const byArea = approvedProductsByArea(all);
		expect(byArea.get('nasolabial-folds')?.map((p) => p.id)).toEqual(['new-gel', 'older-gel']);
		expect(byArea.has('lips')).toBe(false);
	});
});

describe('products: a comparison with a discontinued product says so first', () => {
	const names = { material: (id: string) => id, area: (id: string) => id };
	it('leads with whether each is sold in the US when one is not', () => {
		const rows = productPairRows(product('old-gel', 'discontinued', '2004-04-22'), product('new-gel', 'marketed', '2017-10-19'), names);
		expect(rows[0]).toEqual({ label: 'Sold in the US', a: 'No longer (discontinued)', b: 'Yes' });
	});
	it('has no such row when both are on sale', () => {
		const rows = productPairRows(product('a-gel', 'marketed', '2004-04-22'), product('b-gel', 'marketed', '2017-10-19'), names);
		expect(rows.map((r) => r.label)).not.toContain('Sold in the US');
	});
});
