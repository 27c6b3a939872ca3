/**
 * Review dates of a page built from several entries (a comparison, a finder answer). Such a page is only
 * as fresh as the least recently checked entry it shows, and it is due for review as soon as the first of
 * them is due, so it reports the older `lastReviewed` and the sooner `nextReview`.
 */

export interface ReviewDates {
	lastReviewed: Date;
	nextReview: Date;
}

/** The review dates of a page that shows all of `entries`. Throws on an empty list: such a page shows nothing to review. */
export function combinedReview(entries: readonly ReviewDates[]): ReviewDates {
	if (entries.length === 0) throw new Error('combinedReview: a page needs at least one entry to take its review dates from');
	const times = (pick: (e: ReviewDates) => Date) => entries.map((e) => pick(e).getTime());
	return {
		lastReviewed: new Date(Math.min(...times((e) => e.lastReviewed))),
		nextReview: new Date(Math.min(...times((e) => e.nextReview))),
	};
}
