/**
 * An FDA-approved filler product (Juvéderm Voluma XC, Restylane Kysse, Bellafill, ...): one PMA-approved
 * device, its maker, its material, each approved indication with the areas it covers, and its label's
 * safety fields. Area pages, material pages, the finder and comparisons derive from these fields, so a
 * product's approvals are typed once, here.
 */
import { z } from 'astro/zod';
import { isoDate, plainText, ref } from './fragments.ts';
import { pageFields, withPageRules } from './page.ts';
import { safetyFields } from './safety.ts';

/** A PMA number as the FDA writes it: "P" and six digits, e.g. P110033 (supplements are per approval). */
export const PMA_PATTERN = /^P\d{6}$/;
/** The stand-in PMA number of a scaffolded draft (src/lib/corpus/scaffold.ts). */
export const PMA_PLACEHOLDER = 'P000000';
/** A PMA supplement number: "S" and three digits, e.g. S020. */
export const SUPPLEMENT_PATTERN = /^S\d{3}$/;

/** Whether the product is sold in the US today. */
export const PRODUCT_STATUSES = ['marketed', 'discontinued'] as const;

/**
 * The safety fields a discontinued product may leave out. A product no longer sold has no current US
 * label to read interactions or pregnancy advice from; its FDA approval records still state who must not
 * have it and its warnings, so those two stay required for every product.
 */
export const OPTIONAL_WHEN_DISCONTINUED = ['interactions', 'pregnancyAndBreastfeeding'] as const;

/** What is known about a product leaving the US market, with the source that says so. */
export const discontinuedNote = z.strictObject(
	{
		/** One or two plain sentences: who stopped selling it and when, as the source states it. */
		text: plainText('who stopped selling it and when, as the source states it'),
		/** The source (an id in src/content/sources/) that states it. */
		source: ref('sources'),
	},
	{ error: 'must be { text, source }: what is known about the product leaving the US market, and the source that says so' },
);

/** One FDA-approved indication: what, when, where on the body, from what age, and the record that says so. */
export const productApproval = z.strictObject(
	{
		/** The approved use in plain words, e.g. "Cheek augmentation to correct age-related volume loss". */
		indication: plainText('the approved use in plain words'),
		/** The PMA or PMA-supplement decision date, YYYY-MM-DD. */
		date: isoDate,
		/** The PMA supplement that approved this indication, "S" and three digits (leave out for the original PMA). */
		supplement: z
			.string({ error: 'must be a PMA supplement number such as S020' })
			.regex(SUPPLEMENT_PATTERN, { error: 'must be "S" and three digits, e.g. S020, as the FDA PMA database writes it' })
			.optional(),
		/** The treatment areas (ids in src/content/areas/) this indication covers. */
		areas: z
			.array(ref('areas'), { error: 'must be a list of area ids, e.g. [cheeks]' })
			.min(1, { error: 'list at least one area id from src/content/areas/ that this approval covers' }),
		/** The label's minimum age for this indication, in years. */
		minimumAge: z.number({ error: 'must be an age in years, e.g. 21' }).int().min(0).max(100),
		/** The FDA record or label (an id in src/content/sources/) that documents this approval. */
		source: ref('sources'),
	},
	{ error: 'must be an approval: { indication, date, areas, minimumAge, source }' },
);
export type ProductApproval = z.output<typeof productApproval>;

