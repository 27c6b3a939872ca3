/**
 * The only module that queries content collections. It loads every collection once, resolves every
 * reference strictly (the build stops on the first dangling one, naming file, field and id) and
 * exposes typed lookups and the cross-link graph to routes and components.
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { COLLECTIONS, type CollectionName } from '../schemas/fragments.ts';
import { buildGraph, formatProblems, type BuiltGraph, type SiteEntries } from '../lib/corpus/graph.ts';
import { relatedEntries, referencedBy } from '../lib/navigation/related.ts';
import { linkedFromPage, nextSteps } from '../lib/navigation/next-steps.ts';
import { groupGuides, guideNeighbours as neighboursInOrder, type GuideGroup, type GuideLike } from '../lib/navigation/guide-order.ts';
import { keyOf, parseKey, urlFor, type EntryKey } from '../lib/site/urls.ts';
import { treatmentsForArea } from '../lib/facts/treatments.ts';
import { areaProductGroups, productsOfMaterial } from '../lib/facts/products.ts';
import { shortTitle } from '../lib/text/titles.ts';
import { combinedReview, type Review } from '../lib/corpus/review-window.ts';

export type Entry<C extends CollectionName> = CollectionEntry<C>;
export { PAGE_COLLECTIONS, type PageCollection } from '../lib/site/kinds.ts';
import type { PageCollection } from '../lib/site/kinds.ts';

type AllEntries = { [C in CollectionName]: Entry<C>[] };

export interface Site {
	entries: AllEntries;
	/** Each collection's entries by id, so a lookup costs the same on a site of 50 pages or 50,000. */
	byId: { [C in CollectionName]: Map<string, Entry<C>> };
	graph: BuiltGraph;
}

/** The file line where an MDX body starts (after the closing frontmatter fence). */
function bodyStartLine(filePath: string | undefined): number | undefined {
	if (!filePath?.endsWith('.mdx')) return undefined;
	const lines = readFileSync(filePath, 'utf8').split('\n');
	const close = lines.indexOf('---', 1);
	return close > 0 ? close + 2 : undefined;
}

async function loadAll(): Promise<Site> {
	const loaded = await Promise.all(
		COLLECTIONS.map(async (name) => {
			const items = await getCollection(name);
			// Drafts are previewed in `npm run dev` and left out of every build. MODE, not PROD: PROD follows
			// NODE_ENV, so a build run with NODE_ENV=test (as under Vitest) would otherwise publish drafts.
			const showDrafts = import.meta.env.MODE === 'development';
			const visible = items.filter((e) => showDrafts || !('draft' in e.data && e.data.draft));
			return [name, visible.sort((a, b) => a.id.localeCompare(b.id))] as const;
		}),
	);
	const entries = Object.fromEntries(loaded) as unknown as AllEntries;
	const plain = Object.fromEntries(
		COLLECTIONS.map((name) => [
			name,
			(entries[name] as Array<Entry<CollectionName>>).map((e) => {
				const start = bodyStartLine(e.filePath);
				return {
					id: e.id,
					filePath: e.filePath ?? `${name}/${e.id}`,
					data: e.data as Record<string, unknown>,
					body: e.body,
					...(start ? { bodyStartLine: start } : {}),
				};
			}),
		]),
	) as SiteEntries;
	const graph = buildGraph(plain);
	if (graph.problems.length > 0) {
		throw new Error(`Content has ${graph.problems.length} problem(s); fix each one named below:\n${formatProblems(graph.problems)}`);
	}
	const byId = Object.fromEntries(
		COLLECTIONS.map((name) => [name, new Map((entries[name] as Array<Entry<CollectionName>>).map((e) => [e.id, e]))]),
	) as unknown as Site['byId'];
	return { entries, byId, graph };
}

let cached: Promise<Site> | undefined;

/** Loads and validates the whole site once per build. */
export const loadSite = (): Promise<Site> => (cached ??= loadAll());

/** Every entry of a collection, sorted by id. */
export async function entriesOf<C extends CollectionName>(collection: C): Promise<Entry<C>[]> {
	return (await loadSite()).entries[collection];
}

/** One entry by id; throws with the id and the collection when it does not exist. */
export async function entryOf<C extends CollectionName>(collection: C, id: string, usedBy = 'a page'): Promise<Entry<C>> {
	const found = (await loadSite()).byId[collection].get(id) as Entry<C> | undefined;
	if (!found) throw new Error(`${usedBy} references "${id}" in ${collection}, but no such entry exists`);
	return found;
}

