/**
 * The treatment finder: a reader picks what bothers them and where, and gets the areas, products and
 * guides that fit. Every result is derived from area data (region, causes) and from the products'
 * approvals and off-label areas, so the finder changes when the content does.
 */
import { AREA_REGIONS, type AREA_CAUSES } from '../../schemas/area.ts';
import type { AreaTreatment } from '../facts/treatments.ts';

type Cause = (typeof AREA_CAUSES)[number];
export type Region = (typeof AREA_REGIONS)[number];

/** The first question: what bothers you. Each answer maps to one cause typed on areas. */
export const CONCERNS = [
	{
		id: 'lines-when-moving',
		cause: 'dynamic-lines',
		label: 'Lines that show when I move my face',
		hint: 'frowning, raising the brows, smiling',
	},
	{ id: 'lines-at-rest', cause: 'static-lines', label: 'Lines that stay when my face is still', hint: 'creases and folds at rest' },
	{ id: 'lost-volume', cause: 'volume-loss', label: 'Lost volume or hollows', hint: 'flatter cheeks, thinner lips, hollows' },
	{
		id: 'strong-muscle',
		cause: 'muscle-activity',
		label: 'A muscle that pulls or bulks',
		hint: 'a low brow, a gummy smile, a wide jaw, neck bands',
	},
	{ id: 'sweating', cause: 'sweating', label: 'Heavy sweating', hint: 'underarms' },
] as const satisfies ReadonlyArray<{ id: string; cause: Cause; label: string; hint: string }>;
export type Concern = (typeof CONCERNS)[number];

/** How the finder names each region; typed over the area schema's regions, so a new region needs its label here. */
const REGION_LABELS: Record<Region, string> = {
	'upper-face': 'Upper face: forehead, brows, around the eyes',
	'mid-face': 'Middle of the face: under the eyes, nose, cheeks',
	'lower-face': 'Lower face: mouth, lips, chin, jaw',
	neck: 'Neck',
	body: 'Body',
};

/** The second question: where. In the schema's head-to-toe order. */
export const REGIONS: ReadonlyArray<{ id: Region; label: string }> = AREA_REGIONS.map((id) => ({ id, label: REGION_LABELS[id] }));

export interface FinderArea {
	id: string;
	title: string;
	region: Region;
	causes: readonly Cause[];
}

export const concernById = (id: string): Concern => {
	const found = CONCERNS.find((c) => c.id === id);
	if (!found) throw new Error(`the finder has no concern "${id}"; known: ${CONCERNS.map((c) => c.id).join(', ')}`);
	return found;
};

/** Areas where the concern occurs, optionally only in one region; sorted by title. */
export function areasFor(areas: readonly FinderArea[], concernId: string, region?: Region): FinderArea[] {
	const { cause } = concernById(concernId);
	return areas
		.filter((a) => a.causes.includes(cause) && (region === undefined || a.region === region))
		.sort((a, b) => a.title.localeCompare(b.title));
}

/** The regions worth offering for a concern: those with at least one matching area, head to toe. */
export function regionsFor(areas: readonly FinderArea[], concernId: string): Array<(typeof REGIONS)[number] & { count: number }> {
	return REGIONS.map((r) => ({ ...r, count: areasFor(areas, concernId, r.id).length })).filter((r) => r.count > 0);
}

export interface ProductMatch {
	collection: AreaTreatment['collection'];
	id: string;
	title: string;
	/** Matching areas where the product is approved. */
	approvedIn: string[];
	/** Matching areas where it is used off-label. */
	offLabelIn: string[];
}

/**
 * The products used in any of the given areas, each with where it is approved and where off-label.
 * Products approved somewhere in the selection come first, then alphabetical.
 */
export function productsFor(areaIds: readonly string[], treatmentsOf: (areaId: string) => readonly AreaTreatment[]): ProductMatch[] {
	const byProduct = new Map<string, ProductMatch>();
	for (const areaId of areaIds) {
		for (const t of treatmentsOf(areaId)) {
			const key = `${t.collection}/${t.id}`;
			const match = byProduct.get(key) ?? { collection: t.collection, id: t.id, title: t.title, approvedIn: [], offLabelIn: [] };
			(t.status === 'approved' ? match.approvedIn : match.offLabelIn).push(areaId);
			byProduct.set(key, match);
		}
	}
	const rank = (p: ProductMatch) => (p.approvedIn.length > 0 ? 0 : 1);
	return [...byProduct.values()].sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title));
}

/**
 * Guides that explain the kinds of product found, then the ones every reader should see before any
 * injection. Written as ids; the finder lists those that exist, and its browser test checks they appear.
 */
export const GUIDES_BY_KIND = {
	neuromodulators: 'guides/how-neuromodulators-work',
	fillers: 'guides/how-fillers-work',
} as const;
export const GUIDES_ALWAYS = ['guides/botox-vs-fillers', 'guides/side-effects-and-emergencies', 'guides/choosing-an-injector'] as const;

export function guidesFor(products: readonly ProductMatch[]): string[] {
	const kinds = (['neuromodulators', 'fillers'] as const).filter((k) => products.some((p) => p.collection === k));
	return [...kinds.map((k) => GUIDES_BY_KIND[k]), ...GUIDES_ALWAYS];
}
