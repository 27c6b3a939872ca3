import { describe, expect, it } from 'vitest';
import {
	brandSubject,
	CLASS_SLUG,
	classRows,
	comparisonPairs,
	comparisonRows,
	differenceSummary,
	durationSentence,
	fillerSubject,
	inMonths,
	pairDescription,
	pairsWith,
	pairTitle,
	shortTitle,
} from '../../src/lib/compare.ts';
import { loadContentFiles } from '../../src/lib/content-files.ts';
import type { FillerData } from '../../src/schemas/filler.ts';
import type { NeuromodulatorData } from '../../src/schemas/neuromodulator.ts';
import { VALID_FIXTURE } from './helpers.ts';

const { files } = loadContentFiles(VALID_FIXTURE);
const dataOf = <T>(collection: string, id: string) => files.find((f) => f.collection === collection && f.entry.id === id)!.valid as T;
const brandOne = dataOf<NeuromodulatorData>('neuromodulators', 'brand-one');
const fillerOne = dataOf<FillerData>('fillers', 'filler-one');
const areaName = (id: string) => ({ 'area-one': 'Area one', 'area-two': 'Area two' })[id] ?? id;

describe('comparisonPairs', () => {
	const pairs = comparisonPairs({ neuromodulators: ['dysport', 'botox-cosmetic', 'xeomin'], fillers: ['pmma', 'hyaluronic-acid'] });

	it('makes every brand pair, every filler pair and every brand-filler pair exactly once', () => {
		expect(pairs.filter((p) => p.group === 'brands')).toHaveLength(3);
		expect(pairs.filter((p) => p.group === 'fillers')).toHaveLength(1);
		expect(pairs.filter((p) => p.group === 'brand-filler')).toHaveLength(6);
		expect(new Set(pairs.map((p) => p.slug)).size).toBe(pairs.length);
	});

	it('orders each pair by collection, then id, so a-vs-b exists and b-vs-a does not', () => {
		const slugs = pairs.map((p) => p.slug);
		expect(slugs).toContain('botox-cosmetic-vs-dysport');
		expect(slugs).not.toContain('dysport-vs-botox-cosmetic');
		expect(slugs).toContain('xeomin-vs-hyaluronic-acid');
		expect(slugs).toContain('hyaluronic-acid-vs-pmma');
		expect(pairs[0]).toEqual({ a: 'neuromodulators/botox-cosmetic', b: 'neuromodulators/dysport', slug: 'botox-cosmetic-vs-dysport', group: 'brands' });
	});

	it('lists the pairs an entry takes part in', () => {
		expect(pairsWith(pairs, 'fillers/pmma').map((p) => p.slug)).toEqual([
			'hyaluronic-acid-vs-pmma',
			'botox-cosmetic-vs-pmma',
			'dysport-vs-pmma',
			'xeomin-vs-pmma',
		]);
	});

	it('refuses ids that would make two pages share a URL', () => {
		expect(() => comparisonPairs({ neuromodulators: ['a-vs-b', 'a', 'b-vs-c'], fillers: [] })).not.toThrow();
		expect(() => comparisonPairs({ neuromodulators: ['a', 'b-vs-c', 'a-vs-b', 'c'], fillers: [] })).toThrow('/compare/a-vs-b-vs-c/');
		expect(() => comparisonPairs({ neuromodulators: ['neuromodulators'], fillers: ['fillers'] })).toThrow(CLASS_SLUG);
	});
});

describe('titles and descriptions', () => {
	it('shortens headings to the name readers search for', () => {
		expect(shortTitle('Dysport (abobotulinumtoxinA)')).toBe('Dysport');
		expect(shortTitle('PMMA filler (Bellafill), the permanent filler')).toBe('PMMA filler');
	});

	it('keeps titles within 60 characters and descriptions within 50-160', () => {
		expect(pairTitle('Dysport', 'Xeomin')).toBe('Dysport vs Xeomin: differences compared');
		const long = pairTitle('Calcium hydroxylapatite filler', 'Poly-L-lactic acid filler');
		expect(long).toBe('Calcium hydroxylapatite filler vs Poly-L-lactic acid filler');
		expect(long.length).toBeLessThanOrEqual(60);
		for (const [a, b] of [['Dysport', 'Xeomin'], ['Calcium hydroxylapatite filler', 'Poly-L-lactic acid filler']] as const) {
			const d = pairDescription(a, b);
			expect(d.length).toBeGreaterThanOrEqual(50);
			expect(d.length).toBeLessThanOrEqual(160);
		}
	});
});

