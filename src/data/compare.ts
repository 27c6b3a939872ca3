/**
 * The comparison pages of this site: compare.ts applied to the loaded collections. Routes, entry pages
 * and index pages read pairs and subjects from here so every page agrees on which comparisons exist.
 */
import { entriesOf } from './content.ts';
import { brandSubject, fillerSubject, type Subject } from '../lib/compare/subjects.ts';
import { compareUrl } from '../lib/site/urls.ts';
import { comparisonPairs, pairsWith, type ComparedCollection, type Pair } from '../lib/compare/pairs.ts';
import { comparisonRows, type RowId } from '../lib/compare/rows.ts';
import { shortTitle } from '../lib/text/titles.ts';
import type { EntryKey } from '../lib/site/urls.ts';
import { parseKey } from '../lib/site/urls.ts';

/** Area and source names by id, for table cells. */
async function names() {
	const [areas, sources] = await Promise.all([entriesOf('areas'), entriesOf('sources')]);
	const areaTitles = new Map(areas.map((a) => [a.id, shortTitle(a.data.title)]));
	const sourceTitles = new Map(sources.map((s) => [s.id, s.data.title]));
	return {
		areaName: (id: string) => areaTitles.get(id) ?? id,
		sourceTitle: (id: string) => sourceTitles.get(id) ?? id,
	};
}

let subjectsOnce: Promise<Map<EntryKey, Subject>> | undefined;

/** Every comparable entry as a subject, keyed by entry key: built once per build, read by every comparison page. */
export function subjects(): Promise<Map<EntryKey, Subject>> {
	return (subjectsOnce ??= buildSubjects());
}

async function buildSubjects(): Promise<Map<EntryKey, Subject>> {
	const [brands, fillers, { areaName }] = await Promise.all([entriesOf('neuromodulators'), entriesOf('fillers'), names()]);
	return new Map<EntryKey, Subject>([
		...brands.map((b) => [`neuromodulators/${b.id}`, brandSubject(b.id, b.data, areaName)] as const),
		...fillers.map((f) => [`fillers/${f.id}`, fillerSubject(f.id, f.data, areaName)] as const),
	]);
}

let pairsOnce: Promise<Pair[]> | undefined;

/** Every pair page, in index order: worked out once per build, since every brand and filler page asks. */
export function sitePairs(): Promise<Pair[]> {
	return (pairsOnce ??= Promise.all([entriesOf('neuromodulators'), entriesOf('fillers')]).then(([brands, fillers]) =>
		comparisonPairs({ neuromodulators: brands.map((b) => b.id), fillers: fillers.map((f) => f.id) }),
	));
}

/**
 * The comparisons an entry page links to, with the other side's name. Brand pages list the other
 * brands (what readers of a brand ask about) and leave brand-vs-material pages to the material pages,
 * the class-level page and the index: the longest brand page is at its byte budget.
 */
export async function comparisonsOf(key: EntryKey): Promise<Array<{ pair: Pair; other: Subject }>> {
	const collection = parseKey(key).collection;
	if (collection !== 'neuromodulators' && collection !== 'fillers') return [];
	const [pairs, all] = await Promise.all([sitePairs(), subjects()]);
	return pairsWith(pairs, key)
		.filter((pair) => collection === 'fillers' || pair.group === 'brands')
		.map((pair) => ({ pair, other: all.get(pair.a === key ? pair.b : pair.a)! }));
}

/** The rows of a table over any list of subjects, with source titles resolved. */
export async function rowsFor(list: readonly Subject[]) {
	const { sourceTitle } = await names();
	return comparisonRows(list, sourceTitle);
}

/**
 * The cards of a collection's index page: every brand or material with the chosen facts, and links to
 * the comparison pages it shares with the others of its kind.
 */
export async function productCards(collection: ComparedCollection, rowIds: readonly RowId[]) {
	const [all, pairs] = await Promise.all([subjects(), sitePairs()]);
	const list = [...all.values()].filter((s) => s.collection === collection);
	const rows = (await rowsFor(list))
		.filter((r) => r.id && rowIds.includes(r.id))
		.sort((x, y) => rowIds.indexOf(x.id!) - rowIds.indexOf(y.id!));
	const products = list.map((subject) => ({
		subject,
		comparisons: pairsWith(pairs, subject.key)
			.filter((p) => all.get(p.a)!.collection === collection && all.get(p.b)!.collection === collection)
			.map((p) => ({ href: compareUrl(p.slug), name: all.get(p.a === subject.key ? p.b : p.a)!.name })),
	}));
	return { products, rows };
}
