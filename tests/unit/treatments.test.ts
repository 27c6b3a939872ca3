import { describe, expect, it } from 'vitest';
import { treatmentKind, treatmentsForArea } from '../../src/lib/facts/treatments.ts';

const toxin = {
	id: 't',
	title: 'Toxin',
	approvals: [{ area: 'frown-lines', indication: 'Frown lines', date: new Date('2002-04-12') }],
	offLabelAreas: ['masseter'],
};
const gel = {
	id: 'g',
	title: 'Gel',
	approvals: [{ area: 'lips', indication: 'Lip augmentation', year: 2011 }],
	offLabelAreas: ['frown-lines'],
};

describe('treatmentsForArea', () => {
	it('derives approved and off-label use from product data, approved first', () => {
		expect(treatmentsForArea('frown-lines', [toxin], [gel])).toEqual([
			{ collection: 'neuromodulators', id: 't', title: 'Toxin', status: 'approved', indication: 'Frown lines', year: 2002 },
			{ collection: 'fillers', id: 'g', title: 'Gel', status: 'off-label' },
		]);
	});
	it('changes when the product data changes', () => {
		expect(treatmentsForArea('masseter', [toxin], [gel]).map((t) => t.status)).toEqual(['off-label']);
		expect(treatmentsForArea('masseter', [{ ...toxin, offLabelAreas: [] }], [gel])).toEqual([]);
	});
	it('names the kind of treatment', () => {
		expect(treatmentKind(treatmentsForArea('frown-lines', [toxin], [gel]))).toBe('both');
		expect(treatmentKind(treatmentsForArea('lips', [toxin], [gel]))).toBe('filler');
		expect(treatmentKind([])).toBe('none');
	});
});
