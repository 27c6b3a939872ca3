import { describe, expect, it } from 'vitest';
import { areasFor, guidesFor, productsFor, regionsFor, type FinderArea } from '../../src/lib/finder/finder.ts';
import type { AreaTreatment } from '../../src/lib/facts/treatments.ts';

const areas: FinderArea[] = [
	{ id: 'frown-lines', title: 'Frown lines', region: 'upper-face', causes: ['dynamic-lines', 'static-lines'] },
	{ id: 'lips', title: 'Lips', region: 'lower-face', causes: ['volume-loss'] },
	{ id: 'cheeks', title: 'Cheeks', region: 'mid-face', causes: ['volume-loss'] },
	{ id: 'lip-lines', title: 'Lip lines', region: 'lower-face', causes: ['dynamic-lines', 'volume-loss'] },
];
const treatments: Record<string, AreaTreatment[]> = {
	'frown-lines': [{ collection: 'neuromodulators', id: 'botox', title: 'Botox', status: 'approved' }],
	lips: [{ collection: 'fillers', id: 'ha', title: 'HA', status: 'approved' }],
	'lip-lines': [
		{ collection: 'neuromodulators', id: 'botox', title: 'Botox', status: 'off-label' },
		{ collection: 'fillers', id: 'ha', title: 'HA', status: 'approved' },
	],
	cheeks: [],
};
const of = (id: string) => treatments[id] ?? [];

describe('finder', () => {
	it('matches areas by cause and region from the area data', () => {
		expect(areasFor(areas, 'lines-when-moving').map((a) => a.id)).toEqual(['frown-lines', 'lip-lines']);
		expect(areasFor(areas, 'lost-volume', 'lower-face').map((a) => a.id)).toEqual(['lip-lines', 'lips']);
		expect(areasFor([{ ...areas[1]!, causes: ['static-lines'] }], 'lost-volume')).toEqual([]);
	});
	it('offers only regions that have a match, head to toe', () => {
		expect(regionsFor(areas, 'lost-volume').map((r) => [r.id, r.count])).toEqual([
			['mid-face', 1],
			['lower-face', 2],
		]);
		expect(regionsFor(areas, 'sweating')).toEqual([]);
	});
	it('rejects an unknown concern', () => {
		expect(() => areasFor(areas, 'wrinkles')).toThrow(/no concern "wrinkles"/);
	});
	it('gathers products with where they are approved and off-label', () => {
		expect(productsFor(['frown-lines', 'lip-lines'], of)).toEqual([
			{ collection: 'neuromodulators', id: 'botox', title: 'Botox', approvedIn: ['frown-lines'], offLabelIn: ['lip-lines'] },
			{ collection: 'fillers', id: 'ha', title: 'HA', approvedIn: ['lip-lines'], offLabelIn: [] },
		]);
	});
	it('suggests the guide for each kind of product found', () => {
		expect(guidesFor(productsFor(['lips'], of))[0]).toBe('guides/how-fillers-work');
		expect(guidesFor(productsFor(['frown-lines'], of))).not.toContain('guides/how-fillers-work');
		expect(guidesFor([])).not.toContain('guides/how-neuromodulators-work');
	});
});
