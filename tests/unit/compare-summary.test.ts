/**
 * The sentences of "The differences in short": fixture cases for each template, then every pair of the
 * real content rendered and checked as an editor would (sentence case, full sentences, one unit per
 * comparison, the key difference first, no "never" for a missing approval).
 */
import { describe, expect, it } from 'vitest';
import { brandSubject, fillerSubject, type BrandSubject, type Subject } from '../../src/lib/compare/subjects.ts';
import { comparisonPairs } from '../../src/lib/compare/pairs.ts';
import { shortTitle } from '../../src/lib/text/titles.ts';
import {
	approvalSentence,
	differenceSummary,
	doseSentences,
	durationSentence,
	nameIn,
	sharedUnit,
} from '../../src/lib/compare/compare-summary.ts';
import { combinedReview } from '../../src/lib/corpus/review-window.ts';
import { loadContentFiles } from '../../src/disk/content-files.ts';
import type { FillerData } from '../../src/schemas/filler.ts';
import type { NeuromodulatorData } from '../../src/schemas/neuromodulator.ts';
import { VALID_FIXTURE } from './helpers.ts';

const fixture = loadContentFiles(VALID_FIXTURE).files;
const dataOf = <T>(collection: string, id: string) => fixture.find((f) => f.collection === collection && f.entry.id === id)!.valid as T;
const brandOne = dataOf<NeuromodulatorData>('neuromodulators', 'brand-one');
const fillerOne = dataOf<FillerData>('fillers', 'filler-one');
const areaName = (id: string) => ({ 'area-one': 'Area one', 'area-two': 'Area two' })[id] ?? id;

describe('sentence templates on fixture data', () => {
	const brand = brandSubject('brand-one', brandOne, areaName);
	const filler = fillerSubject('filler-one', fillerOne, areaName);
	const fillers = fillerSubject('filler-one', { ...fillerOne, title: 'Fixture acid fillers (Brand X)' }, areaName);

	it('writes a material mid-sentence in lower case, keeps brand and acronym capitals', () => {
		expect(nameIn(fillers)).toBe('fixture acid fillers');
		expect(nameIn(fillers, true)).toBe('Fixture acid fillers');
		expect(nameIn(fillerSubject('filler-one', { ...fillerOne, title: 'PMMA filler (Bellafill)' }, areaName))).toBe('PMMA filler');
		expect(nameIn(brand)).toBe('Brand one');
	});

	it('compares durations in one unit: weeks become about-months, years stay years when both last a year or more', () => {
		const weeks = brandSubject(
			'brand-two',
			{ ...brandOne, title: 'Brand two', duration: { min: 24, max: 28, unit: 'weeks', source: 'source-gamma' } },
			areaName,
		);
		expect(durationSentence(weeks, brand)).toBe(
			'Results usually last longer with Brand two: about 5.5 to 6.5 months, against 3 to 4 months with Brand one.',
		);
		expect(durationSentence(brand, filler)).toBe(
			'Results usually last longer with filler one: 6 to 12 months, against 3 to 4 months with Brand one.',
		);
		const years = fillerSubject(
			'filler-one',
			{ ...fillerOne, title: 'Filler two', duration: { min: 5, max: 5, unit: 'years', source: 'source-delta' } },
			areaName,
		);
		expect(durationSentence(filler, years)).toBe(
			'Results usually last longer with filler two: 60 months, against 6 to 12 months with filler one.',
		);
		expect(sharedUnit({ min: 18, max: 18, unit: 'months' }, { min: 2, max: 2, unit: 'years' })).toBe('years');
		const overlapping = fillerSubject(
			'filler-one',
			{ ...fillerOne, duration: { min: 4, max: 8, unit: 'months', source: 'source-delta' } },
			areaName,
		);
		expect(durationSentence(brand, overlapping)).toBe(
			'Results last a similar time: 3 to 4 months with Brand one, and 4 to 8 months with filler one.',
		);
		expect(durationSentence(brand, brand)).toBe('Results usually last about as long with either: 3 to 4 months.');
	});

	it('gives each brand its labelled dose in its own units, and names areas only one is approved for', () => {
		const other = brandSubject(
			'brand-two',
			{
				...brandOne,
				title: 'Brand two',
				approvals: [
					{ ...brandOne.approvals[1]!, doseUnits: { min: 50, max: 50 } },
					{ ...brandOne.approvals[1]!, area: 'area-two', doseUnits: undefined },
				],
			},
			areaName,
		);
		expect(doseSentences(brand, other)).toEqual([
			'For area one, the labelled dose is 20 units of Brand one and 50 units of Brand two.',
			'Only Brand two is FDA-approved for area two.',
		]);
		expect(doseSentences(brand, brand)).toEqual(["For area one, both labels give 20 units, each in its own brand's units."]);
	});

	it('puts units first for two brands, reversal first for two fillers, the different jobs first for a brand and a filler', () => {
		const other = brandSubject('brand-two', { ...brandOne, title: 'Brand two', onset: undefined }, areaName);
		const brands = differenceSummary(brand, other);
		expect(brands[0]).toMatch(/^A unit of Brand one is not a unit of Brand two: .*cannot be compared with or converted into/);
		expect(brands[1]).toBe("For area one, both labels give 20 units, each in its own brand's units.");
		expect(brands).toContain('No label or checkable trial states when Brand two starts working, so onset cannot be compared.');
		const fixed = fillerSubject('filler-two', { ...fillerOne, title: 'Filler two', reversible: false }, areaName);
		expect(differenceSummary(filler, fixed)[0]).toBe('Filler one can be dissolved with hyaluronidase; filler two cannot.');
		expect(differenceSummary(brand, filler)).toEqual([
			'They do different jobs. Brand one is a neuromodulator: it relaxes the muscles that cause lines when you move. Filler one (Fone) is a temporary filler that fills space directly.',
			'Filler one can be dissolved with hyaluronidase; Brand one cannot, but its effect wears off.',
			'Results usually last longer with filler one: 6 to 12 months, against 3 to 4 months with Brand one.',
			'The FDA first approved Brand one for a cosmetic use in 2012 and filler one in 2015.',
			'They have no FDA-approved cosmetic area in common.',
			"The most serious risk listed for Brand one is the toxin's effect spreading beyond the injection site (its boxed warning).",
			'The most serious risk listed for filler one is swelling in this fixture.',
		]);
	});

	it('says a material has no FDA approval instead of "never"', () => {
		const fat = fillerSubject('filler-one', { ...fillerOne, title: 'Fat', approvals: [], reversible: false }, areaName);
		expect(approvalSentence(filler, fat)).toBe('The FDA first approved filler one in 2015; fat has no FDA approval as a filler product.');
		expect(approvalSentence(fat, fat)).toBe('Neither has an FDA approval as a filler product.');
	});
});

