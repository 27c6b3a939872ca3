/** Ranks related entries from the cross-link graph: direct links first, then shared targets. */
import type { Graph } from '../corpus/graph.ts';
import { parseKey, hasOwnPage, type EntryKey } from '../site/urls.ts';

/** How much each kind of connection counts; direct links dominate, shared sources barely count. */
const WEIGHTS = { direct: 4, sharedTarget: 2, sharedSource: 0.5 } as const;

const isPage = (key: EntryKey) => hasOwnPage(parseKey(key).collection);

/**
 * A target that more pages than this reference (a ubiquitous term or label) says nothing about how two
 * of them relate, like a stop word in search. Skipping it keeps the work per page constant however large
 * the site grows; without it, every page walked every other page citing the same source, and the build
 * grew with the square of the page count. The busiest target of the real corpus has under 50 references.
 */
export const MAX_SHARED_FANOUT = 150;

/**
 * What ranking needs about every key of a graph, worked out once per graph rather than once per page:
 * whether the key has a page, and its place in the tie-break order (`localeCompare`). Sorting each page's
 * candidates by comparing strings cost about a millisecond a page at 1,000 guides; comparing places gives
 * the same order. Keys that compare equal share a place, so the stable sort keeps them as before.
 */
interface GraphIndex {
	page: Map<EntryKey, boolean>;
	place: Map<EntryKey, number>;
}
const indexes = new WeakMap<Graph, GraphIndex>();

/** The graph's index; a graph is finished when built (buildGraph), so the index never goes stale. */
function indexOf(graph: Graph): GraphIndex {
	let index = indexes.get(graph);
	if (!index) {
		// Every key on either end of an edge: all that a page's ranking can meet.
		const all = new Set<EntryKey>();
		for (const [from, to] of graph.outgoing) for (const k of [from, ...to]) all.add(k);
		for (const [to, from] of graph.incoming) for (const k of [to, ...from]) all.add(k);
		const keys = [...all].sort((a, b) => a.localeCompare(b));
		const place = new Map<EntryKey, number>();
		keys.forEach((k, i) => place.set(k, i > 0 && keys[i - 1]!.localeCompare(k) === 0 ? place.get(keys[i - 1]!)! : i));
		index = { page: new Map(keys.map((k) => [k, isPage(k)])), place };
		indexes.set(graph, index);
	}
	return index;
}

/**
 * The `limit` page entries most related to `key`, best first. Ties break by key so the order is
 * stable between builds.
 */
export function relatedEntries(graph: Graph, key: EntryKey, limit = 6): EntryKey[] {
	const { page, place } = indexOf(graph);
	const scores = new Map<EntryKey, number>();
	const add = (other: EntryKey, points: number) => {
		if (other !== key && page.get(other)) scores.set(other, (scores.get(other) ?? 0) + points);
	};
	const out = graph.outgoing.get(key) ?? [];
	for (const target of out) add(target, WEIGHTS.direct);
	for (const source of graph.incoming.get(key) ?? []) add(source, WEIGHTS.direct);
	for (const target of out) {
		const siblings = graph.incoming.get(target) ?? [];
		if (siblings.length > MAX_SHARED_FANOUT) continue;
		const weight = target.startsWith('sources/') ? WEIGHTS.sharedSource : WEIGHTS.sharedTarget;
		for (const sibling of siblings) add(sibling, weight);
	}
	return [...scores.entries()]
		.sort(([a, sa], [b, sb]) => sb - sa || place.get(a)! - place.get(b)!)
		.slice(0, limit)
		.map(([k]) => k);
}

/** Page entries that reference `key`, in a stable order. */
export function referencedBy(graph: Graph, key: EntryKey): EntryKey[] {
	return (graph.incoming.get(key) ?? []).filter(isPage).sort();
}
