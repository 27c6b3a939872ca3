/**
 * The related-page ranking as the build runs it (numbers, one reused score array, only the best few
 * kept) against the plain definition: score every page by its links, sort them all, take the first few.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph, type Graph, type SiteEntries } from '../../src/lib/corpus/graph.ts';
import { referencesOf } from '../../src/lib/corpus/references.ts';
import { bestPlaces, MAX_SHARED_FANOUT, relatedEntries } from '../../src/lib/navigation/related.ts';
import { hasOwnPage, parseKey, type EntryKey } from '../../src/lib/site/urls.ts';
import { COLLECTIONS } from '../../src/schemas/fragments.ts';

/** The ranking written the plain way: strings, a map of scores, every candidate sorted. */
function plainRanking(graph: Graph, key: EntryKey, limit: number): EntryKey[] {
	const isPage = (k: EntryKey) => hasOwnPage(parseKey(k).collection);
	const scores = new Map<EntryKey, number>();
	const add = (other: EntryKey, points: number) => {
		if (other !== key && isPage(other)) scores.set(other, (scores.get(other) ?? 0) + points);
	};
	const out = graph.outgoing.get(key) ?? [];
	for (const target of out) add(target, 4);
	for (const from of graph.incoming.get(key) ?? []) add(from, 4);
	for (const target of out) {
		const siblings = graph.incoming.get(target) ?? [];
		if (siblings.length > MAX_SHARED_FANOUT) continue;
		for (const sibling of siblings) add(sibling, target.startsWith('sources/') ? 0.5 : 2);
	}
	return [...scores]
		.sort(([a, x], [b, y]) => y - x || a.localeCompare(b) || (a < b ? -1 : 1))
		.slice(0, limit)
		.map(([k]) => k);
}

/** A deterministic generator, so a failure names a graph that can be built again. */
function rng(seed: number) {
	let s = seed >>> 0;
	return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** A site-like graph: pages linking to pages, terms and sources, with a few targets shared by very many. */
function randomGraph(seed: number, pages: number): Graph {
	const random = rng(seed);
	const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
	const kinds = ['guides', 'myths', 'areas', 'fillers'] as const;
	const pageKeys = Array.from({ length: pages }, (_, i): EntryKey => `${pick(kinds)}/p${i}`);
	const targets: EntryKey[] = [
		...pageKeys,
		...Array.from({ length: 12 }, (_, i): EntryKey => `glossary/t${i}`),
		...Array.from({ length: 8 }, (_, i): EntryKey => `sources/s${i}`),
	];
	const outgoing = new Map<EntryKey, EntryKey[]>();
	const incoming = new Map<EntryKey, EntryKey[]>();
	for (const from of pageKeys) {
		const to = new Set<EntryKey>();
		const n = 1 + Math.floor(random() * 8);
		while (to.size < n) to.add(pick(targets));
		// Every page names the busiest term, which more pages share than the fan-out limit.
		to.add('glossary/everywhere');
		to.delete(from);
		outgoing.set(from, [...to]);
		for (const t of to) incoming.set(t, [...(incoming.get(t) ?? []), from]);
	}
	return { outgoing, incoming, problems: [] };
}

describe('relatedEntries', () => {
	it('ranks as the plain definition does, on graphs with ties, shared sources and a target shared too widely', () => {
		for (const seed of [1, 2, 3]) {
			const graph = randomGraph(seed, MAX_SHARED_FANOUT + 60);
			for (const key of graph.outgoing.keys())
				for (const limit of [6, 40])
					expect(relatedEntries(graph, key, limit), `${key}, limit ${limit}`).toEqual(plainRanking(graph, key, limit));
		}
	});
	it('starts every ranking from zero (the score array is shared between pages)', () => {
		const graph = randomGraph(7, 80);
		const keys = [...graph.outgoing.keys()];
		const first = keys.map((k) => relatedEntries(graph, k, 10));
		// The same pages again, in reverse: any score left over from another page would change an order.
		const again = [...keys].reverse().map((k) => relatedEntries(graph, k, 10));
		expect(again.reverse()).toEqual(first);
	});
	it('gives nothing for a key outside the graph or a limit of zero', () => {
		const graph = randomGraph(9, 20);
		expect(relatedEntries(graph, 'guides/nowhere')).toEqual([]);
		expect(relatedEntries(graph, [...graph.outgoing.keys()][0]!, 0)).toEqual([]);
	});
});

describe('bestPlaces', () => {
	it('keeps the same places, in the same order, as sorting every candidate', () => {
		const random = rng(11);
		for (let round = 0; round < 50; round++) {
			const scores = Float64Array.from({ length: 200 }, () => Math.floor(random() * 6) / 2);
			const candidates = [...new Set(Array.from({ length: 120 }, () => Math.floor(random() * 200)))];
			const skip = candidates[Math.floor(random() * candidates.length)]!;
			const limit = Math.floor(random() * 50);
			const sorted = candidates
				.filter((c) => c !== skip)
				.sort((a, b) => scores[b]! - scores[a]! || a - b)
				.slice(0, limit);
			expect(bestPlaces(candidates, scores, skip, limit)).toEqual(sorted);
		}
	});
});

describe('buildGraph references', () => {
	it('keeps each entry’s references as referencesOf finds them, for its page to reuse', () => {
		const site = Object.fromEntries(COLLECTIONS.map((c) => [c, []])) as unknown as SiteEntries;
		site.glossary = [{ id: 'ptosis', filePath: 'glossary/ptosis.yaml', data: { term: 'Ptosis' } }];
		site.guides = [
			{
				id: 'g',
				filePath: 'guides/g.mdx',
				data: { title: 'G', related: ['glossary/ptosis'] },
				body: 'Line one.\nA <Term id="ptosis">droop</Term> here.\n{/* <Term id="ptosis" /> */}',
			},
		];
		const graph = buildGraph(site);
		expect(graph.references.get('guides/g')).toEqual(referencesOf('guides', site.guides[0]!));
		expect(graph.references.get('guides/g')?.map((r) => r.bodyLine ?? r.field)).toEqual(['related[0]', 2]);
		expect(graph.references.get('glossary/ptosis')).toEqual([]);
	});
});
