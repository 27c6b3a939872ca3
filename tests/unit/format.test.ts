import { describe, expect, it } from 'vitest';
import { formatDate, formatRange, isoDay, listOf } from '../../src/lib/text/format.ts';

describe('formatRange', () => {
	it('writes a span with its unit', () => expect(formatRange({ min: 3, max: 4, unit: 'months' })).toBe('3 to 4 months'));
	it('writes a single value once', () => expect(formatRange({ min: 6, max: 6, unit: 'months' })).toBe('6 months'));
	it('uses the singular for one', () => expect(formatRange({ min: 1, max: 1, unit: 'days' })).toBe('1 day'));
	it('appends a note', () =>
		expect(formatRange({ min: 2, max: 5, unit: 'years', note: 'with top-ups' })).toBe('2 to 5 years (with top-ups)'));
});

describe('dates and lists', () => {
	const date = new Date('2026-11-21T00:00:00Z');
	it('formats a long date', () => expect(formatDate(date)).toBe('21 November 2026'));
	it('formats an ISO day', () => expect(isoDay(date)).toBe('2026-11-21'));
	it('joins lists in prose', () => {
		expect(listOf([])).toBe('');
		expect(listOf(['a'])).toBe('a');
		expect(listOf(['a', 'b', 'c'])).toBe('a, b and c');
	});
});
