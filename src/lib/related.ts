/** Ranks related entries from the cross-link graph: direct links first, then shared targets. */
import type { Graph } from './graph.ts';
import { parseKey, hasOwnPage, type EntryKey } from './urls.ts';

/** How much each kind of connection counts; direct links dominate, shared sources barely count. */
const WEIGHTS = { direct: 4, sharedTarget: 2, sharedSource: 0.5 } as const;

const isPage = (key: EntryKey) => hasOwnPage(parseKey(key).collection);

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
		const weight = parseKey(target).collection === 'sources' ? WEIGHTS.sharedSource : WEIGHTS.sharedTarget;
		for (const sibling of graph.incoming.get(target) ?? []) add(sibling, weight);
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
