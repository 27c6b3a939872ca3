import { describe, expect, it } from 'vitest';
import { combinedReview } from '../../src/lib/corpus/review-window.ts';

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe('combinedReview', () => {
	it('is as current as the least recently checked entry', () => {
		const out = combinedReview([
			{ lastReviewed: d('2026-11-21'), nextReview: d('2027-11-21') },
			{ lastReviewed: d('2026-06-01'), nextReview: d('2027-03-01') },
		]);
		expect(out).toEqual({ lastReviewed: d('2026-06-01'), nextReview: d('2027-03-01') });
	});
	it('refuses a page made of no entries', () => expect(() => combinedReview([])).toThrow(/at least one/));
});
