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
 * The graph as numbers, worked out once per graph rather than once per page: every key gets a place
 * in the tie-break order (`localeCompare`, then code units for keys it calls equal), and the edges are
 * lists of places. Ranking a page then scores into an array and sorts numbers; comparing and hashing
 * strings for every candidate of every page cost about a millisecond a page at 1,000 guides.
 */
interface GraphIndex {
	keys: EntryKey[];
	place: Map<EntryKey, number>;
	/** By place: 1 when the key has a page of its own. */
	page: Uint8Array;
	/** By place: 1 for a source (shared sources count for less). */
	source: Uint8Array;
	outgoing: number[][];
	incoming: number[][];
}
const indexes = new WeakMap<Graph, GraphIndex>();

/** The graph's index; a graph is finished when built (buildGraph), so the index never goes stale. */
function indexOf(graph: Graph): GraphIndex {
	const found = indexes.get(graph);
	if (found) return found;
	// Every key on either end of an edge: all that a page's ranking can meet.
	const all = new Set<EntryKey>();
	for (const [from, to] of graph.outgoing) for (const k of [from, ...to]) all.add(k);
	for (const [to, from] of graph.incoming) for (const k of [to, ...from]) all.add(k);
	const keys = [...all].sort((a, b) => a.localeCompare(b) || (a < b ? -1 : 1));
	const place = new Map(keys.map((k, i) => [k, i]));
	const lists = (edges: Map<EntryKey, EntryKey[]>) => keys.map((k) => (edges.get(k) ?? []).map((e) => place.get(e)!));
	const index: GraphIndex = {
		keys,
		place,
		page: Uint8Array.from(keys, (k) => (isPage(k) ? 1 : 0)),
		source: Uint8Array.from(keys, (k) => (k.startsWith('sources/') ? 1 : 0)),
		outgoing: lists(graph.outgoing),
		incoming: lists(graph.incoming),
	};
	indexes.set(graph, index);
	return index;
}

/**
 * The `limit` page entries most related to `key`, best first. Ties break by key so the order is
 * stable between builds.
 */
export function relatedEntries(graph: Graph, key: EntryKey, limit = 6): EntryKey[] {
	const { keys, place, page, source, outgoing, incoming } = indexOf(graph);
	const self = place.get(key);
	if (self === undefined) return [];
	const scores = new Float64Array(keys.length);
	const scored: number[] = [];
	const add = (other: number, points: number) => {
		if (other === self || page[other] === 0) return;
		// Every weight is positive, so a zero score means "not yet scored".
		if (scores[other] === 0) scored.push(other);
		scores[other]! += points;
	};
	const out = outgoing[self]!;
	for (const target of out) add(target, WEIGHTS.direct);
	for (const from of incoming[self]!) add(from, WEIGHTS.direct);
	for (const target of out) {
		const siblings = incoming[target]!;
		if (siblings.length > MAX_SHARED_FANOUT) continue;
		const weight = source[target] ? WEIGHTS.sharedSource : WEIGHTS.sharedTarget;
		for (const sibling of siblings) add(sibling, weight);
	}
	return scored
		.sort((a, b) => scores[b]! - scores[a]! || a - b)
		.slice(0, limit)
		.map((at) => keys[at]!);
}

/** Page entries that reference `key`, in a stable order. */
export function referencedBy(graph: Graph, key: EntryKey): EntryKey[] {
	return (graph.incoming.get(key) ?? []).filter(isPage).sort();
}
