import { describe, expect, it } from 'vitest';
import { factText } from '../../src/lib/facts/facts.ts';

const brand = {
	title: 'Brand',
	genericName: 'brandtoxinA',
	manufacturer: 'Maker',
	onset: { min: 1, max: 2, unit: 'days' },
	duration: { min: 3, max: 4, unit: 'months' },
	approvals: [
		{ date: new Date('1989-12-29T00:00:00Z') },
		{ area: 'frown-lines', date: new Date('2002-04-12T00:00:00Z'), doseUnits: { min: 20, max: 20 } },
		{ area: 'neck-bands', date: new Date('2024-10-18T00:00:00Z'), doseUnits: { min: 26, max: 36 } },
	],
};

describe('factText', () => {
	it('renders ranges, names and years from data', () => {
		expect(factText(brand, 'duration')).toBe('3 to 4 months');
		expect(factText(brand, 'onset')).toBe('1 to 2 days');
		expect(factText(brand, 'genericName')).toBe('brandtoxinA');
		expect(factText(brand, 'firstApproved')).toBe('1989');
		expect(factText(brand, 'approvalYear', 'frown-lines')).toBe('2002');
		expect(factText(brand, 'dose', 'frown-lines')).toBe('20 units');
		expect(factText(brand, 'dose', 'neck-bands')).toBe('26 to 36 units');
	});
	it('fails loudly on a fact the entry does not have', () => {
		expect(() => factText(brand, 'dose', 'lips')).toThrow('Brand has no approval for the area "lips"');
		expect(() => factText(brand, 'dose')).toThrow('needs an area');
		expect(() => factText({ title: 'Gel' }, 'onset')).toThrow('Gel has no onset');
	});
});

describe('factText doseLimit', () => {
	it('renders the label cap from data and refuses a brand without one', () => {
		expect(factText({ title: 'B', doseLimit: { units: 400, months: 3 } }, 'doseLimit')).toBe('400 units in any 3-month period in adults');
		expect(() => factText({ title: 'B' }, 'doseLimit')).toThrow('B has no dose limit');
	});
});

describe('factText sessionMax', () => {
	it('renders the combined per-session maximum from data and refuses a brand without one', () => {
		expect(factText({ title: 'B', sessionMax: { units: 64 } }, 'sessionMax')).toBe('64 units');
		expect(() => factText({ title: 'B' }, 'sessionMax')).toThrow('B has no combined maximum per session');
	});
});
