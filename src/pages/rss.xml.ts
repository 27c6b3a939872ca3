import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { entriesOf } from '../data/content.ts';
import { FEED_COLLECTIONS, KIND_LABELS } from '../lib/site/kinds.ts';
import { SITE_NAME } from '../lib/site/seo.ts';
import { urlFor } from '../lib/site/urls.ts';

/** Guides and entries, most recently reviewed first: a review is the news on a reference site. */
export const GET: APIRoute = async ({ site }) => {
	const pages = (
		await Promise.all(FEED_COLLECTIONS.map(async (c) => (await entriesOf(c)).map((e) => ({ collection: c, entry: e }))))
	).flat();
	pages.sort((a, b) => b.entry.data.lastReviewed.getTime() - a.entry.data.lastReviewed.getTime() || a.entry.id.localeCompare(b.entry.id));
	return rss({
		title: `${SITE_NAME}: new and reviewed pages`,
		description: 'Guides, brands, filler materials, treatment areas and myth checks, newest review first.',
		site: site!,
		items: pages.map(({ collection, entry }) => ({
			title: entry.data.title,
			link: urlFor(collection, entry.id),
			description: entry.data.description,
			pubDate: entry.data.lastReviewed,
			categories: [KIND_LABELS[collection].one],
		})),
		customData: '<language>en</language>',
	});
};
