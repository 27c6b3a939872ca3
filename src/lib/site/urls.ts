/** URL and key helpers for entries. Every internal link to an entry is built here. */
import { KINDS, type CollectionName } from './kinds.ts';

/** A collection-qualified entry key, e.g. "areas/lips". */
export type EntryKey = `${CollectionName}/${string}`;

export const keyOf = (collection: CollectionName, id: string): EntryKey => `${collection}/${id}`;

/** Splits "areas/lips" into its collection and id. */
export function parseKey(key: string): { collection: CollectionName; id: string } {
	const slash = key.indexOf('/');
	return { collection: key.slice(0, slash) as CollectionName, id: key.slice(slash + 1) };
}

/** The site path of an entry: its own page, or an anchor on its collection's page (the registry's `page` and `route`). */
export function urlFor(collection: CollectionName, id: string): string {
	const { page, route } = KINDS[collection];
	return page === 'anchor' ? `/${route}/#${id}` : `/${route}/${id}/`;
}

/** The index page of a collection, e.g. "/areas/". */
export const indexUrl = (collection: CollectionName): string => `/${KINDS[collection].route}/`;

export const urlForKey = (key: string) => {
	const { collection, id } = parseKey(key);
	return urlFor(collection, id);
};

/** Whether entries of this collection have a page of their own. */
export const hasOwnPage = (collection: CollectionName) => KINDS[collection].page !== 'anchor';

/** A comparison page, "/compare/<a>-vs-<b>/" (generated pairs, product pairs, the class-level page), or with no slug the comparisons hub. */
export const compareUrl = (slug?: string): string => `/compare/${slug ? `${slug}/` : ''}`;

/** The treatment finder: its start, a concern's page, or a concern and region's answer. */
export const finderUrl = (concern?: string, region?: string): string =>
	`/finder/${concern ? `${concern}/` : ''}${concern && region ? `${region}/` : ''}`;
