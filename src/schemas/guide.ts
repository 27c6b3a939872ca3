/** A long-form article. */
import { z } from 'astro/zod';
import { pageFields, withPageRules } from './page.ts';

export const GUIDE_CATEGORIES = ['basics', 'safety', 'treatment', 'medical', 'choosing'] as const;

export const guideSchema = withPageRules(
	z.strictObject({
		...pageFields,
		/** The section of the guides index it is listed under. */
		category: z.enum(GUIDE_CATEGORIES, { error: `must be one of: ${GUIDE_CATEGORIES.join(', ')}` }),
		/** Optional place within its category on the guides index and in previous/next (1 comes first); guides without it follow, by title. */
		order: z
			.number({ error: 'must be a whole number such as 1' })
			.int({ error: 'must be a whole number such as 1' })
			.min(1, { error: 'must be 1 or more' })
			.optional(),
		/** 3-6 points a skimming reader should leave with. */
		keyTakeaways: z
			.array(z.string().min(1))
			.min(3, { error: 'list at least 3 key takeaways' })
			.max(6, { error: 'list at most 6 key takeaways' }),
		/** Questions answered at the end of the page (plain text answers). */
		faq: z.array(z.strictObject({ question: z.string().min(1), answer: z.string().min(1) })).default([]),
	}),
);
export type GuideData = z.output<typeof guideSchema>;
