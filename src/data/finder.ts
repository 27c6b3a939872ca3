/** Data for the finder's routes: every area as the finder sees it, and each area's treatments. */
import { areaTreatments, entriesOf, reviewOf, summaryOf, type EntrySummary } from './content.ts';
import { shortTitle } from '../lib/text/titles.ts';
import {
	areasFor,
	CONCERNS,
	guidesFor,
	productsFor,
	regionsFor,
	type FinderArea,
	type ProductMatch,
	type Region,
} from '../lib/finder/finder.ts';
import type { AreaTreatment } from '../lib/facts/treatments.ts';
import { approvedProductsByArea } from '../lib/facts/products.ts';
import { urlFor } from '../lib/site/urls.ts';
import type { EntryKey } from '../lib/site/urls.ts';
import type { Review as ReviewDates } from '../lib/corpus/review-window.ts';

export async function finderData() {
	const entries = await entriesOf('areas');
	const areas: FinderArea[] = entries.map((a) => ({ id: a.id, title: a.data.title, region: a.data.region, causes: a.data.causes }));
	const treatments = new Map<string, AreaTreatment[]>(
		await Promise.all(entries.map(async (a) => [a.id, await areaTreatments(a.id)] as const)),
	);
	const names = new Map(entries.map((a) => [a.id, shortTitle(a.data.title)]));
	return { areas, treatmentsOf: (id: string) => treatments.get(id) ?? [], nameOf: (id: string) => names.get(id) ?? id };
}

/** The concerns that match at least one area, each with the regions that have a match. */
export async function concernSteps() {
	const { areas } = await finderData();
	return CONCERNS.map((c) => ({ concern: c, regions: regionsFor(areas, c.id) })).filter((s) => s.regions.length > 0);
}

export interface FinderResult {
	areas: EntrySummary[];
	products: Array<ProductMatch & { url: string; note: string }>;
	/** Filler products by name that are FDA-approved for one of the matched areas, with where. */
	namedProducts: Array<{ title: string; url: string; note: string }>;
	guides: EntrySummary[];
	/** The answer is built from the areas and products it lists: as fresh as the least recently reviewed of them. */
	review: ReviewDates;
}

/** Everything the result page of one concern and region lists, resolved to link-ready summaries. */
export async function finderResult(concernId: string, region: Region): Promise<FinderResult> {
	const { areas, treatmentsOf, nameOf } = await finderData();
	const guideIds = new Set((await entriesOf('guides')).map((g) => `guides/${g.id}`));
	const matched = areasFor(areas, concernId, region);
	const products = productsFor(
		matched.map((a) => a.id),
		treatmentsOf,
	);
	const names = (ids: string[]) => ids.map(nameOf).join(', ');
	const byArea = approvedProductsByArea(await entriesOf('products'));
	const named = new Map<string, { title: string; url: string; uses: string[] }>();
	for (const area of matched) {
		for (const p of byArea.get(area.id) ?? []) {
			const item = named.get(p.id) ?? { title: p.title, url: urlFor('products', p.id), uses: [] };
			item.uses.push(`${nameOf(area.id)}: ${p.indication}`);
			named.set(p.id, item);
		}
	}
	const shown = [...matched.map((a) => `areas/${a.id}` as EntryKey), ...products.map((p) => `${p.collection}/${p.id}` as EntryKey)];
	return {
		namedProducts: [...named.values()]
			.sort((a, b) => a.title.localeCompare(b.title))
			.map((p) => ({ title: p.title, url: p.url, note: `approved for ${p.uses.join('; ')}` })),
		review: await reviewOf(shown),
		areas: await Promise.all(matched.map((a) => summaryOf(`areas/${a.id}`))),
		products: await Promise.all(
			products.map(async (p) => ({
				...p,
				url: (await summaryOf(`${p.collection}/${p.id}`)).url,
				note: [
					p.approvedIn.length ? `approved for ${names(p.approvedIn)}` : '',
					p.offLabelIn.length ? `off-label for ${names(p.offLabelIn)}` : '',
				]
					.filter(Boolean)
					.join('; '),
			})),
		),
		// A content set without these guides (a test fixture) lists the ones it has; the site's own finder
		// test checks that the real guides appear.
		guides: await Promise.all(
			guidesFor(products)
				.filter((k) => guideIds.has(k))
				.map((k) => summaryOf(k as EntryKey)),
		),
	};
}
