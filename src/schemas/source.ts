/** A citable source, listed at /sources/#<id> and numbered on each page that cites it. */
import { z } from 'astro/zod';
import { plainText } from './fragments.ts';

export const SOURCE_KINDS = ['label', 'regulator', 'review', 'trial', 'guideline', 'society', 'health-service'] as const;

export const sourceSchema = z.strictObject({
	/** The title as the publisher gives it. */
	title: plainText('the title as published'),
	/** Who published it: the FDA, a journal, a society, a health service. */
	publisher: plainText('who published it, e.g. U.S. Food and Drug Administration'),
	/** What kind of source it is. */
	kind: z.enum(SOURCE_KINDS, { error: `must be one of: ${SOURCE_KINDS.join(', ')}` }),
	/** A stable https address where a reader can check it. */
	url: z
		.string({ error: 'is required: every source needs a stable https URL a reader can open' })
		.url({ error: 'must be a full URL starting with https://' })
		.startsWith('https://', { error: 'must start with https://' }),
	/** A short name for tight spaces such as tables and emergency cards, e.g. "Botox Cosmetic label". */
	shortTitle: z
		.string()
		.min(3)
		.max(40, { error: 'must be at most 40 characters: it is shown where the full title does not fit' })
		.optional(),
	/** The year of publication or of the label revision cited. */
	year: z.number({ error: 'must be a year, e.g. 2023' }).int().min(1950).max(2100),
	/** Authors in citation style, e.g. "Satriyasa BK, et al." (journal articles only). */
	authors: z.string().optional(),
	/** Journal name for articles. */
	journal: z.string().optional(),
	/** Set true while the source is added: it stays out of production builds and no published page may cite it. */
	draft: z.boolean().default(false),
});
export type SourceData = z.output<typeof sourceSchema>;
