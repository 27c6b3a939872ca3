/** Fields every page-bearing entry (brand, filler, area, guide, myth) shares. */
import { z } from 'astro/zod';
import { anyRef, description, plainText, reviewFields, sourceRefs, withReviewOrder } from './fragments.ts';

/** The longest <title> search engines show whole; the site name is appended only when it fits. */
export const META_TITLE_MAX = 60;

export const pageFields = {
	/** The page heading and the start of the browser title; at most 70 characters. */
	title: plainText('the page heading').pipe(z.string().max(70, { error: 'is too long: keep the title to 70 characters' })),
	/**
	 * The browser-tab and search-result title when `title` is longer than 60 characters (at most 60).
	 * Search engines cut longer titles, so a long heading needs a short version here.
	 */
	metaTitle: plainText('a short title for browser tabs and search results')
		.pipe(z.string().max(META_TITLE_MAX, { error: `is too long: keep metaTitle to ${META_TITLE_MAX} characters` }))
		.optional(),
	/** Meta and search-result description, 50-160 characters. */
	description,
	/** The answer first: 2-3 plain sentences a reader could stop at, shown in the summary box. */
	summary: plainText('2-3 sentences that answer the page question', 60),
	/** The ids of every source the page cites (numbered in this order in the reference list). */
	sources: sourceRefs,
	/** Other words readers type for this page (brand misspellings, lay terms); used by search. */
	aliases: z.array(z.string().trim().min(1)).default([]),
	/** Hand-picked related pages, written "collection/id". Computed relations are added to these. */
	related: z.array(anyRef).default([]),
	/** Set true to keep a page out of production builds while it is written. */
	draft: z.boolean().default(false),
	...reviewFields,
};

/**
 * The rules every page entry shares beyond single fields: review dates in order, and a title short
 * enough for a browser tab and a search result (or a `metaTitle` that is).
 */
export function withPageRules<T extends z.ZodType<{ lastReviewed: Date; nextReview: Date; title: string; metaTitle?: string | undefined }>>(
	schema: T,
) {
	return withReviewOrder(schema).refine((d) => d.title.length <= META_TITLE_MAX || d.metaTitle !== undefined, {
		error: (issue) => {
			const length = (issue.input as { title?: string } | undefined)?.title?.length ?? 0;
			return `is ${length} characters; browser tabs and search results show at most ${META_TITLE_MAX}. Shorten it, or add metaTitle: (at most ${META_TITLE_MAX} characters) at the end of the frontmatter`;
		},
		path: ['title'],
	});
}
