import { describe, expect, it } from 'vitest';
import { adjacentGuides, groupGuides, guideNeighbours, orderGuides, type GuideLike } from '../../src/lib/navigation/guide-order.ts';

const guides: GuideLike[] = [
	{ id: 'aftercare', title: 'Aftercare', category: 'treatment' },
	{ id: 'reversing', title: 'Reversing fillers', category: 'safety' },
	{ id: 'emergencies', title: 'Side effects and emergencies', category: 'safety', order: 1 },
	{ id: 'basics', title: 'Botox vs fillers', category: 'basics' },
	{ id: 'medical', title: 'Medical uses', category: 'medical' },
];

describe('guide order', () => {
	it('groups safety first and leaves out empty categories', () => {
		expect(groupGuides(guides).map((g) => g.category)).toEqual(['safety', 'basics', 'treatment', 'medical']);
	});
	it('puts an ordered guide before the alphabetical rest of its category', () => {
		expect(orderGuides(guides).map((g) => g.id)).toEqual(['emergencies', 'reversing', 'basics', 'aftercare', 'medical']);
	});
	it('gives previous and next in that order, with none past either end', () => {
		expect(adjacentGuides(guides, 'emergencies')).toEqual({ next: guides[1] });
		expect(adjacentGuides(guides, 'basics')).toEqual({ previous: guides[1], next: guides[0] });
		expect(adjacentGuides(guides, 'medical')).toEqual({ previous: guides[0] });
	});
	it('refuses a guide that is not in the list', () => {
		expect(() => adjacentGuides(guides, 'nope')).toThrow(/guides\/nope/);
	});
});

describe('guideNeighbours', () => {
	it('gives every guide the same neighbours as adjacentGuides, from one ordering', () => {
		const all = guideNeighbours(guides);
		expect(all.size).toBe(guides.length);
		for (const g of guides) expect(all.get(g.id)).toEqual(adjacentGuides(guides, g.id));
		expect(all.get('reversing')).toEqual({ previous: guides[2], next: guides[3] });
	});
});
