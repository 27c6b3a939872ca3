import { describe, expect, it } from 'vitest';
import { CLASS_SLUG, comparisonPairs, pairDescription, pairsWith, pairTitle } from '../../src/lib/compare/pairs.ts';
import { brandSubject, fillerSubject } from '../../src/lib/compare/subjects.ts';
import { classRows, comparisonRows } from '../../src/lib/compare/rows.ts';
import { shortTitle } from '../../src/lib/text/titles.ts';
import { loadContentFiles } from '../../src/disk/content-files.ts';
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
		expect(pairs[0]).toEqual({
			a: 'neuromodulators/botox-cosmetic',
			b: 'neuromodulators/dysport',
			slug: 'botox-cosmetic-vs-dysport',
			group: 'brands',
		});
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
		for (const [a, b] of [
			['Dysport', 'Xeomin'],
			['Calcium hydroxylapatite filler', 'Poly-L-lactic acid filler'],
		] as const) {
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
		expect(brand.approvals).toEqual([
			{ year: 2012, text: 'Area one', area: { id: 'area-one', name: 'Area one' }, doseUnits: { min: 20, max: 20 } },
		]);
		expect(brand.review).toEqual({ lastReviewed: new Date('2026-11-01'), nextReview: new Date('2027-11-01') });
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
		expect(row('FDA-approved cosmetic uses')[0]).toEqual([
			{ text: 'Area one (2012, 20 units)', href: '/areas/area-one/' },
			{ text: 'plus 1 medical use' },
		]);
		expect(row('Main risks')[1]).toEqual([{ text: 'Swelling in this fixture' }]);
		expect(row('Sources')[1]).toContainEqual({ text: 'Title of source-delta', href: '/sources/#source-delta' });
	});

	it('says so when a filler has no FDA approval', () => {
		const fat = fillerSubject('filler-one', { ...fillerOne, title: 'Fat', approvals: [], reversible: false }, areaName);
		expect(fat.firstApproved).toBeUndefined();
		expect(comparisonRows([fat], (id) => id).find((r) => r.label === 'FDA-approved cosmetic uses')!.cells).toEqual([
			'None: the FDA does not approve it as a filler product',
		]);
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
