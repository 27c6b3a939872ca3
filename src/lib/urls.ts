/** URL and key helpers for entries. Every internal link to an entry is built here. */
import type { CollectionName } from '../schemas/fragments.ts';

/** A collection-qualified entry key, e.g. "areas/lips". */
export type EntryKey = `${CollectionName}/${string}`;

export const keyOf = (collection: CollectionName, id: string): EntryKey => `${collection}/${id}`;

/** Splits "areas/lips" into its collection and id. */
export function parseKey(key: string): { collection: CollectionName; id: string } {
	const slash = key.indexOf('/');
	return { collection: key.slice(0, slash) as CollectionName, id: key.slice(slash + 1) };
}

/** Collections whose entries are fragments of one page rather than pages of their own. */
const ANCHORED: Partial<Record<CollectionName, true>> = { glossary: true, sources: true };

/** Collections whose pages live under another collection's path: product pairs are comparisons. */
const PAGE_PREFIX: Partial<Record<CollectionName, string>> = { 'product-pairs': 'compare' };

/** The site path of an entry: its own page, or an anchor on its collection's page. */
export function urlFor(collection: CollectionName, id: string): string {
	return ANCHORED[collection] ? `/${collection}/#${id}` : `/${PAGE_PREFIX[collection] ?? collection}/${id}/`;
}

export const urlForKey = (key: string) => {
	const { collection, id } = parseKey(key);
	return urlFor(collection, id);
};

/** Whether entries of this collection have a page of their own. */
export const hasOwnPage = (collection: CollectionName) => !ANCHORED[collection];