describe('combinedReview', () => {
	it('takes the older last review and the sooner next review', () => {
		const d = (s: string) => new Date(s);
		expect(
			combinedReview([
				{ lastReviewed: d('2026-11-21'), nextReview: d('2027-11-21') },
				{ lastReviewed: d('2026-10-01'), nextReview: d('2027-12-01') },
			]),
		).toEqual({ lastReviewed: d('2026-10-01'), nextReview: d('2027-11-21') });
		expect(() => combinedReview([])).toThrow('at least one entry');
	});
});

// ---- Every real pair, checked as an editor would ----

const { files } = loadContentFiles('src/content');
const live = (c: string) => files.filter((f) => f.collection === c && f.valid && !(f.valid as { draft?: boolean }).draft);
const areaTitles = new Map(live('areas').map((f) => [f.entry.id, shortTitle((f.valid as { title: string }).title)]));
const realArea = (id: string) => areaTitles.get(id) ?? id;
const all = new Map<string, Subject>([
	...live('neuromodulators').map(
		(f) => [`neuromodulators/${f.entry.id}`, brandSubject(f.entry.id, f.valid as NeuromodulatorData, realArea)] as const,
	),
	...live('fillers').map((f) => [`fillers/${f.entry.id}`, fillerSubject(f.entry.id, f.valid as FillerData, realArea)] as const),
]);
const pairs = comparisonPairs({
	neuromodulators: live('neuromodulators').map((f) => f.entry.id),
	fillers: live('fillers').map((f) => f.entry.id),
});
const rendered = pairs.map((p) => ({
	slug: p.slug,
	group: p.group,
	a: all.get(p.a)!,
	b: all.get(p.b)!,
	sentences: differenceSummary(all.get(p.a)!, all.get(p.b)!),
}));

