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
 * The `limit` page entries most related to `key`, best first. Ties break by key so the order is
 * stable between builds.
 */
export function relatedEntries(graph: Graph, key: EntryKey, limit = 6): EntryKey[] {
	const scores = new Map<EntryKey, number>();
	const add = (other: EntryKey, points: number) => {
		if (other !== key && isPage(other)) scores.set(other, (scores.get(other) ?? 0) + points);
	};
	const out = graph.outgoing.get(key) ?? [];
	for (const target of out) add(target, WEIGHTS.direct);
	for (const source of graph.incoming.get(key) ?? []) add(source, WEIGHTS.direct);
	for (const target of out) {
		const siblings = graph.incoming.get(target) ?? [];
		if (siblings.length > MAX_SHARED_FANOUT) continue;
		const weight = parseKey(target).collection === 'sources' ? WEIGHTS.sharedSource : WEIGHTS.sharedTarget;
		for (const sibling of siblings) add(sibling, weight);
	}
	return [...scores.entries()]
		.sort(([a, sa], [b, sb]) => sb - sa || a.localeCompare(b))
		.slice(0, limit)
		.map(([k]) => k);
}

/** Page entries that reference `key`, in a stable order. */
export function referencedBy(graph: Graph, key: EntryKey): EntryKey[] {
	return (graph.incoming.get(key) ?? []).filter(isPage).sort();
}
