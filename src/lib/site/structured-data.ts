/**
 * JSON-LD builders, typed with schema-dts so a misspelt property or a wrong value type fails the type
 * check. Kept lean on purpose: entry pages have a first-round-trip byte budget, so nodes carry names,
 * URLs and dates, citations are plain URLs, and no body text is repeated (a boxed warning gives its
 * first sentence only).
 */
import type {
	AnatomicalStructure,
	BreadcrumbList,
	Drug,
	FAQPage,
	Graph,
	MedicalDevice,
	MedicalEntity,
	MedicalWebPage,
	Organization,
	SearchAction,
	Substance,
	Thing,
	WebPage,
	WebSite,
	WithActionConstraints,
} from 'schema-dts';
import { kindOf, type CollectionName } from './kinds.ts';
import { SITE_NAME } from './seo.ts';
import { shortTitle } from '../text/titles.ts';

/** Absolute URL of a site path. */
export const absolute = (path: string, site: string | URL) => new URL(path, site).href;

const orgId = (site: string | URL) => absolute('/#organization', site);

/** The publisher: the site itself (it has no parent company), with its icon as the logo. */
export function organization(site: string | URL): Organization {
	return { '@type': 'Organization', '@id': orgId(site), name: SITE_NAME, url: absolute('/', site), logo: absolute('/icon-512.png', site) };
}

/** The home page's WebSite node, with a SearchAction pointing at the search page's `?q=` deep link. */
export function website(site: string | URL, description: string): WebSite {
	const search: WithActionConstraints<SearchAction> = {
		'@type': 'SearchAction',
		target: { '@type': 'EntryPoint', urlTemplate: `${absolute('/search/', site)}?q={search_term_string}` },
		'query-input': 'required name=search_term_string',
	};
	return {
		'@type': 'WebSite',
		'@id': absolute('/#website', site),
		name: SITE_NAME,
		url: absolute('/', site),
		description,
		inLanguage: 'en',
		publisher: { '@id': orgId(site) },
		potentialAction: search,
	};
}

export interface Crumb {
	name: string;
	/** Site path; the last crumb (the page itself) may omit it. */
	path?: string | undefined;
}

/** Home first, then each level down to the current page. */
export function breadcrumbList(crumbs: readonly Crumb[], site: string | URL): BreadcrumbList {
	return {
		'@type': 'BreadcrumbList',
		itemListElement: crumbs.map((c, i) => ({
			'@type': 'ListItem',
			position: i + 1,
			name: c.name,
			...(c.path ? { item: absolute(c.path, site) } : {}),
		})),
	};
}

/** What an entry page is about, by kind. */
export type About = Drug | Substance | AnatomicalStructure | MedicalDevice | MedicalEntity;

/**
 * A neuromodulator brand. Every aesthetic approval on the labels is for intramuscular injection. The
 * warning is the URL of the boxed warning on the page itself (schema.org takes text or a URL), so the
 * text is not sent twice.
 */
export function drug(d: { name: string; genericName: string; manufacturer: string; warningUrl: string }): Drug {
	return {
		'@type': 'Drug',
		name: d.name,
		nonProprietaryName: d.genericName,
		// The licence holder without the bracketed distribution details the page spells out.
		manufacturer: { '@type': 'Organization', name: shortTitle(d.manufacturer) },
		administrationRoute: 'intramuscular injection',
		warning: d.warningUrl,
	};
}

/** A filler material: a substance, named by its usual abbreviation too. */
export const substance = (d: { name: string; shortName: string }): Substance => ({
	'@type': 'Substance',
	name: d.name,
	alternateName: d.shortName,
});

/**
 * A filler product: an FDA-approved (PMA) medical device. schema.org's MedicalDevice has no maker
 * property, so the node names the approval instead: the FDA as the recognising authority and the PMA
 * number as an identifier a reader can look up in the FDA database.
 */
export const medicalDevice = (d: { name: string; pma: string }): MedicalDevice => ({
	'@type': 'MedicalDevice',
	name: d.name,
	identifier: { '@type': 'PropertyValue', propertyID: 'FDA PMA', value: d.pma },
	legalStatus: `FDA premarket approval ${d.pma}`,
	recognizingAuthority: { '@type': 'Organization', name: 'U.S. Food and Drug Administration' },
});

/** A treatment area of the face or body. */
export const anatomicalStructure = (name: string): AnatomicalStructure => ({ '@type': 'AnatomicalStructure', name });

/** The topic of a guide or myth check. */
export const medicalEntity = (name: string): MedicalEntity => ({ '@type': 'MedicalEntity', name });

export interface PageFacts {
	path: string;
	title: string;
	lastReviewed: Date;
	/** URLs of the page's sources, in citation order. */
	citations: readonly string[];
	about: About;
}

/** The page node of a guide or an entry: reviewed on a date, about one thing, citing its sources. */
export function medicalWebPage(p: PageFacts, site: string | URL): MedicalWebPage {
	return {
		'@type': 'MedicalWebPage',
		url: absolute(p.path, site),
		name: p.title,
		lastReviewed: p.lastReviewed.toISOString().slice(0, 10),
		about: p.about,
		citation: [...p.citations],
	};
}

/** A plain page (index, comparison, about). */
export function webPage(p: { path: string; title: string; description: string }, site: string | URL): WebPage {
	return { '@type': 'WebPage', url: absolute(p.path, site), name: p.title, description: p.description };
}

/** The questions a page shows in its FAQ section, and only those. */
export function faqPage(path: string, items: ReadonlyArray<{ question: string; answer: string }>, site: string | URL): FAQPage {
	return {
		'@type': 'FAQPage',
		'@id': `${absolute(path, site)}#faq`,
		mainEntity: items.map((q) => ({ '@type': 'Question', name: q.question, acceptedAnswer: { '@type': 'Answer', text: q.answer } })),
	};
}

/** Wraps nodes in one JSON-LD document. */
export const graph = (nodes: readonly Thing[]): Graph => ({ '@context': 'https://schema.org', '@graph': nodes });

/**
 * The JSON text for a <script type="application/ld+json">. `<` is escaped so no value can close the
 * script element early.
 */
export const jsonLdText = (g: Graph) => JSON.stringify(g).replace(/</g, '\\u003c');

/** The id of the boxed-warning heading on brand pages (components/facts/BoxedWarning.astro). */
export const BOXED_WARNING_ID = 'boxed-heading';

/**
 * What an entry page is about, by its kind's JSON-LD type in the registry (src/lib/site/kinds.ts): a Drug for
 * a brand, a Substance for a filler material, an AnatomicalStructure for an area, a MedicalDevice for a
 * product, else a MedicalEntity.
 */
export function aboutFor(
	collection: CollectionName,
	d: { title: string; metaTitle?: string | undefined; genericName?: string; manufacturer?: string; shortName?: string; pma?: string },
	pageUrl = '',
): About {
	switch (kindOf(collection).jsonLd) {
		case 'Drug':
			return drug({
				name: shortTitle(d.title),
				genericName: d.genericName!,
				manufacturer: d.manufacturer!,
				warningUrl: `${pageUrl}#${BOXED_WARNING_ID}`,
			});
		case 'Substance':
			return substance({ name: shortTitle(d.title), shortName: d.shortName! });
		case 'AnatomicalStructure':
			return anatomicalStructure(shortTitle(d.title));
		case 'MedicalDevice':
			return medicalDevice({ name: shortTitle(d.title), pma: d.pma! });
		default:
			return medicalEntity(d.metaTitle ?? d.title);
	}
}
