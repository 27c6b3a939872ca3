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
 * lists of places, already cut to what a ranking can use (pages, and targets shared by few enough).
 * Ranking a page then adds numbers into one reused array and keeps only the best few; comparing and
 * hashing strings, a closure call per candidate and sorting every candidate cost about a millisecond,
 * then a fifth of one, a page at 1,000 guides.
 */
interface GraphIndex {
	keys: EntryKey[];
	place: Map<EntryKey, number>;
	outgoing: number[][];
	/** By place: the pages that reference it (a direct link counts from either end). */
	incomingPages: Int32Array[];
	/**
	 * By place of a target: the pages that reference it, or undefined when more than MAX_SHARED_FANOUT
	 * entries of any kind do (a target that says nothing about how two pages relate).
	 */
	sharedBy: Array<Int32Array | undefined>;
	/** By place of a target: what sharing it is worth. */
	sharedWeight: Float64Array;
	/** By place: 1 when the key has a page of its own. */
	page: Uint8Array;
	/** Scores by place, all zero between calls: one array per graph rather than one per page. */
	scores: Float64Array;
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
	const page = Uint8Array.from(keys, (k) => (isPage(k) ? 1 : 0));
	const incoming = lists(graph.incoming);
	const pagesOf = (from: number[]) => Int32Array.from(from.filter((f) => page[f] === 1));
	const incomingPages = incoming.map(pagesOf);
	const index: GraphIndex = {
		keys,
		place,
		outgoing: lists(graph.outgoing),
		incomingPages,
		sharedBy: incoming.map((from, at) => (from.length > MAX_SHARED_FANOUT ? undefined : incomingPages[at])),
		sharedWeight: Float64Array.from(keys, (k) => (k.startsWith('sources/') ? WEIGHTS.sharedSource : WEIGHTS.sharedTarget)),
		page,
		scores: new Float64Array(keys.length),
	};
	indexes.set(graph, index);
	return index;
}

/**
 * The `limit` page entries most related to `key`, best first. Ties break by key so the order is
 * stable between builds.
 */
export function relatedEntries(graph: Graph, key: EntryKey, limit = 6): EntryKey[] {
	const { keys, place, outgoing, incomingPages, sharedBy, sharedWeight, page, scores } = indexOf(graph);
	const self = place.get(key);
	if (self === undefined) return [];
	// Every place scored, once each; the page itself is scored too (it shares its own targets) and skipped below.
	const scored: number[] = [];
	const add = (others: ArrayLike<number>, points: number) => {
		for (let i = 0; i < others.length; i++) {
			const other = others[i]!;
			// Every weight is positive, so a zero score means "not yet scored".
			if (scores[other] === 0) scored.push(other);
			scores[other]! += points;
		}
	};
	const out = outgoing[self]!;
	add(
		out.filter((target) => page[target] === 1),
		WEIGHTS.direct,
	);
	add(incomingPages[self]!, WEIGHTS.direct);
	for (const target of out) {
		const siblings = sharedBy[target];
		if (siblings) add(siblings, sharedWeight[target]!);
	}
	const best = bestPlaces(scored, scores, self, limit);
	for (const at of scored) scores[at] = 0;
	return best.map((at) => keys[at]!);
}

/**
 * The `limit` best of `candidates` (highest score, then lowest place), best first, leaving out `skip`:
 * the same as sorting them all and keeping the first `limit`, without sorting the hundreds a busy page
 * has when it shows a few.
 */
export function bestPlaces(candidates: readonly number[], scores: ArrayLike<number>, skip: number, limit: number): number[] {
	const best: number[] = [];
	if (limit <= 0) return best;
	// `a` ranks before `b`.
	const before = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
	for (const candidate of candidates) {
		if (candidate === skip) continue;
		if (best.length === limit && !before(candidate, best[limit - 1]!)) continue;
		let lo = 0;
		let hi = best.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (before(best[mid]!, candidate)) lo = mid + 1;
			else hi = mid;
		}
		best.splice(lo, 0, candidate);
		if (best.length > limit) best.pop();
	}
	return best;
}

/** Page entries that reference `key`, in a stable order. */
export function referencedBy(graph: Graph, key: EntryKey): EntryKey[] {
	return (graph.incoming.get(key) ?? []).filter(isPage).sort();
}
