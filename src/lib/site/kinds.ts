/**
 * The registry of page kinds: one entry per content collection, saying everything the site does with
 * that kind (its route, its labels, search, the editorial floors, the scaffold, structured data,
 * navigation and the feed). Every list of collections elsewhere is derived from this object, so a new
 * kind is one entry here plus its schema (src/schemas/), its template and its route (src/pages/).
 * tests/unit/kinds.test.ts fails when a collection exists without an entry here, or the other way round.
 *
 * Pure data, no imports: the schemas, the build, the disk pipeline and the browser's search code all
 * read it. The order of the entries is the order search filters and the graph walk use.
 */

/** How a kind is named to readers. `chip` is its short label on the search filters (defaults to `many`). */
export interface KindLabel {
	one: string;
	many: string;
	intro: string;
	chip?: string;
}

/** The schema.org type an entry page is about (src/lib/site/structured-data.ts builds it). */
export type JsonLdType = 'Drug' | 'Substance' | 'AnatomicalStructure' | 'MedicalDevice' | 'MedicalEntity';

/** Everything the site knows about one kind of page. */
export interface KindSpec {
	/** The format its files are written in under src/content/<collection>/. */
	file: 'mdx' | 'yaml';
	labels: KindLabel;
	/**
	 * What an entry becomes on the site: `entry` a page of its own with the entry anatomy at
	 * /<route>/<id>/ (EntryLayout); `pair` a comparison page at /<route>/<id>/; `anchor` a fragment of
	 * its collection's index page, /<route>/#<id>.
	 */
	page: 'entry' | 'pair' | 'anchor';
	/** The first path segment of its pages. */
	route: string;
	/**
	 * Its place among the entry kinds wherever they are listed for readers (the home page, the sitemap
	 * page, the search page's "browse" list, the RSS feed). Only `entry` kinds are listed.
	 */
	listed?: number;
	/** Whether site search covers it, and the Pagefind weight of its pages (1 is Pagefind's default). */
	search: false | { weight: number };
	/** The fewest sources one published entry must cite (the content linter). */
	minSources?: number;
	/** The fewest entries the corpus must hold to cover the mission (the content linter). */
	coverage: number;
	/**
	 * `npm run new`: other names editors type for the collection; for entry kinds the template's title
	 * hint and body sections (`editor`: placeholder headings the editor replaces). The frontmatter of
	 * each template is in src/lib/corpus/scaffold.ts, typed so that every entry kind has one.
	 */
	scaffold: { aliases: readonly string[]; titleHint?: string; sections?: readonly string[] | 'editor' };
	/** What an entry page is about, in its JSON-LD (only `entry` kinds have one). */
	jsonLd?: JsonLdType;
	/** Its link in the header navigation: the label and its place among all header links. */
	nav?: { label: string; position: number };
	/** Whether its entries are items of the RSS feed. */
	feed: boolean;
}