describe('subjects, rows and the difference summary', () => {
	const brand = brandSubject('brand-one', brandOne, areaName);
	const filler = fillerSubject('filler-one', fillerOne, areaName);

	it('reduces a brand to cosmetic approvals, counted medical uses and the sources behind each fact', () => {
		expect(brand.name).toBe('Brand one');
		expect(brand.approvals).toEqual([{ year: 2012, text: 'Area one', area: { id: 'area-one', name: 'Area one' } }]);
		expect(brand.medicalApprovals).toBe(1);
		expect(brand.firstApproved).toBe('2010');
		expect(brand.sources).toEqual(['source-alpha', 'source-beta', 'source-gamma']);
	});

	it('builds one cell per subject for every row, rendering numbers from data', () => {
		const rows = comparisonRows([brand, filler], (id) => `Title of ${id}`);
		const row = (label: string) => rows.find((r) => r.label === label)!.cells;
		expect(rows.every((r) => r.cells.length === 2)).toBe(true);
		expect(row('Usually lasts')).toEqual(['3 to 4 months', '6 to 12 months']);
		// Brand one's toxin was approved for a medical use (2010) before its cosmetic use (2012).
		expect(row('First FDA approval')).toEqual(['2012 for cosmetic use (2010 for medical use)', '2015']);
		expect(row('Effect starts')).toEqual(['2 to 3 days', 'When injected: it fills space directly']);
		expect(row('Can it be reversed?')).toEqual(['No; the effect wears off', 'Yes, with hyaluronidase']);
		expect(row('FDA-approved cosmetic uses')[0]).toEqual([{ text: 'Area one (2012)', href: '/areas/area-one/' }, { text: 'plus 1 medical use' }]);
		expect(row('Main risks')[1]).toEqual([{ text: 'Swelling in this fixture' }]);
		expect(row('Sources')[1]).toContainEqual({ text: 'Title of source-delta', href: '/sources/#source-delta' });
	});

	it('says which lasts longer only when the ranges do not overlap, across units', () => {
		expect(inMonths({ min: 24, max: 28, unit: 'weeks' }).min).toBeCloseTo(5.54, 1);
		const weeks = brandSubject('brand-one', { ...brandOne, duration: { min: 24, max: 28, unit: 'weeks', source: 'source-gamma' } }, areaName);
		expect(durationSentence(weeks, brand)).toBe('Results usually last longer with Brand one: 24 to 28 weeks, against 3 to 4 months with Brand one.');
		expect(durationSentence(brand, filler)).toBe('Results usually last longer with Filler one: 6 to 12 months, against 3 to 4 months with Brand one.');
		const overlapping = fillerSubject('filler-one', { ...fillerOne, duration: { min: 4, max: 8, unit: 'months', source: 'source-delta' } }, areaName);
		expect(durationSentence(brand, overlapping)).toBe('Their usual durations overlap: Brand one 3 to 4 months; Filler one 4 to 8 months.');
		expect(durationSentence(brand, brand)).toBe('Results usually last about as long with either: 3 to 4 months.');
		// Equal ranges with different qualifiers keep each qualifier with its own product.
		const noted = brandSubject('brand-two', { ...brandOne, title: 'Brand two', duration: { ...brandOne.duration, note: 'in one trial' } }, areaName);
		expect(durationSentence(brand, noted)).toBe('Their usual durations overlap: Brand one 3 to 4 months; Brand two 3 to 4 months (in one trial).');
	});

	it('summarises a brand against a filler from their data only', () => {
		expect(differenceSummary(brand, filler)).toEqual([
			'They are different kinds of treatment. Brand one is a botulinum toxin type A brand (a neuromodulator). Filler one (Fone): temporary; fills space directly.',
			'First FDA approval: Brand one for a cosmetic use in 2012; Filler one in 2015.',
			'Results usually last longer with Filler one: 6 to 12 months, against 3 to 4 months with Brand one.',
			'Filler one can be dissolved with hyaluronidase; Brand one cannot, but its effect wears off.',
			'They have no FDA-approved cosmetic area in common.',
			"Most serious risk listed for Brand one: the toxin's effect spreading beyond the injection site (its boxed warning).",
			'Most serious risk listed for Filler one: swelling in this fixture.',
		]);
	});

	it('compares two brands on onset, names a missing onset and finds shared approved areas', () => {
		const other = brandSubject('brand-two', { ...brandOne, title: 'Brand two', onset: undefined }, areaName);
		const summary = differenceSummary(brand, other);
		expect(summary).toContain('No label or checkable trial states when Brand two starts working, so onset cannot be compared.');
		expect(summary).toContain('Both are FDA-approved for area one.');
		expect(summary).toContain("Both carry a boxed warning that the toxin's effect can spread beyond the injection site.");
		expect(summary.join(' ')).not.toContain('dissolved');
	});

	it('says so when a filler has no FDA approval', () => {
		const fat = fillerSubject('filler-one', { ...fillerOne, title: 'Fat', approvals: [], reversible: false }, areaName);
		expect(fat.firstApproved).toBeUndefined();
		expect(differenceSummary(filler, fat)).toContain('First FDA approval: Filler one in 2015; Fat never, as a filler product.');
		expect(comparisonRows([fat], (id) => id).find((r) => r.label === 'FDA-approved cosmetic uses')!.cells).toEqual(['None: the FDA does not approve it as a filler product']);
	});
});

describe('classRows', () => {
	it('lists each brand and material by name instead of averaging their numbers', () => {
		const brand = brandSubject('brand-one', brandOne, areaName);
		const dissolvable = fillerSubject('filler-one', fillerOne, areaName);
		const permanent = fillerSubject('filler-two', { ...fillerOne, title: 'Filler two', reversible: false }, areaName);
		const rows = classRows([brand], [dissolvable, permanent]);
		const cells = (label: string) => rows.find((r) => r.label === label)!.cells;
		expect(cells('Usually lasts')[0]).toEqual([{ text: 'Brand one: 3 to 4 months', href: '/neuromodulators/brand-one/' }]);
		expect(cells('Can it be reversed?')[1]).toBe('Only Filler one, with hyaluronidase');
		expect(cells('First FDA approval')).toEqual(['2010 (the earliest brand)', '2015 (the earliest material)']);
	});
});
