/**
 * `npm run review-due`: which entries need their facts checked again soon. Pure: takes loaded files and
 * "today", returns the entries whose `nextReview` has passed or falls within the window, soonest first.
 */
import type { CollectionName } from '../../schemas/fragments.ts';
import { isoDay } from '../text/format.ts';

/** The default look-ahead, in days. */
export const REVIEW_WINDOW_DAYS = 60;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The part of a loaded file this report reads (LoadedFile from content-files.ts fits). */
export interface ReviewableFile {
	collection: CollectionName;
	entry: { id: string; filePath: string; data: Record<string, unknown> };
}

export interface ReviewDue {
	collection: CollectionName;
	id: string;
	file: string;
	title: string;
	nextReview: Date;
	/** Days from today to nextReview; negative when overdue. */
	daysLeft: number;
	draft: boolean;
}

/** Midnight UTC of the given moment's UTC day, so "due today" does not depend on the hour. */
const startOfDay = (date: Date) => Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());

/** Entries whose nextReview is before today + `days`, sorted by date (overdue first), then by file. */
export function reviewsDue(
	files: readonly ReviewableFile[],
	{ today, days = REVIEW_WINDOW_DAYS }: { today: Date; days?: number },
): ReviewDue[] {
	const start = startOfDay(today);
	return files
		.flatMap(({ collection, entry }) => {
			const { nextReview, title, term, claim, draft } = entry.data as {
				nextReview?: unknown;
				title?: string;
				term?: string;
				claim?: string;
				draft?: boolean;
			};
			if (!(nextReview instanceof Date)) return [];
			const daysLeft = Math.round((startOfDay(nextReview) - start) / DAY_MS);
			if (daysLeft > days) return [];
			return [
				{
					collection,
					id: entry.id,
					file: entry.filePath,
					title: title ?? term ?? claim ?? entry.id,
					nextReview,
					daysLeft,
					draft: draft === true,
				},
			];
		})
		.sort((a, b) => a.nextReview.getTime() - b.nextReview.getTime() || a.file.localeCompare(b.file));
}

/** "in 12 days", "today", "OVERDUE by 3 days". */
function when(daysLeft: number): string {
	const n = Math.abs(daysLeft);
	const span = `${n} day${n === 1 ? '' : 's'}`;
	if (daysLeft < 0) return `OVERDUE by ${span}`;
	return daysLeft === 0 ? 'due today' : `due in ${span}`;
}

/** The report as printed: one line per entry, then a count. */
export function formatReviewsDue(due: readonly ReviewDue[], days: number): string {
	if (due.length === 0) return `Nothing is due for review in the next ${days} days.`;
	const overdue = due.filter((d) => d.daysLeft < 0).length;
	const lines = due.map(
		(d) =>
			`${d.daysLeft < 0 ? '!' : ' '} ${isoDay(d.nextReview)}  ${when(d.daysLeft).padEnd(20)}  ${d.file}  ${d.title}${d.draft ? ' (draft)' : ''}`,
	);
	return [
		...lines,
		'',
		`${due.length} entr${due.length === 1 ? 'y' : 'ies'} due within ${days} days, ${overdue} overdue (marked !).`,
		'Check each against its sources, then set lastReviewed to today and nextReview to the next date.',
	].join('\n');
}

/** Reads `--days N` from command-line arguments; throws with the fix on a bad value. */
export function daysFromArgs(args: readonly string[]): number {
	const index = args.indexOf('--days');
	if (index === -1) return REVIEW_WINDOW_DAYS;
	const value = Number(args[index + 1]);
	if (!Number.isInteger(value) || value < 0)
		throw new Error(`--days needs a whole number of days, e.g. --days 90 (got "${args[index + 1] ?? ''}")`);
	return value;
}
