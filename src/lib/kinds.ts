/** Reader-facing names for each collection, singular and plural, used in labels, breadcrumbs and search. */
import type { CollectionName } from '../schemas/fragments.ts';

/** How a kind is named to readers. `chip` is its short label on the search filters (defaults to `many`). */
export interface KindLabel {
	one: string;
	many: string;
	intro: string;
	chip?: string;
}

export const KIND_LABELS: Record<CollectionName, KindLabel> = {
	neuromodulators: {
		one: 'Neuromodulator brand',
		many: 'Neuromodulators',
		chip: 'Brands',
		intro: 'Botulinum toxin type A brands: what each is approved for, how fast it works, how long it lasts and its boxed warning.',
	},
	fillers: {
		one: 'Filler material',
		many: 'Dermal fillers',
		chip: 'Fillers',
		intro: 'The materials injected to restore volume or prompt collagen: how long each lasts, whether it can be reversed and its risks.',
	},
	areas: {
		one: 'Treatment area',
		many: 'Treatment areas',
		chip: 'Areas',
		intro: 'Each area of the face and body: what causes the concern, which treatments fit, and what is approved or off-label.',
	},
	guides: {
		one: 'Guide',
		many: 'Guides',
		intro: 'Long-form answers: how the treatments work and differ, safety and emergencies, what to expect, and how to choose.',
	},
	myths: {
		one: 'Myth check',
		many: 'Myths and facts',
		chip: 'Myths',
		intro: 'Popular beliefs about injectables, each checked against the evidence.',
	},
	products: {
		one: 'Filler product',
		many: 'Filler products',
		intro: 'Each FDA-approved filler product by name: who makes it, what it is made of, what and where it is approved for, and its label warnings.',
	},
	'product-pairs': {
		one: 'Product comparison',
		many: 'Product comparisons',
		intro: 'Two filler products side by side, from their approvals and labels, with what actually differs.',
	},
	glossary: {
		one: 'Glossary term',
		many: 'Glossary',
		intro: 'Plain-language definitions of the medical terms used on this site.',
	},
	sources: {
		one: 'Source',
		many: 'Sources',
		intro: 'Every source this site cites: drug labels, regulators, peer-reviewed reviews, professional societies and health services.',
	},
};

/** Collections left out of site search: sources are reference material, reached from the pages citing them. */
// Product pairs are comparison pages: they are found under the Comparison kind, not a kind of their own.
const NOT_SEARCHED: ReadonlySet<string> = new Set(['sources', 'product-pairs']);

/** The collections search covers, in registry order: a new collection joins search by being added above. */
export const SEARCHED_COLLECTIONS = (Object.keys(KIND_LABELS) as CollectionName[]).filter((c) => !NOT_SEARCHED.has(c));

/** Comparison pages (/compare/<a>-vs-<b>/) are not a collection but are a kind of page readers search for. */
export const COMPARISON_KIND = { one: 'Comparison', chip: 'Comparisons' } as const;

/**
 * Every kind a search result can have: its Pagefind `kind` filter value (the singular label shown on
 * results) and the chip label. Search filters, counts and "all kinds" are all derived from this list.
 */
export const SEARCH_KINDS: ReadonlyArray<{ value: string; chip: string }> = [
	...SEARCHED_COLLECTIONS.map((c) => ({ value: KIND_LABELS[c].one, chip: KIND_LABELS[c].chip ?? KIND_LABELS[c].many })),
	{ value: COMPARISON_KIND.one, chip: COMPARISON_KIND.chip },
];
