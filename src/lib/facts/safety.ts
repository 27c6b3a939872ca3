/**
 * Pure helpers over the label safety fields (src/schemas/safety.ts): headings for each kind of warning,
 * and the rows of the "who should not have what" table that guides render from data.
 */
import type { SafetyStatement, SafetyWarning, WarningKind } from '../../schemas/safety.ts';

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

/**
 * A product's safety: a discontinued product has no current US label, so it may lack the two fields
 * only a label states (src/schemas/product.ts says which); brands, materials and marketed products carry all four.
 */
export type ProductSafetyData = Omit<SafetyData, 'interactions' | 'pregnancyAndBreastfeeding'> &
	Partial<Pick<SafetyData, 'interactions' | 'pregnancyAndBreastfeeding'>>;

/** The names of the safety fields, in the order pages show them. */
export const SAFETY_FIELDS = ['contraindications', 'warnings', 'interactions', 'pregnancyAndBreastfeeding'] as const;

/** A product or material as the contraindications table needs it. */
export interface SafetySubject {
	title: string;
	url: string;
	contraindications: readonly SafetyStatement[];
}

/** One row of the table: the products whose labels rule out the same things, what, and the sources. */
export interface ContraindicationRow {
	products: ReadonlyArray<{ title: string; url: string }>;
	/** The contraindications, in the first product's order. */
	items: readonly string[];
	/** Every source the row's statements cite, each once, in order of first use. */
	sources: readonly string[];
}

/**
 * The rows of the "who should not have what" table: one per product, except that products whose labels
 * rule out exactly the same things share a row (most toxin brands), which keeps the table short enough
 * to read on a phone. Every contraindication in the data appears, so a guide that renders this can never
 * say less than the labels.
 */
export function contraindicationRows(subjects: readonly SafetySubject[]): ContraindicationRow[] {
	const rows = new Map<string, { products: Array<{ title: string; url: string }>; items: string[]; sources: string[] }>();
	for (const s of subjects) {
		const items = s.contraindications.map((c) => c.text);
		const key = JSON.stringify(items);
		const row = rows.get(key) ?? { products: [], items, sources: [] };
		row.products.push({ title: s.title, url: s.url });
		for (const c of s.contraindications) if (!row.sources.includes(c.source)) row.sources.push(c.source);
		rows.set(key, row);
	}
	return [...rows.values()];
}

/** A brand's or material's warnings grouped by kind, kinds in WARNING_LABELS order. */
export function warningsByKind(warnings: readonly SafetyWarning[]): Array<{ kind: WarningKind; label: string; items: SafetyWarning[] }> {
	return (Object.keys(WARNING_LABELS) as WarningKind[])
		.map((kind) => ({ kind, label: WARNING_LABELS[kind], items: warnings.filter((w) => w.kind === kind) }))
		.filter((g) => g.items.length > 0);
}
