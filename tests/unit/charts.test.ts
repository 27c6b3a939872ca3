import { describe, expect, it } from 'vitest';
import { axisUnitFor, buildRangeChart, DEFAULT_LAYOUT, niceAxis } from '../../src/lib/pictures/charts.ts';
import { toDays } from '../../src/lib/text/time-units.ts';

const src = { source: 's' };

describe('units', () => {
	it('converts every unit to days with calendar averages', () => {
		expect(toDays(2, 'weeks')).toBe(14);
		expect(toDays(1, 'years')).toBe(365.25);
		expect(toDays(12, 'months')).toBeCloseTo(365.25);
		expect(toDays(1, 'day')).toBe(1);
		expect(() => toDays(1, 'units')).toThrow(/cannot place the unit "units" on a time scale/);
	});
	it('picks an axis unit for the longest value', () => {
		expect(axisUnitFor(4)).toBe('days');
		expect(axisUnitFor(toDays(28, 'weeks'))).toBe('months');
		expect(axisUnitFor(toDays(5, 'years'))).toBe('years');
	});
	it('rounds the axis to a nice end and step', () => {
		expect(niceAxis(4.2)).toEqual({ end: 5, step: 1 });
		expect(niceAxis(6.44)).toEqual({ end: 8, step: 2 });
		expect(niceAxis(60)).toEqual({ end: 60, step: 20 });
	});
});

describe('buildRangeChart', () => {
	const rows = [
		{ id: 'a', label: 'A', range: { min: 3, max: 4, unit: 'months', ...src } },
		{ id: 'b', label: 'B', range: { min: 24, max: 28, unit: 'weeks', ...src } },
		{ id: 'c', label: 'C' },
	];
	const chart = buildRangeChart(rows);
	const { plotWidth, padLeft } = DEFAULT_LAYOUT;

	it('draws a bar from min to max on a shared month axis, keeping each source unit in the label', () => {
		expect(chart.unit).toBe('months');
		expect(chart.ticks.map((t) => t.label)).toEqual(['0', '2', '4', '6', '8']);
		const a = chart.rows[0]!;
		expect(a.bar!.x).toBeCloseTo(padLeft + (3 / 8) * plotWidth, 0);
		expect(a.bar!.width).toBeCloseTo(plotWidth / 8, 0);
		expect(a.valueText).toBe('3 to 4 months');
		const b = chart.rows[1]!;
		expect(b.bar!.x).toBeCloseTo(padLeft + ((24 * 7) / (365.25 / 12) / 8) * plotWidth, 0);
		expect(b.valueText).toBe('24 to 28 weeks');
	});
	it('says "not established" instead of drawing a bar for a missing value', () => {
		expect(chart.rows[2]).toMatchObject({ id: 'c', valueText: 'not established' });
		expect(chart.rows[2]!.bar).toBeUndefined();
	});
	it('moves and resizes a bar when its duration changes', () => {
		const longer = buildRangeChart([{ ...rows[0]!, range: { min: 3, max: 6, unit: 'months', ...src } }, rows[1]!]);
		expect(longer.rows[0]!.bar!.width).toBeGreaterThan(chart.rows[0]!.bar!.width);
		expect(longer.rows[0]!.valueText).toBe('3 to 6 months');
	});
	it('marks a single value as a point and keeps a narrow range visible', () => {
		const single = buildRangeChart([
			{ id: 'x', label: 'X', range: { min: 18, max: 18, unit: 'months', ...src } },
			{ id: 'y', label: 'Y', range: { min: 1, max: 1.01, unit: 'years', ...src } },
		]);
		expect(single.rows[0]!.bar).toMatchObject({ point: true, width: 0 });
		expect(single.rows[1]!.bar).toMatchObject({ point: false, width: 4 });
		expect(single.rows[0]!.valueText).toBe('18 months');
	});
	it('switches to years when a value runs past two years', () => {
		const long = buildRangeChart([
			{ id: 'p', label: 'P', range: { min: 5, max: 5, unit: 'years', ...src } },
			{ id: 'h', label: 'H', range: { min: 6, max: 12, unit: 'months', ...src } },
		]);
		expect(long.unit).toBe('years');
		expect(long.rows[1]!.bar!.x).toBeCloseTo(padLeft + (0.5 / 5) * plotWidth, 0);
	});
});
