import { describe, expect, it } from 'vitest';
import { daysFromArgs, formatReviewsDue, reviewsDue, type ReviewableFile } from '../../src/lib/corpus/review-due.ts';
import { loadContentFiles } from '../../src/disk/content-files.ts';
import { copyFixture, edit } from './helpers.ts';

const TODAY = new Date('2026-11-21T18:00:00Z');
const file = (id: string, nextReview: string | undefined, extra: Record<string, unknown> = {}): ReviewableFile => ({
	collection: 'areas',
	entry: {
		id,
		filePath: `src/content/areas/${id}.mdx`,
		data: { title: `Area ${id}`, ...(nextReview ? { nextReview: new Date(`${nextReview}T00:00:00Z`) } : {}), ...extra },
	},
});

describe('reviewsDue', () => {
	const files = [
		file('later', '2027-06-01'),
		file('soon', '2027-01-10'),
		file('edge', '2027-01-20'),
		file('past', '2026-10-01'),
		file('today', '2026-11-21'),
		file('none', undefined),
	];

	it('lists overdue and upcoming reviews within 60 days, soonest first', () => {
		const due = reviewsDue(files, { today: TODAY });
		expect(due.map((d) => [d.id, d.daysLeft])).toEqual([
			['past', -51],
			['today', 0],
			['soon', 50],
			['edge', 60],
		]);
	});

	it('takes another window', () => {
		expect(reviewsDue(files, { today: TODAY, days: 0 }).map((d) => d.id)).toEqual(['past', 'today']);
		expect(reviewsDue(files, { today: TODAY, days: 365 }).map((d) => d.id)).toContain('later');
	});

	it('prints the date, the state, the file and the title, overdue marked', () => {
		const out = formatReviewsDue(
			reviewsDue([file('past', '2026-11-20'), file('soon', '2026-12-01', { draft: true })], { today: TODAY }),
			60,
		);
		expect(out).toBe(
			[
				'! 2026-11-20  OVERDUE by 1 day      src/content/areas/past.mdx  Area past',
				'  2026-12-01  due in 10 days        src/content/areas/soon.mdx  Area soon (draft)',
				'',
				'2 entries due within 60 days, 1 overdue (marked !).',
				'Check each against its sources, then set lastReviewed to today and nextReview to the next date.',
			].join('\n'),
		);
		expect(formatReviewsDue([], 60)).toBe('Nothing is due for review in the next 60 days.');
	});

	it('reads entries loaded from content files', () => {
		const dir = copyFixture();
		edit(dir, 'myths/myth-two.mdx', 'nextReview: 2027-11-01', 'nextReview: 2026-12-24');
		const due = reviewsDue(loadContentFiles(dir, dir).files, { today: TODAY });
		expect(due).toEqual([expect.objectContaining({ collection: 'myths', id: 'myth-two', file: 'myths/myth-two.mdx', daysLeft: 33 })]);
	});
});

describe('daysFromArgs', () => {
	it('defaults to 60 and reads --days', () => {
		expect(daysFromArgs([])).toBe(60);
		expect(daysFromArgs(['--days', '90'])).toBe(90);
		expect(() => daysFromArgs(['--days', 'soon'])).toThrow('--days needs a whole number of days, e.g. --days 90 (got "soon")');
	});
});