export const KINDS = {
	neuromodulators: {
		file: 'mdx',
		labels: {
			one: 'Neuromodulator brand',
			many: 'Neuromodulators',
			chip: 'Brands',
			intro: 'Botulinum toxin type A brands: what each is approved for, how fast it works, how long it lasts and its boxed warning.',
		},
		page: 'entry',
		route: 'neuromodulators',
		listed: 1,
		search: { weight: 1 },
		minSources: 3,
		coverage: 6,
		scaffold: {
			aliases: ['brand', 'brands', 'toxin', 'toxins'],
			titleHint: 'The brand name as sold in the US, at most 70 characters.',
			sections: ['What it is', 'What it is approved for', 'How long it lasts', 'Side effects and warnings'],
		},
		jsonLd: 'Drug',
		nav: { label: 'Neuromodulators', position: 1 },
		feed: true,
	},
	fillers: {
		file: 'mdx',
		labels: {
			one: 'Filler material',
			many: 'Dermal fillers',
			chip: 'Fillers',
			intro: 'The materials injected to restore volume or prompt collagen: how long each lasts, whether it can be reversed and its risks.',
		},
		page: 'entry',
		route: 'fillers',
		listed: 2,
		search: { weight: 1 },
		minSources: 3,
		coverage: 5,
		scaffold: {
			aliases: [],
			titleHint: 'The material, e.g. Hyaluronic acid; at most 70 characters.',
			sections: ['What it is', 'Where it is used', 'How long it lasts', 'Risks and reversal'],
		},
		jsonLd: 'Substance',
		nav: { label: 'Fillers', position: 2 },
		feed: true,
	},
	areas: {
		file: 'mdx',
		labels: {
			one: 'Treatment area',
			many: 'Treatment areas',
			chip: 'Areas',
			intro: 'Each area of the face and body: what causes the concern, which treatments fit, and what is approved or off-label.',
		},
		page: 'entry',
		route: 'areas',
		listed: 3,
		search: { weight: 1 },
		minSources: 3,
		coverage: 16,
		scaffold: {
			aliases: [],
			titleHint: 'The area as readers name it, e.g. Tear troughs; at most 70 characters.',
			sections: ['What causes it', 'Which treatments fit', 'What to expect'],
		},
		jsonLd: 'AnatomicalStructure',
		nav: { label: 'Areas', position: 4 },
		feed: true,
	},
	guides: {
		file: 'mdx',
		labels: {
			one: 'Guide',
			many: 'Guides',
			intro: 'Long-form answers: how the treatments work and differ, safety and emergencies, what to expect, and how to choose.',
		},
		page: 'entry',
		route: 'guides',
		listed: 5,
		search: { weight: 1 },
		minSources: 5,
		coverage: 14,
		scaffold: {
			aliases: ['article', 'articles'],
			titleHint: 'The question or topic the guide answers, at most 70 characters.',
			// A guide's headings are its own: the template leaves two for the editor to write.
			sections: 'editor',
		},
		jsonLd: 'MedicalEntity',
		nav: { label: 'Guides', position: 7 },
		feed: true,
	},
	myths: {
		file: 'mdx',
		labels: {
			one: 'Myth check',
			many: 'Myths and facts',
			chip: 'Myths',
			intro: 'Popular beliefs about injectables, each checked against the evidence.',
		},
		page: 'entry',
		route: 'myths',
		listed: 6,
		search: { weight: 1 },
		minSources: 2,
		coverage: 12,
		scaffold: {
			aliases: [],
			titleHint:
				'The belief as people say it, e.g. "Botox is poison" (shown only in the body, marked as the claim); at most 100 characters.',
			sections: ['What the evidence says', 'Why people believe it'],
		},
		jsonLd: 'MedicalEntity',
		nav: { label: 'Myths', position: 8 },
		feed: true,
	},
	products: {
		file: 'mdx',
		labels: {
			one: 'Filler product',
			many: 'Filler products',
			intro:
				'Each FDA-approved filler product by name: who makes it, what it is made of, what and where it is approved for, and its label warnings.',
		},
		page: 'entry',
		route: 'products',
		listed: 4,
		search: { weight: 1 },
		// The PMA record and the label (or its SSED) at least.
		minSources: 2,
		// Issue #16 asks for every FDA-approved line (25 or more); 20 are verified so far, so the floor is
		// what exists: a deleted product fails the lint until it is replaced.
		coverage: 20,
		scaffold: {
			aliases: ['product'],
			titleHint: 'The product name as sold in the US, e.g. Juvéderm Voluma XC; at most 70 characters.',
			sections: ['What it is', 'What it is approved for', 'What the study showed', 'What is different about it', 'Safety'],
		},
		jsonLd: 'MedicalDevice',
		nav: { label: 'Products', position: 3 },
		feed: true,
	},
	'product-pairs': {
		file: 'yaml',
		labels: {
			one: 'Product comparison',
			many: 'Product comparisons',
			intro: 'Two filler products side by side, from their approvals and labels, with what actually differs.',
		},
		// Product pairs are comparison pages: searched under the Comparison kind, not a kind of their own.
		page: 'pair',
		route: 'compare',
		search: false,
		coverage: 15,
		scaffold: { aliases: ['pairs', 'product-pair'] },
		feed: false,
	},
	glossary: {
		file: 'yaml',
		labels: {
			one: 'Glossary term',
			many: 'Glossary',
			intro: 'Plain-language definitions of the medical terms used on this site.',
		},
		page: 'anchor',
		route: 'glossary',
		search: { weight: 1 },
		coverage: 40,
		scaffold: { aliases: ['term', 'terms'] },
		nav: { label: 'Glossary', position: 9 },
		feed: false,
	},
	sources: {
		file: 'yaml',
		labels: {
			one: 'Source',
			many: 'Sources',
			intro: 'Every source this site cites: drug labels, regulators, peer-reviewed reviews, professional societies and health services.',
		},
		page: 'anchor',
		route: 'sources',
		// Sources are reference material, reached from the pages citing them.
		search: false,
		coverage: 40,
		scaffold: { aliases: [] },
		feed: false,
	},
} as const satisfies Record<string, KindSpec>;

