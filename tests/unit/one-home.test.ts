/**
 * Domain rules that used to be written in several places, each now in one module: first approval,
 * short names, time units, the finder's regions, and the entries templates link to by name.
 */
import { describe, expect, it } from 'vitest';
import { firstApprovalDate, firstApprovals, firstApprovalYear } from '../../src/lib/facts/approvals.ts';
import { shortMaker, shortTitle, withoutTrailingQualifier } from '../../src/lib/text/titles.ts';
import { inMonths, toDays, unitFactor } from '../../src/lib/text/time-units.ts';
import { REGIONS } from '../../src/lib/finder/finder.ts';
import { AREA_REGIONS } from '../../src/schemas/area.ts';
import { LANDMARKS, landmarkUrl } from '../../src/lib/site/landmarks.ts';
import { compareUrl, finderUrl, indexUrl } from '../../src/lib/site/urls.ts';
import { lintCorpus } from '../../src/lib/corpus/corpus-rules.ts';
import { formatProblems } from '../../src/lib/corpus/graph.ts';
import { loadContentFiles } from '../../src/disk/content-files.ts';
import { VALID_FIXTURE } from './helpers.ts';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('first approval', () => {
	it('is the earliest year, from dates or years', () => {
		expect(firstApprovalYear([{ date: d('2009-04-29') }, { year: 2002 }])).toBe(2002);
		expect(firstApprovalYear([])).toBeUndefined();
		expect(firstApprovalDate([{ date: d('2010-01-01') }, { date: d('2006-06-01') }])).toEqual(d('2006-06-01'));
	});
	it('names a later cosmetic approval separately, and only when it is later', () => {
		expect(
			firstApprovals([
				{ date: d('1989-12-29'), use: 'medical' },
				{ date: d('2002-04-12'), use: 'aesthetic' },
			]),
		).toEqual({ first: 1989, cosmeticLater: 2002 });
		expect(
			firstApprovals([
				{ date: d('2009-04-29'), use: 'aesthetic' },
				{ date: d('2012-01-01'), use: 'medical' },
			]),
		).toEqual({ first: 2009 });
		expect(firstApprovals([{ year: 2003 }])).toEqual({ first: 2003 });
		expect(firstApprovals([])).toBeUndefined();
	});
});

describe('short names', () => {
	it("drop a title's bracketed qualifier, a maker's legal suffix, and for search only a trailing bracket", () => {
		expect(shortTitle('Frown lines (glabellar lines, "the 11s")')).toBe('Frown lines');
		expect(shortTitle('Radiesse (+)')).toBe('Radiesse');
		expect(shortMaker('Allergan, Inc. (Allergan Aesthetics, an AbbVie company)')).toBe('Allergan');
		expect(shortMaker('Allergan Aesthetics, an AbbVie company')).toBe('Allergan Aesthetics');
		expect(withoutTrailingQualifier('Dysport (abobotulinumtoxinA)')).toBe('Dysport');
		expect(withoutTrailingQualifier('Fat transfer (autologous fat grafting) to the face')).toBe(
			'Fat transfer (autologous fat grafting) to the face',
		);
	});
});

describe('time units', () => {
	it('convert on calendar averages', () => {
		expect(toDays(2, 'weeks')).toBe(14);
		expect(toDays(1, 'year')).toBe(365.25);
		expect(unitFactor('years', 'months')).toBe(12);
		expect(inMonths({ min: 1, max: 2, unit: 'years' })).toEqual({ min: 12, max: 24 });
		expect(inMonths({ min: 12, max: 12, unit: 'weeks' }).min).toBeCloseTo(2.76, 2);
		expect(() => toDays(1, 'units')).toThrow(/cannot place the unit "units" on a time scale/);
	});
});

describe('the finder', () => {
	it('asks about every region the area schema allows, in its order', () => {
		expect(REGIONS.map((r) => r.id)).toEqual([...AREA_REGIONS]);
		for (const r of REGIONS) expect(r.label.length, r.id).toBeGreaterThan(0);
	});
});

describe('internal URLs', () => {
	it('are built in urls.ts', () => {
		expect(compareUrl()).toBe('/compare/');
		expect(compareUrl('dysport-vs-xeomin')).toBe('/compare/dysport-vs-xeomin/');
		expect(finderUrl()).toBe('/finder/');
		expect(finderUrl('sweating')).toBe('/finder/sweating/');
		expect(finderUrl('sweating', 'body')).toBe('/finder/sweating/body/');
		expect(indexUrl('glossary')).toBe('/glossary/');
		expect(landmarkUrl('offLabel')).toBe('/glossary/#off-label');
		expect(landmarkUrl('reversingFillers')).toBe('/guides/reversing-fillers/');
	});
});

describe('landmarks: entries the templates link to by name', () => {
	it('all exist and are published in the real content', () => {
		const { files } = loadContentFiles('src/content');
		const errors = formatProblems(lintCorpus(files, { today: d('2026-11-21'), coverage: {}, landmarks: Object.values(LANDMARKS) }).errors);
		expect(errors).not.toMatch(/landmarks\.ts/);
	});
	it('fail the linter when one is missing', () => {
		const { files } = loadContentFiles(VALID_FIXTURE);
		const errors = formatProblems(lintCorpus(files, { today: d('2026-11-21'), coverage: {}, landmarks: ['guides/no-such-guide'] }).errors);
		expect(errors).toContain(
			"src/content/guides/: no-such-guide: guides/no-such-guide does not exist, but the site's templates link to it by name (src/lib/site/landmarks.ts)",
		);
	});
});
