import { describe, expect, it } from 'vitest';
import { reviewDatesByPath } from '../../src/disk/review-dates.ts';
import { copyFixture, edit, VALID_FIXTURE } from './helpers.ts';

describe('reviewDatesByPath', () => {
	it('dates every entry page from its lastReviewed, and leaves out anchored collections', () => {
		const dates = reviewDatesByPath(VALID_FIXTURE);
		expect(dates.get('/neuromodulators/brand-one/')).toBe('2026-11-01');
		expect([...dates.keys()].some((p) => p.startsWith('/sources/'))).toBe(false);
	});
	it('dates a comparison page by the later review of its two entries', () => {
		const dir = copyFixture();
		edit(dir, 'fillers/filler-two.mdx', 'lastReviewed: 2026-11-01', 'lastReviewed: 2026-12-24');
		const dates = reviewDatesByPath(dir);
		expect(dates.get('/compare/brand-one-vs-filler-two/')).toBe('2026-12-24');
		expect(dates.get('/compare/brand-one-vs-filler-one/')).toBe('2026-11-01');
		expect(dates.get('/compare/neuromodulators-vs-fillers/')).toBe('2026-12-24');
	});
});
