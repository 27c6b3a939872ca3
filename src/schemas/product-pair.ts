/**
 * A curated comparison of two filler products that readers search for ("Voluma vs Sculptra"). One YAML
 * file per pair, named `<a>-vs-<b>.yaml` with the ids in alphabetical order, shown at /compare/<a>-vs-<b>/.
 * The table comes from the two products' data; `difference` is the paragraph we write on what differs.
 */
import { z } from 'astro/zod';
import { plainText, ref, reviewFields, sourceRefs, withReviewOrder } from './fragments.ts';

export const productPairSchema = withReviewOrder(
	z.strictObject({
		/** The first product id, alphabetically. */
		a: ref('products'),
		/** The second product id, alphabetically. */
		b: ref('products'),
		/** 2-4 plain sentences, written by us, on what actually differs between the two. */
		difference: plainText('2-4 plain sentences on what actually differs', 80).pipe(
			z.string().max(900, { error: 'is too long: keep it to 2-4 sentences (at most 900 characters)' }),
		),
		/** The sources the paragraph relies on (ids in src/content/sources/). */
		sources: sourceRefs,
		/** Set true to keep the comparison off the site while it is written. */
		draft: z.boolean().default(false),
		...reviewFields,
	}),
).refine((d) => d.a < d.b, {
	error: 'a and b must be two different product ids in alphabetical order (swap them), and the file named <a>-vs-<b>.yaml',
	path: ['b'],
});
export type ProductPairData = z.output<typeof productPairSchema>;
