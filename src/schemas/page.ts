/** Fields every page-bearing entry (brand, filler, area, guide, myth) shares. */
import { z } from 'astro/zod';
import { anyRef, description, plainText, reviewFields, sourceRefs } from './fragments.ts';

export const pageFields = {
	/** The page heading and the start of the browser title; at most 70 characters. */
	title: plainText('the page heading').pipe(
		z.string().max(70, { error: 'is too long: keep the title to 70 characters' }),
	),
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
