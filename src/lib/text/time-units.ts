/**
 * Time units, one conversion for every place that compares or draws ranges in different units (charts,
 * comparison tables and sentences). Calendar averages: a year is 365.25 days and a month a twelfth of it.
 */
import type { RangeLike } from './format.ts';

export const TIME_UNITS = ['days', 'weeks', 'months', 'years'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

const DAYS_PER: Record<TimeUnit, number> = { days: 1, weeks: 7, months: 365.25 / 12, years: 365.25 };

/** The days in one `unit` ("day" or "days"); throws on a unit that is not a time. */
function daysPer(unit: string): number {
	const per = DAYS_PER[(unit.endsWith('s') ? unit : `${unit}s`) as TimeUnit];
	if (per === undefined) throw new Error(`cannot place the unit "${unit}" on a time scale: use one of ${TIME_UNITS.join(', ')}`);
	return per;
}

/** A value in one time unit expressed in days. */
export const toDays = (value: number, unit: string): number => value * daysPer(unit);

/** How many `to` one `from` is, e.g. weeks to months. */
export const unitFactor = (from: string, to: string): number => daysPer(from) / daysPer(to);

/** A range in months, so weeks, months and years compare on one scale. */
export function inMonths(range: RangeLike): { min: number; max: number } {
	const factor = unitFactor(range.unit, 'months');
	return { min: range.min * factor, max: range.max * factor };
}
