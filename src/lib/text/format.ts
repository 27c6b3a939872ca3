/** Formatting of typed values for display. */

export interface RangeLike {
	min: number;
	max: number;
	unit: string;
	note?: string | undefined;
}

/** "3 to 4 months", "6 months" or "1 day"; a note is appended in brackets-free form after a comma. */
export function formatRange(range: RangeLike): string {
	const unit = range.max === 1 ? range.unit.replace(/s$/, '') : range.unit;
	const span = range.min === range.max ? `${range.min}` : `${range.min} to ${range.max}`;
	return range.note ? `${span} ${unit} (${range.note})` : `${span} ${unit}`;
}

const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Dates already written, by time value: a site has a few dozen distinct dates and every page shows some. */
const longDates = new Map<number, string>();

/** "21 November 2026": unambiguous for readers on both sides of the Atlantic. */
export function formatDate(date: Date): string {
	const time = date.getTime();
	let text = longDates.get(time);
	if (text === undefined) longDates.set(time, (text = LONG_DATE.format(date)));
	return text;
}

/** "2026-11-21", for <time datetime> and sitemaps. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Joins words as "a, b and c". */
export function listOf(items: readonly string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
