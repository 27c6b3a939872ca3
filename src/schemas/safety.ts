/**
 * Label safety as typed, cited data. Every neuromodulator brand, filler material and filler product
 * carries these fields, read from its label (or, for a material with no label of its own, from the labels
 * of its products and authoritative reviews). Pages and guides render them through components, so no page
 * can say less than the label, and removing a statement here removes it everywhere.
 *
 * Plain Zod (no `astro:*` imports): the build, the linter and unit tests share it.
 */
import { z } from 'astro/zod';
import { plainText, ref } from './fragments.ts';

/** One statement read from a label or authoritative source, in plain words, with that source. */
export const safetyStatement = z.strictObject({
	/** The statement in plain words: one or two short sentences, written by us, never copied. */
	text: plainText('the statement in plain words, e.g. "People allergic to cow\'s milk protein"'),
	/** The source (an id in src/content/sources/) that states it: the label wherever one exists. */
	source: ref('sources'),
});
export type SafetyStatement = z.output<typeof safetyStatement>;

/**
 * The kinds of warning a label gives. The kind decides the heading a reader sees and which emergency
 * card applies; `other` is for a label warning that fits none of them.
 */
export const WARNING_KINDS = [
	'distant-spread',
	'allergic-reaction',
	'swallowing-breathing',
	'heart-disease',
	'neuromuscular-disorder',
	'eye',
	'driving-machinery',
	'vessel-occlusion',
	'infection',
	'nodules-granulomas',
	'scarring-pigment',
	'other',
] as const;
export type WarningKind = (typeof WARNING_KINDS)[number];

/** One label warning: its kind, the statement and its source. */
export const safetyWarning = safetyStatement.extend({
	/** What the warning is about; decides its heading and emergency card. */
	kind: z.enum(WARNING_KINDS, { error: `must be one of: ${WARNING_KINDS.join(', ')}` }),
});
export type SafetyWarning = z.output<typeof safetyWarning>;

/** What the label says about pregnancy and about breastfeeding, each with its source. */
export const pregnancyAndBreastfeeding = z.strictObject({
	/** What is known about treatment during pregnancy, in plain words. */
	pregnancy: safetyStatement,
	/** What is known about treatment while breastfeeding, in plain words. */
	breastfeeding: safetyStatement,
});

/**
 * A Zod error message that tells a missing field (the editor left it out) from a wrong one: "is required"
 * with what to write, or "must be" with the shape.
 */
const requiredOr = (missing: string, wrong: string) => (issue: { input?: unknown }) =>
	issue.input === undefined ? `is required: ${missing}` : wrong;

/** The four safety fields, spread into the brand, filler and product schemas. */
export const safetyFields = {
	/** Who must not be treated (the label's contraindications), one statement each. */
	contraindications: z
		.array(safetyStatement, {
			error: requiredOr(
				"list the label's contraindications, each as { text, source }, e.g. - { text: People allergic to any ingredient, source: fda-label-x }",
				'must be a list of { text, source } statements from the label',
			),
		})
		.min(1, { error: 'list at least one contraindication from the label, each with its source' }),
	/** The label's warnings and precautions, one statement each with its kind. */
	warnings: z
		.array(safetyWarning, {
			error: requiredOr(
				`list the label's warnings, each as { kind, text, source }; kind is one of: ${WARNING_KINDS.join(', ')}`,
				'must be a list of { kind, text, source } warnings from the label',
			),
		})
		.min(1, { error: "list the label's warnings, each with its kind and source" }),
	/** Medicines or treatments that interact (the label's drug interactions); [] only if the label names none. */
	interactions: z.array(safetyStatement, {
		error: requiredOr(
			'list the medicines the label says interact, each as { text, source }; write interactions: [] only if the label names none',
			'must be a list of { text, source } statements ([] if the label names none)',
		),
	}),
	/** Pregnancy and breastfeeding, each with its source. */
	pregnancyAndBreastfeeding: z.strictObject(pregnancyAndBreastfeeding.shape, {
		error: requiredOr(
			'write what the label says, as pregnancyAndBreastfeeding: { pregnancy: { text, source }, breastfeeding: { text, source } }',
			'must be { pregnancy: { text, source }, breastfeeding: { text, source } }',
		),
	}),
};
