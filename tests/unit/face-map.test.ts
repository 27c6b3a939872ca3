import { describe, expect, it } from 'vitest';
import { crowdedPairs, KIND_STYLE, layoutFaceMap, MAP_SIZE, shapePath, type MapArea } from '../../src/lib/pictures/face-map.ts';
import { shortTitle } from '../../src/lib/text/titles.ts';

const area = (id: string, map: MapArea['map'], kind: MapArea['kind'] = 'neuromodulator'): MapArea => ({
	id,
	title: `${id} (detail)`,
	url: `/areas/${id}/`,
	map,
	kind,
});

describe('layoutFaceMap', () => {
	it('places each marker at its percent position in the drawing', () => {
		const { markers } = layoutFaceMap([area('lips', { x: 50, y: 72 }, 'filler')]);
		expect(markers[0]).toMatchObject({
			id: 'lips',
			cx: MAP_SIZE.width * 0.5,
			cy: MAP_SIZE.height * 0.72,
			kind: 'filler',
			url: '/areas/lips/',
		});
	});
	it('moves the marker when the data moves', () => {
		const before = layoutFaceMap([area('chin', { x: 50, y: 88 })]).markers[0]!;
		const after = layoutFaceMap([area('chin', { x: 40, y: 80 })]).markers[0]!;
		expect(after.cx).toBe(96);
		expect(after.cy).toBe(240);
		expect(after.d).not.toBe(before.d);
		expect(after.d.startsWith('M87 240')).toBe(true);
	});
	it('numbers markers top to bottom, then left to right, and lists areas without a position apart', () => {
		const { markers, unplaced } = layoutFaceMap([
			area('chin', { x: 50, y: 88 }),
			area('underarm', undefined),
			area('right', { x: 60, y: 20 }),
			area('left', { x: 20, y: 20 }),
		]);
		expect(markers.map((m) => [m.number, m.id])).toEqual([
			[1, 'left'],
			[2, 'right'],
			[3, 'chin'],
		]);
		expect(unplaced.map((a) => a.id)).toEqual(['underarm']);
	});
	it('names each link with its visible number, the short name and what treats it, in words as well as colour', () => {
		const { markers } = layoutFaceMap([area('frown', { x: 50, y: 28 }, 'both')]);
		expect(markers[0]!.label).toBe('1. frown: neuromodulator or filler');
		const shapes = new Set(Object.values(KIND_STYLE).map((s) => s.shape));
		expect(shapes.size).toBe(Object.keys(KIND_STYLE).length);
	});
});

describe('shapes and crowding', () => {
	it('draws a different path for each shape', () => {
		expect(shapePath('square', 10, 10, 10)).toBe('M1 1h18v18h-18z');
		expect(shapePath('diamond', 10, 10, 8)).toBe('M10 0l10 10l-10 10l-10 -10z');
		expect(shapePath('circle', 10, 10, 5)).toBe('M5 10a5 5 0 1 0 10 0a5 5 0 1 0 -10 0z');
	});
	it('finds markers that overlap', () => {
		const { markers } = layoutFaceMap([area('a', { x: 50, y: 50 }), area('b', { x: 51, y: 50 }), area('c', { x: 10, y: 10 })]);
		expect(crowdedPairs(markers)).toEqual([['a', 'b']]);
	});
	it('keeps the short name before any bracket', () => {
		expect(shortTitle('Frown lines (glabellar lines, "the 11s")')).toBe('Frown lines');
		expect(shortTitle('Temples')).toBe('Temples');
	});
});
