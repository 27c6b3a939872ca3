/** Reader-facing names for each collection, singular and plural, used in labels, breadcrumbs and search. */
import type { CollectionName } from '../schemas/fragments.ts';

export const KIND_LABELS: Record<CollectionName, { one: string; many: string; intro: string }> = {
	neuromodulators: {
		one: 'Neuromodulator brand',
		many: 'Neuromodulators',
		intro: 'Botulinum toxin type A brands: what each is approved for, how fast it works, how long it lasts and its boxed warning.',
	},
	fillers: {
		one: 'Filler material',
		many: 'Dermal fillers',
		intro: 'The materials injected to restore volume or prompt collagen: how long each lasts, whether it can be reversed and its risks.',
	},
	areas: {
		one: 'Treatment area',
		many: 'Treatment areas',
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