/** A content collection's name. */
export type CollectionName = keyof typeof KINDS;

/** Every collection, in registry order. */
export const COLLECTIONS = Object.keys(KINDS) as CollectionName[];

/** One kind's registry entry, typed loosely enough to read any optional field. */
export const kindOf = (collection: CollectionName): KindSpec => KINDS[collection];

/** Collections whose entries are pages with the entry anatomy (EntryLayout). */
export type PageCollection = { [C in CollectionName]: (typeof KINDS)[C]['page'] extends 'entry' ? C : never }[CollectionName];

const byListed = (a: CollectionName, b: CollectionName) => (kindOf(a).listed ?? 0) - (kindOf(b).listed ?? 0);

/** The entry kinds, in the order readers see them listed (home, sitemap page, search page, feed). */
export const PAGE_COLLECTIONS = COLLECTIONS.filter((c): c is PageCollection => KINDS[c].page === 'entry').sort(byListed);

/** Reader-facing names for each collection, singular and plural, used in labels, breadcrumbs and search. */
export const KIND_LABELS = Object.fromEntries(COLLECTIONS.map((c) => [c, KINDS[c].labels])) as Record<CollectionName, KindLabel>;

/** The collections search covers, in registry order. */
export const SEARCHED_COLLECTIONS = COLLECTIONS.filter((c) => KINDS[c].search !== false);

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

/** The Pagefind weight of a kind's pages, or undefined for the default (1), so pages carry no attribute then. */
export function searchWeight(collection: CollectionName): number | undefined {
	const search = kindOf(collection).search;
	return search && search.weight !== 1 ? search.weight : undefined;
}

/** The file extension each collection is written in. */
export const COLLECTION_FILES = Object.fromEntries(COLLECTIONS.map((c) => [c, KINDS[c].file])) as Record<CollectionName, 'mdx' | 'yaml'>;

/** The fewest sources each kind of page must cite. */
export const MIN_SOURCES = Object.fromEntries(
	COLLECTIONS.flatMap((c) => (kindOf(c).minSources ? [[c, kindOf(c).minSources]] : [])),
) as Partial<Record<CollectionName, number>>;

/** The fewest entries each collection must have for the corpus to cover the mission. */
export const COVERAGE = Object.fromEntries(COLLECTIONS.map((c) => [c, KINDS[c].coverage])) as Record<CollectionName, number>;

/** Collections whose entries have a page of their own (everything but the anchored ones). */
export const OWN_PAGE_COLLECTIONS: ReadonlySet<CollectionName> = new Set(COLLECTIONS.filter((c) => KINDS[c].page !== 'anchor'));

/** Collections whose entries are items of the RSS feed, in listed order. */
export const FEED_COLLECTIONS = PAGE_COLLECTIONS.filter((c) => KINDS[c].feed);

/** Header links that are not a collection: the finder and the comparisons hub, with their places. */
const OTHER_NAV: ReadonlyArray<{ href: string; label: string; position: number }> = [
	{ href: '/finder/', label: 'Finder', position: 5 },
	{ href: '/compare/', label: 'Compare', position: 6 },
];

/** The header's primary navigation, in order. */
export const NAV: ReadonlyArray<{ href: string; label: string }> = [
	...COLLECTIONS.flatMap((c) => {
		const nav = kindOf(c).nav;
		return nav ? [{ href: `/${KINDS[c].route}/`, label: nav.label, position: nav.position }] : [];
	}),
	...OTHER_NAV,
]
	.sort((a, b) => a.position - b.position)
	.map(({ href, label }) => ({ href, label }));
