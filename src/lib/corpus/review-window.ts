/**
 * Review dates of pages: the review line of a page built from several entries, and each page's last
 * review date by site path (the sitemap's <lastmod>). Pure: src/disk/review-dates.ts feeds it the
 * content files read from disk.
 */
import { CLASS_SLUG, comparisonPairs } from '../compare/pairs.ts';
import { compareUrl } from '../site/urls.ts';
import { hasOwnPage, parseKey, urlFor } from '../site/urls.ts';
import { isoDay } from '../text/format.ts';
import type { CollectionName } from '../site/kinds.ts';

/** What lastmodByPath reads of a loaded content file. */
export interface ReviewedFile {
	collection: CollectionName;
	entry: { id: string };
	valid?: unknown;
}

/**
 * The date each page was last reviewed, by site path. Comparison pages take the later date of their two
 * entries, since either entry's review can change them; the class-level page takes the latest of them all.
 */
export function lastmodByPath(files: readonly ReviewedFile[]): Map<string, string> {
	const byKey = new Map<string, Date>();
	const dates = new Map<string, string>();
	for (const { collection, entry, valid } of files) {
		const data = valid as { lastReviewed?: Date; draft?: boolean } | undefined;
		if (!data?.lastReviewed || data.draft || !hasOwnPage(collection)) continue;
		byKey.set(`${collection}/${entry.id}`, data.lastReviewed);
		dates.set(urlFor(collection, entry.id), isoDay(data.lastReviewed));
	}
	const ids = (c: 'neuromodulators' | 'fillers') =>
		[...byKey.keys()].filter((k) => parseKey(k).collection === c).map((k) => parseKey(k).id);
	for (const pair of comparisonPairs({ neuromodulators: ids('neuromodulators'), fillers: ids('fillers') })) {
		const later = Math.max(byKey.get(pair.a)!.getTime(), byKey.get(pair.b)!.getTime());
		dates.set(compareUrl(pair.slug), isoDay(new Date(later)));
	}
	// The class-level page shows every brand and material, so any of their reviews can change it.
	const compared = [...byKey].filter(([k]) => ['neuromodulators', 'fillers'].includes(parseKey(k).collection)).map(([, d]) => d.getTime());
	if (compared.length > 0) dates.set(compareUrl(CLASS_SLUG), isoDay(new Date(Math.max(...compared))));
	return dates;
}

/** A review line's two dates. */
export interface Review {
	lastReviewed: Date;
	nextReview: Date;
}

/**
 * The review line of a page built from several entries (a comparison, a finder step): as current as its
 * least recently checked entry, so both dates are the earliest among them. Saying "last reviewed" with
 * the latest date would claim a check the other entries have not had.
 */
export function combinedReview(reviews: readonly Review[]): Review {
	if (reviews.length === 0) throw new Error('combinedReview: a page built from entries needs at least one entry');
	const earliest = (pick: (r: Review) => Date) => new Date(Math.min(...reviews.map((r) => pick(r).getTime())));
	return { lastReviewed: earliest((r) => r.lastReviewed), nextReview: earliest((r) => r.nextReview) };
}