export const productSchema = withPageRules(
	z.strictObject({
		...pageFields,
		/** The PMA holder as readers know it, e.g. "Allergan Aesthetics (an AbbVie company)". */
		maker: plainText('the company that holds the approval, as readers know it'),
		/** The filler material (an id in src/content/fillers/), e.g. hyaluronic-acid. */
		material: ref('fillers'),
		/** The original PMA number: "P" and six digits, e.g. P110033. */
		pma: z.string({ error: 'is required: the original PMA number, e.g. P110033' }).regex(PMA_PATTERN, {
			error: 'must be "P" and six digits with no hyphen or supplement, e.g. P110033 (put a supplement such as S020 on its approval)',
		}),
		/** Whether it is sold in the US today. */
		status: z.enum(PRODUCT_STATUSES, { error: `must be one of: ${PRODUCT_STATUSES.join(', ')}` }),
		/** Whether the product contains lidocaine (a numbing medicine). */
		lidocaine: z.boolean({ error: 'must be true or false: does the product contain lidocaine?' }),
		/** Each FDA-approved indication, oldest first. */
		approvals: z
			.array(productApproval, { error: 'must be a list of approvals' })
			.min(1, { error: 'list at least one FDA approval: { indication, date, areas, minimumAge, source }' }),
		/** What the label's pivotal study showed about how long results last, in the label's own terms. */
		labelDuration: z
			.strictObject({
				/** The wording a page shows, e.g. "up to 24 months in the cheek". */
				text: plainText('the duration as the label states it, e.g. "up to 24 months in the cheek"'),
				/** The number of months, for tables and sorting. */
				months: z.number({ error: 'must be a number of months, e.g. 24' }).positive(),
				/** The area (id) the duration was measured in. */
				area: ref('areas'),
				/** The label or SSED (an id in src/content/sources/) that states it. */
				source: ref('sources'),
			})
			.optional(),
		/** Names used in other countries, where they differ. */
		otherNames: z.array(z.strictObject({ name: z.string().min(1), where: z.string().min(1) })).default([]),
		/**
		 * Required when status is discontinued (and only then): what is known about the product leaving the
		 * US market, with its source. The page shows it near the top, so no reader takes it for an option.
		 */
		discontinued: discontinuedNote.optional(),
		...safetyFields,
		// Optional here only so a discontinued product may leave them out; the rule below makes a marketed
		// product carry them, with the same message the schema gives a brand or material.
		interactions: safetyFields.interactions.optional(),
		pregnancyAndBreastfeeding: safetyFields.pregnancyAndBreastfeeding.optional(),
	}),
)
	// The scaffold writes P000000 so a draft validates; a published product must carry its real number.
	.refine((d) => d.draft || d.pma !== PMA_PLACEHOLDER, {
		error: `is the template's placeholder ${PMA_PLACEHOLDER}: write the real PMA number from the FDA PMA database, or keep draft: true`,
		path: ['pma'],
	})
	.refine((d) => d.approvals.every((a, i) => i === 0 || a.date.getTime() >= d.approvals[i - 1]!.date.getTime()), {
		error: 'list approvals oldest first (by date)',
		path: ['approvals'],
	})
	// A product on sale has a current label: every safety field is required. A discontinued one must say
	// what is known about its leaving the market; a marketed one must not carry that note.
	.superRefine((d, ctx) => {
		if (d.status === 'marketed') {
			if (d.interactions === undefined) {
				ctx.addIssue({
					code: 'custom',
					path: ['interactions'],
					message:
						'is required for a marketed product: list the medicines its label says interact, each as { text, source }; write interactions: [] only if the label names none (only a discontinued product, with no current label, may leave it out)',
				});
			}
			if (d.pregnancyAndBreastfeeding === undefined) {
				ctx.addIssue({
					code: 'custom',
					path: ['pregnancyAndBreastfeeding'],
					message:
						'is required for a marketed product: write what its label says, as pregnancyAndBreastfeeding: { pregnancy: { text, source }, breastfeeding: { text, source } } (only a discontinued product, with no current label, may leave it out)',
				});
			}
			if (d.discontinued !== undefined) {
				ctx.addIssue({
					code: 'custom',
					path: ['discontinued'],
					message: 'is only for a product no longer sold in the US: remove it, or set status: discontinued',
				});
			}
		} else if (d.discontinued === undefined) {
			ctx.addIssue({
				code: 'custom',
				path: ['discontinued'],
				message:
					'is required when status is discontinued: write discontinued: { text, source }, saying who stopped selling it and when, with the source that states it',
			});
		}
	});
export type ProductData = z.output<typeof productSchema>;