/** A link-ready summary of any entry. */
export interface EntrySummary {
	key: EntryKey;
	collection: CollectionName;
	id: string;
	title: string;
	url: string;
	description: string;
}

/** The display title of any entry, whatever its collection calls it. */
function titleOf(entry: Entry<CollectionName>): string {
	const data = entry.data as { title?: string; term?: string };
	return data.title ?? data.term ?? entry.id;
}

const summaries = new Map<EntryKey, Promise<EntrySummary>>();

/** Memoised: every page that links to an entry asks for the same summary. */
export function summaryOf(key: EntryKey): Promise<EntrySummary> {
	let summary = summaries.get(key);
	if (!summary) summaries.set(key, (summary = makeSummary(key)));
	return summary;
}

async function makeSummary(key: EntryKey): Promise<EntrySummary> {
	const { collection, id } = parseKey(key);
	const entry = await entryOf(collection, id);
	const data = entry.data as { description?: string; definition?: string };
	return {
		key,
		collection,
		id,
		title: titleOf(entry),
		url: urlFor(collection, id),
		description: data.description ?? data.definition ?? '',
	};
}

export async function relatedTo(key: EntryKey, limit = 6): Promise<EntrySummary[]> {
	const { graph } = await loadSite();
	return Promise.all(relatedEntries(graph, key, limit).map(summaryOf));
}

export async function referencesTo(key: EntryKey): Promise<EntrySummary[]> {
	const { graph } = await loadSite();
	return Promise.all(referencedBy(graph, key).map(summaryOf));
}

interface GuideOrder {
	groups: GuideGroup<GuideLike>[];
	neighbours: Map<string, { previous?: GuideLike; next?: GuideLike }>;
}
let guideOrderOnce: Promise<GuideOrder> | undefined;

/**
 * The guides' reading order, worked out once per build: every guide page asks for its neighbours (the
 * pager and the next steps), and sorting every guide for each of them made the build grow with N².
 */
const guideOrder = (): Promise<GuideOrder> =>
	(guideOrderOnce ??= entriesOf('guides').then((guides) => {
		const items: GuideLike[] = guides.map((g) => ({ id: g.id, title: g.data.title, category: g.data.category, order: g.data.order }));
		return { groups: groupGuides(items), neighbours: neighboursInOrder(items) };
	}));

/** A guide's previous and next guide in reading order; throws for an id that is not a guide. */
async function adjacentGuide(id: string): Promise<{ previous?: GuideLike; next?: GuideLike }> {
	const found = (await guideOrder()).neighbours.get(id);
	if (!found) throw new Error(`guides/${id} is not among the guides being ordered`);
	return found;
}

/** How many graph candidates "next steps" chooses from: enough to survive filtering out the body's links. */
const NEXT_STEP_CANDIDATES = 40;

/**
 * The at most six "next steps" a page ends with: hand-picked `related` entries, then the graph's ranking,
 * leaving out every page its body or facts already link to. An area page's facts table links to each
 * brand and filler used there (their approvals and off-label lists point at the area), and a guide links
 * to its previous and next guides, so those count too.
 */
export async function nextStepsOf(collection: PageCollection, id: string): Promise<EntrySummary[]> {
	const { graph } = await loadSite();
	const entry = await entryOf(collection, id);
	const key = keyOf(collection, id);
	// The references the graph found in this entry: finding them again cost every page a pass over its body.
	const references = graph.references.get(key);
	if (!references) throw new Error(`${key} is not in the link graph`);
	const alreadyLinked = linkedFromPage(references);
	if (collection === 'areas') {
		for (const from of graph.incoming.get(key) ?? []) {
			const c = parseKey(from).collection;
			if (c === 'neuromodulators' || c === 'fillers') alreadyLinked.add(from);
		}
	}
	// A material page lists its products in a section of its own (MaterialProducts).
	if (collection === 'fillers') {
		for (const p of productsOfMaterial(await entriesOf('products'), id)) alreadyLinked.add(keyOf('products', p.id));
	}
	// The contraindications table (an MDX component) links every brand and material it lists.
	if (/<ContraindicationsTable\b/.test(entry.body ?? '')) {
		for (const c of ['neuromodulators', 'fillers'] as const) for (const e of await entriesOf(c)) alreadyLinked.add(keyOf(c, e.id));
	}
	// A guide's previous and next guides are linked just above the next steps.
	if (collection === 'guides') {
		const { previous, next } = await adjacentGuide(id);
		for (const g of [previous, next]) if (g) alreadyLinked.add(keyOf('guides', g.id));
	}
	const handPicked = ((entry.data as { related?: string[] }).related ?? []) as EntryKey[];
	const ranked = relatedEntries(graph, key, NEXT_STEP_CANDIDATES);
	return Promise.all(nextSteps({ self: key, handPicked, ranked, alreadyLinked }).map(summaryOf));
}

