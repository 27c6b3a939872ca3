/**
 * Builds horizontal range charts (onset, duration) from typed ranges. Pure geometry: the component only
 * draws what this returns, so a changed duration in the data moves its bar.
 *
 * Ranges arrive in their source's unit (days, weeks, months, years). They are converted to days with
 * calendar averages (a month is 365.25 / 12 days) and drawn on one axis in the unit that suits the
 * longest value; each bar's label keeps the unit the source used, so nothing is silently rounded.
 */
import { formatRange, type RangeLike } from './format.ts';

export const TIME_UNITS = ['days', 'weeks', 'months', 'years'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

const DAYS_PER: Record<TimeUnit, number> = { days: 1, weeks: 7, months: 365.25 / 12, years: 365.25 };

/** A value in one time unit expressed in days; throws on a unit the chart cannot place. */
export function toDays(value: number, unit: string): number {
	const per = DAYS_PER[(unit.endsWith('s') ? unit : `${unit}s`) as TimeUnit];
	if (per === undefined) throw new Error(`cannot chart the unit "${unit}": use one of ${TIME_UNITS.join(', ')}`);
	return value * per;
}

/** The axis unit for a longest value (in days): days up to a month, months up to two years, else years. */
export function axisUnitFor(maxDays: number): TimeUnit {
	if (maxDays <= 31) return 'days';
	if (maxDays <= 2 * 365.25) return 'months';
	return 'years';
}

/** A "nice" axis end and tick step (1, 2 or 5 times a power of ten) covering `max`. */
export function niceAxis(max: number, targetTicks = 5): { end: number; step: number } {
	if (max <= 0) return { end: 1, step: 1 };
	const raw = max / targetTicks;
	const power = 10 ** Math.floor(Math.log10(raw));
	const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
	return { end: Math.ceil(max / step) * step, step };
}

export interface ChartRow {
	id: string;
	label: string;
	/** Undefined when no value is established; the row then says so instead of drawing a bar. */
	range?: RangeLike | undefined;
}

export interface ChartLayout {
	/** Space for the row labels on the left, in viewBox units. */
	labelWidth: number;
	/** Width of the plotting area. */
	plotWidth: number;
	rowHeight: number;
	/** Text shown in place of a bar for a row without a value. */
	missingText: string;
}

export const DEFAULT_LAYOUT: ChartLayout = { labelWidth: 130, plotWidth: 330, rowHeight: 30, missingText: 'not established' };

/** Shortest drawn bar, so a single value (min = max) still shows as a visible mark. */
const MIN_BAR = 4;
const AXIS_HEIGHT = 28;
const PAD_RIGHT = 110;

export interface BuiltRow {
	id: string;
	label: string;
	/** Vertical centre of the row. */
	y: number;
	bar?: { x: number; width: number };
	/** The range as written by the source ("3 to 4 months"), or the missing text. */
	valueText: string;
	/** Where the value text starts (just after the bar, or at the axis start). */
	textX: number;
}

export interface BuiltChart {
	width: number;
	height: number;
	plotLeft: number;
	plotRight: number;
	/** The axis line's y and its ticks. */
	axisY: number;
	unit: TimeUnit;
	ticks: Array<{ x: number; label: string }>;
	rows: BuiltRow[];
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Lays out one bar per row on a shared time axis. */
export function buildRangeChart(rows: readonly ChartRow[], layout: ChartLayout = DEFAULT_LAYOUT): BuiltChart {
	const maxDays = Math.max(0, ...rows.flatMap((r) => (r.range ? [toDays(r.range.max, r.range.unit)] : [])));
	const unit = axisUnitFor(maxDays);
	const { end, step } = niceAxis(maxDays / DAYS_PER[unit]);
	const plotLeft = layout.labelWidth;
	const scale = layout.plotWidth / end;
	const xOf = (days: number) => round(plotLeft + (days / DAYS_PER[unit]) * scale);
	const ticks = Array.from({ length: Math.round(end / step) + 1 }, (_, i) => {
		const value = round(i * step);
		return { x: round(plotLeft + value * scale), label: `${value}` };
	});
	const built = rows.map((row, i): BuiltRow => {
		const y = round(layout.rowHeight * (i + 0.5));
		if (!row.range) return { id: row.id, label: row.label, y, valueText: layout.missingText, textX: plotLeft + 6 };
		const x = xOf(toDays(row.range.min, row.range.unit));
		const width = Math.max(MIN_BAR, round(xOf(toDays(row.range.max, row.range.unit)) - x));
		const valueText = formatRange({ min: row.range.min, max: row.range.max, unit: row.range.unit });
		return { id: row.id, label: row.label, y, bar: { x, width }, valueText, textX: round(x + width + 6) };
	});
	const axisY = layout.rowHeight * rows.length + 4;
	return {
		width: plotLeft + layout.plotWidth + PAD_RIGHT,
		height: axisY + AXIS_HEIGHT,
		plotLeft,
		plotRight: plotLeft + layout.plotWidth,
		axisY,
		unit,
		ticks,
		rows: built,
	};
}
