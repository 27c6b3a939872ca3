/**
 * Pure helpers over the label safety fields (src/schemas/safety.ts): headings for each kind of warning,
 * and the rows of the "who should not have what" table that guides render from data.
 */
import type { SafetyStatement, SafetyWarning, WarningKind } from '../schemas/safety.ts';

/** The heading a reader sees for each kind of label warning. */
export const WARNING_LABELS: Record<WarningKind, string> = {
	'distant-spread': 'Spread of the toxin effect',
	'allergic-reaction': 'Serious allergic reaction',
	'swallowing-breathing': 'Swallowing and breathing',
	'heart-disease': 'Heart disease',
	'neuromuscular-disorder': 'Nerve and muscle disorders',
	eye: 'Eyes',
	'driving-machinery': 'Driving and machinery',
	'vessel-occlusion': 'Blocked blood vessel',
	infection: 'Infection',
	'nodules-granulomas': 'Lumps and granulomas',
	'scarring-pigment': 'Scarring and skin colour',
	other: 'Other label warnings',
};

/** The safety fields every brand, material and product carries. */
export interface SafetyData {
	contraindications: readonly SafetyStatement[];
	warnings: readonly SafetyWarning[];
	interactions: readonly SafetyStatement[];
	pregnancyAndBreastfeeding: { pregnancy: SafetyStatement; breastfeeding: SafetyStatement };
}

/** The names of the safety fields, in the order pages show them. */
export const SAFETY_FIELDS = ['contraindications', 'warnings', 'interactions', 'pregnancyAndBreastfeeding'] as const;

/** A product or material as the contraindications table needs it. */
export interface SafetySubject {
	title: string;
	url: string;
	contraindications: readonly SafetyStatement[];
}

/** One row of the table: the subject and what its label rules out. */
export interface ContraindicationRow {
	title: string;
	url: string;
	items: readonly SafetyStatement[];
}

/**
 * The rows of the "who should not have what" table, one per subject in the order given. Every
 * contraindication in the data appears, so a guide that renders this can never say less than the labels.
 */
export function contraindicationRows(subjects: readonly SafetySubject[]): ContraindicationRow[] {
	return subjects.map((s) => ({ title: s.title, url: s.url, items: s.contraindications }));
}

/** A brand's or material's warnings grouped by kind, kinds in WARNING_LABELS order. */
export function warningsByKind(warnings: readonly SafetyWarning[]): Array<{ kind: WarningKind; label: string; items: SafetyWarning[] }> {
	return (Object.keys(WARNING_LABELS) as WarningKind[])
		.map((kind) => ({ kind, label: WARNING_LABELS[kind], items: warnings.filter((w) => w.kind === kind) }))
		.filter((g) => g.items.length > 0);
}