/** Words that may be capitalised mid-sentence: brand and maker names from the data, acronyms, and single letters ("type A", "poly-L"). */
const properWords = new Set(
	[...all.values()].flatMap((s) => (s.collection === 'neuromodulators' ? [s.name, s.maker] : s.makers)).flatMap((n) => n.split(/[\s-]+/)),
);
const mayBeCapital = (word: string) => properWords.has(word) || /^[A-Z]$/.test(word) || /[A-Z].*[A-Z]/.test(word) || word === 'FDA';

/** The sentences inside one list item ("They do different jobs. X is ..."). */
const splitSentences = (item: string) => item.split(/(?<=\.)\s+(?=[A-Z])/);

describe(`every comparison page's summary (${rendered.length} pairs)`, () => {
	it('covers every pair of the real content', () => {
		expect(rendered.length).toBe(pairs.length);
		expect(rendered.length).toBeGreaterThanOrEqual(50);
	});

	it('writes sentence case: a capital only at the start and in proper names', () => {
		for (const { slug, sentences } of rendered) {
			for (const sentence of sentences.flatMap(splitSentences)) {
				expect(sentence, slug).toMatch(/^[A-Z]/);
				const afterColonOrStart = sentence
					.replace(/\([^)]*\)/g, '')
					.split(/\s+/)
					.slice(1);
				const bad = afterColonOrStart
					.map((w) => w.replace(/^[^\w]+|[^\w]+$/g, ''))
					.flatMap((w) => w.split('-'))
					.filter((w) => /^[A-Z]/.test(w) && !mayBeCapital(w));
				expect(bad, `${slug}: "${sentence}"`).toEqual([]);
			}
		}
	});

	it('writes full sentences: no label-style fragments, each ends with a full stop and has a verb', () => {
		const VERB = /\b(is|are|has|have|can|cannot|carry|last|do|give|started|states|approved)\b/;
		for (const { slug, sentences } of rendered) {
			for (const sentence of sentences.flatMap(splitSentences)) {
				expect(sentence, slug).toMatch(/\.$/);
				expect(sentence, slug).toMatch(VERB);
				// "Hyaluronic acid fillers (HA): temporary; fills ..." and "First FDA approval: X in 2003" were fragments.
				expect(sentence, slug).not.toMatch(/^[^:]{0,60}\([A-Za-z]+\): [a-z]/);
				expect(sentence, slug).not.toMatch(/^(First FDA approval|Most serious risk listed for [^:]+):/);
			}
		}
	});

	it('compares durations in one unit', () => {
		for (const { slug, sentences } of rendered) {
			const duration = sentences.find((s) => s.startsWith('Results '))!;
			expect(duration, slug).toBeDefined();
			const units = new Set([...duration.replace(/\([^)]*\)/g, '').matchAll(/\b(day|week|month|year)s?\b/g)].map((m) => m[1]));
			expect([...units], `${slug}: "${duration}"`).toHaveLength(1);
		}
	});

	it('never says "never" about a missing approval', () => {
		for (const { slug, sentences } of rendered) expect(sentences.join(' '), slug).not.toMatch(/\bnever\b/i);
	});

	it('leads two brands with units and the labelled dose, typed in their approvals', () => {
		for (const { slug, group, a, b, sentences } of rendered.filter((r) => r.group === 'brands')) {
			expect(sentences[0], slug).toMatch(/^A unit of .* is not a unit of /);
			const [x, y] = [a, b] as [BrandSubject, BrandSubject];
			const frown = (s: BrandSubject) => s.approvals.find((p) => p.area?.id === 'frown-lines')!.doseUnits!.min;
			expect(sentences[1], `${slug} (${group})`).toMatch(/^For frown lines, /);
			expect(sentences[1], slug).toContain(`${frown(x)} units`);
			expect(sentences[1], slug).toContain(`${frown(y)} units`);
		}
		const botoxDysport = rendered.find((r) => r.slug === 'botox-cosmetic-vs-dysport')!.sentences;
		expect(botoxDysport[1]).toBe('For frown lines, the labelled dose is 20 units of Botox Cosmetic and 50 units of Dysport.');
	});

	it('leads two fillers with reversibility, then duration', () => {
		for (const { slug, sentences } of rendered.filter((r) => r.group === 'fillers')) {
			expect(sentences[0], slug).toMatch(/dissolved|reversed/);
			expect(sentences[1], slug).toMatch(/^Results /);
		}
	});
});