/** The guides grouped by category in reading order, safety first, as link-ready summaries. */
export async function guideGroups(): Promise<Array<{ category: string; heading: string; guides: EntrySummary[] }>> {
	return Promise.all(
		(await guideOrder()).groups.map(async (group) => ({
			category: group.category,
			heading: group.heading,
			guides: await Promise.all(group.guides.map((g) => summaryOf(keyOf('guides', g.id)))),
		})),
	);
}

/** The previous and next guide in reading order (safety first; see guide-order.ts). */
export async function guideNeighbours(id: string): Promise<{ previous?: EntrySummary; next?: EntrySummary }> {
	const { previous, next } = await adjacentGuide(id);
	return {
		...(previous ? { previous: await summaryOf(keyOf('guides', previous.id)) } : {}),
		...(next ? { next: await summaryOf(keyOf('guides', next.id)) } : {}),
	};
}

/** The products used in an area, approved uses first. */
export async function areaTreatments(areaId: string) {
	const { entries } = await loadSite();
	const asProduct = (e: Entry<'neuromodulators'> | Entry<'fillers'>) => ({
		id: e.id,
		title: e.data.title,
		approvals: e.data.approvals,
		offLabelAreas: e.data.offLabelAreas,
	});
	return treatmentsForArea(areaId, entries.neuromodulators.map(asProduct), entries.fillers.map(asProduct));
}

/**
 * The products approved for an area, oldest approval first, split into those sold today (the area's
 * table) and those no longer sold (src/lib/facts/products.ts).
 */
export async function areaProducts(areaId: string) {
	return areaProductGroups(await entriesOf('products'), areaId);
}

/** The products made of a filler material, by title. */
export async function materialProducts(materialId: string) {
	return productsOfMaterial(await entriesOf('products'), materialId);
}

/** Every curated product comparison as a link: its URL and "A vs B" from the products' titles. */
export async function productPairLinks(): Promise<Array<{ url: string; name: string }>> {
	return Promise.all(
		(await entriesOf('product-pairs')).map(async (p) => ({
			url: urlFor('product-pairs', p.id),
			name: `${shortTitle((await entryOf('products', p.data.a)).data.title)} vs ${shortTitle((await entryOf('products', p.data.b)).data.title)}`,
		})),
	);
}

/** Sources of an entry in citation order, resolved. */
export async function sourcesOf(ids: readonly string[]): Promise<Entry<'sources'>[]> {
	return Promise.all(ids.map((id) => entryOf('sources', id)));
}

/** Static paths for a collection's entry pages: one per entry, with the entry as a prop. */
export async function entryPaths<C extends PageCollection>(collection: C) {
	return (await entriesOf(collection)).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

/** Link-ready summaries of every entry in a collection, for index pages. */
export async function summariesOf(collection: CollectionName): Promise<EntrySummary[]> {
	return Promise.all((await entriesOf(collection)).map((e) => summaryOf(`${collection}/${e.id}`)));
}

/** The review dates of a page built from these entries (see combinedReview). */
export async function reviewOf(keys: readonly EntryKey[]): Promise<Review> {
	const reviews = await Promise.all(
		keys.map(async (key) => {
			const { collection, id } = parseKey(key);
			return (await entryOf(collection, id)).data as Review;
		}),
	);
	return combinedReview(reviews);
}

/** Keys of every entry in these collections. */
export async function keysOf(collections: readonly PageCollection[]): Promise<EntryKey[]> {
	const lists = await Promise.all(collections.map(async (c) => (await entriesOf(c)).map((e) => keyOf(c, e.id))));
	return lists.flat();
}
