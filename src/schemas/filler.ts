/** A dermal filler material (hyaluronic acid, calcium hydroxylapatite, ...). */
import { z } from 'astro/zod';
import { plainText, range, ref } from './fragments.ts';
import { pageFields, withPageRules } from './page.ts';
import { safetyFields } from './safety.ts';

/** One FDA-approved use of the material, with the year and its source. */
export const fillerApproval = z.strictObject({
	/** What the approval covers, in plain words. */
	indication: plainText('the approved use in plain words'),
	/** The year of the first approval for this use. */
	year: z.number({ error: 'must be a year, e.g. 2006' }).int().min(1980).max(2100),
	/** The treatment area the approval covers, if it maps to one. */
	area: ref('areas').optional(),
	/** The source that documents it (FDA list, PMA summary or label). */
	source: ref('sources'),
});

export const fillerSchema = withPageRules(
	z.strictObject({
		...pageFields,
		/** Abbreviation readers meet, e.g. "HA" or "CaHA". */
		shortName: plainText('the usual abbreviation, e.g. HA'),
		/** How long it stays: temporary, biostimulator, permanent, or the patient's own fat. */
		fillerClass: z.enum(['temporary', 'biostimulator', 'permanent', 'autologous'], {
			error: 'must be one of: temporary, biostimulator, permanent, autologous',
		}),
		/** Whether it works by filling space, by prompting collagen, or both. */
		mechanism: z.enum(['volume', 'biostimulation', 'both'], {
			error: 'must be one of: volume, biostimulation, both',
		}),
		/** Whether an injection can dissolve it (true only for hyaluronic acid). */
		reversible: z.boolean({ error: 'must be true or false' }),
		/** How it can be reversed or corrected, in plain words. */
		reversal: plainText('how it can be reversed or corrected'),
		/** How long results usually last. */
		duration: range(['months', 'years']),
		/** Main product families and who makes them. */
		products: z
			.array(z.strictObject({ family: z.string().min(1), maker: z.string().min(1) }))
			.min(1, { error: 'list at least one product family' }),
		/** The regulatory status in plain words (device class, tissue, ...). */
		fdaStatus: plainText('the FDA status in plain words'),
		/** FDA-approved uses; empty for materials the FDA does not approve as a product (fat). */
		approvals: z.array(fillerApproval).default([]),
		/** Areas where it is used without FDA approval (off-label). */
		offLabelAreas: z.array(ref('areas')).default([]),
		/**
		 * The safety of the material, read from the labels of its products (or, for fat, which has no label,
		 * from authoritative reviews): contraindications, warnings, interactions, pregnancy and breastfeeding.
		 */
		...safetyFields,
		/**
		 * The main risks as 1-4 short phrases, common ones first and the most serious last, with the
		 * sources that state them. Comparison tables show these.
		 */
		mainRisks: z.strictObject(
			{
				/** Short plain phrases, e.g. "Firm lumps (nodules), some long-lasting". */
				items: z
					.array(plainText('a short phrase naming a risk'))
					.min(1, { error: 'list at least one risk' })
					.max(4, { error: 'list at most 4 risks: keep the most important' }),
				/** The sources (ids in src/content/sources/) that state these risks. */
				sources: z.array(ref('sources')).min(1, { error: 'cite at least one source for the risks' }),
			},
			{ error: 'is required: list the main risks with their sources, e.g. mainRisks: { items: [...], sources: [...] }' },
		),
	}),
);
export type FillerData = z.output<typeof fillerSchema>;
