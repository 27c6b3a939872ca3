/** A neuromodulator brand (Botox Cosmetic, Dysport, ...). */
import { z } from 'astro/zod';
import { isoDate, plainText, range, ref } from './fragments.ts';
import { pageFields, withPageRules } from './page.ts';
import { safetyFields } from './safety.ts';

/** One FDA approval: the indication, when, and the labelled dose where there is one. */
export const approval = z.strictObject({
	/** Date of the FDA approval, YYYY-MM-DD. */
	date: isoDate,
	/** What it was approved to treat, in plain words. */
	indication: plainText('the approved indication in plain words'),
	/** "aesthetic" for cosmetic lines, "medical" for conditions such as migraine or spasticity. */
	use: z.enum(['aesthetic', 'medical'], { error: 'must be "aesthetic" or "medical"' }),
	/** The treatment area this approval covers, if it maps to one (an id in src/content/areas/). */
	area: ref('areas').optional(),
	/**
	 * The labelled total dose in this brand's own units: one number (20) or, where the label gives a
	 * choice by severity, a range ({ min: 26, max: 36 }).
	 */
	doseUnits: z
		.union([z.number().positive(), z.strictObject({ min: z.number().positive(), max: z.number().positive() })], {
			error: 'must be a number of units, e.g. 20, or a range such as { min: 26, max: 36 }',
		})
		.transform((d) => (typeof d === 'number' ? { min: d, max: d } : d))
		.optional(),
	/** The source that documents this approval (a label or FDA page). */
	source: ref('sources'),
});

export const neuromodulatorSchema = withPageRules(
	z
		.strictObject({
			...pageFields,
			/** The nonproprietary name on the label, e.g. "onabotulinumtoxinA". */
			genericName: plainText('the nonproprietary name, e.g. onabotulinumtoxinA'),
			/** The company that holds the US licence. */
			manufacturer: plainText('the company that makes it'),
			/** Names the same product is sold under elsewhere. */
			otherNames: z.array(z.strictObject({ name: z.string().min(1), where: z.string().min(1) })).default([]),
			/** Every FDA approval, oldest first. */
			approvals: z.array(approval).min(1, { error: 'needs at least one approval' }),
			/** What is in the vial besides the toxin, in plain words, with its source. */
			formulation: z.strictObject({
				/** Whether the toxin comes with the bacterial complexing proteins. */
				complexingProteins: z.boolean(),
				/** Whether human serum albumin is an excipient. */
				humanAlbumin: z.boolean(),
				/** Other traits that matter to a reader (storage, stabiliser, ...). */
				traits: z.array(z.string().min(1)).default([]),
				/** The source for these traits (usually the label). */
				source: ref('sources'),
			}),
			/**
			 * When an effect is first seen after treatment. Leave it out when no label or checkable trial
			 * states it: the page then says so instead of showing a weakly sourced number.
			 */
			onset: range(['days']).optional(),
			/** How long the effect usually lasts. */
			duration: range(['months', 'weeks']),
			/** The label's cap on the total dose one person gets across all uses in a period, if it states one. */
			doseLimit: z
				.strictObject({
					/** The most units in the period. */
					units: z.number().positive(),
					/** The length of the period in months. */
					months: z.number().positive(),
					/** The label that states the cap. */
					source: ref('sources'),
				})
				.optional(),
			/**
			 * The label's most units in one session when several approved areas are treated together
			 * (Xeomin: frown lines, forehead lines and crow's feet at once), if it states one.
			 */
			sessionMax: z
				.strictObject({
					/** The most units in the one session. */
					units: z.number().positive(),
					/** The approved areas treated together (area ids, each with an approval above). */
					areas: z.array(ref('areas')).min(2, { error: 'list the two or more areas treated together' }),
					/** The label that states the maximum. */
					source: ref('sources'),
				})
				.optional(),
			/** Treatment areas where it is used without FDA approval (off-label). */
			offLabelAreas: z.array(ref('areas')).default([]),
			/** The boxed warning in plain words. */
			boxedWarning: plainText('the boxed warning in plain words', 40),
			/** The label's safety: contraindications, warnings, interactions, pregnancy and breastfeeding, each cited. */
			...safetyFields,
		})
		.superRefine((d, ctx) => {
			// A combined maximum only makes sense for areas the brand is approved for.
			const approved = new Set(d.approvals.map((a) => a.area));
			d.sessionMax?.areas.forEach((area, i) => {
				if (!approved.has(area)) {
					ctx.addIssue({
						code: 'custom',
						path: ['sessionMax', 'areas', i],
						message: `"${area}" has no approval in approvals: add the approval or remove the area`,
					});
				}
			});
		}),
);
export type NeuromodulatorData = z.output<typeof neuromodulatorSchema>;
