/**
 * Builds horizontal range charts (onset, duration) from typed ranges. Pure geometry: the component only
 * draws what this returns, so a changed duration in the data moves its bar.
 *
 * Ranges arrive in their source's unit (days, weeks, months, years). They are converted to days with
 * calendar averages (a month is 365.25 / 12 days) and drawn on one axis in the unit that suits the
 * longest value; each bar's label keeps the unit the source used, so nothing is silently rounded.
 */
import { formatRange, type RangeLike } from '../text/format.ts';
import { toDays, type TimeUnit } from '../text/time-units.ts';

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
	/** Space left of the axis's zero, in viewBox units (room for the first tick label). */
	padLeft: number;
	/** Width of the plotting area. */
	plotWidth: number;
	rowHeight: number;
	/** Text shown in place of a bar for a row without a value. */
	missingText: string;
}

/**
 * Each row is a label line ("Dysport 3 to 4 months") above its bar, so the chart needs no label column
 * and stays readable when a phone scales it down.
 */
export const DEFAULT_LAYOUT: ChartLayout = { padLeft: 14, plotWidth: 320, rowHeight: 44, missingText: 'not established' };

/** Shortest drawn bar, so a very narrow range still shows as a visible mark. */
const MIN_BAR = 4;
const AXIS_HEIGHT = 28;
const PAD_RIGHT = 16;

export interface BuiltRow {
	id: string;
	label: string;
	/** Baseline of the row's label line; its bar sits just below. */
	y: number;
	/** A range bar; `point` marks a single value (min = max), drawn as a dot rather than a sliver. */
	bar?: { x: number; width: number; point: boolean };
	/** The range as written by the source ("3 to 4 months"), or the missing text. */
	valueText: string;
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
	const { end, step } = niceAxis(maxDays / toDays(1, unit));
	const plotLeft = layout.padLeft;
	const scale = layout.plotWidth / end;
	const xOf = (days: number) => round(plotLeft + (days / toDays(1, unit)) * scale);
	const ticks = Array.from({ length: Math.round(end / step) + 1 }, (_, i) => {
		const value = round(i * step);
		return { x: round(plotLeft + value * scale), label: `${value}` };
	});
	const built = rows.map((row, i): BuiltRow => {
		const y = round(layout.rowHeight * i + 18);
		if (!row.range) return { id: row.id, label: row.label, y, valueText: layout.missingText };
		const x = xOf(toDays(row.range.min, row.range.unit));
		const point = row.range.min === row.range.max;
		const width = point ? 0 : Math.max(MIN_BAR, round(xOf(toDays(row.range.max, row.range.unit)) - x));
		const valueText = formatRange({ min: row.range.min, max: row.range.max, unit: row.range.unit });
		return { id: row.id, label: row.label, y, bar: { x, width, point }, valueText };
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
