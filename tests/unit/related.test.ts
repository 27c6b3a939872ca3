import { describe, expect, it } from 'vitest';
import type { Graph } from '../../src/lib/corpus/graph.ts';
import { MAX_SHARED_FANOUT, referencedBy, relatedEntries } from '../../src/lib/navigation/related.ts';
import type { EntryKey } from '../../src/lib/site/urls.ts';

function graphOf(edges: Array<[EntryKey, EntryKey]>): Graph {
	const outgoing = new Map<EntryKey, EntryKey[]>();
	const incoming = new Map<EntryKey, EntryKey[]>();
	for (const [from, to] of edges) {
		outgoing.set(from, [...(outgoing.get(from) ?? []), to]);
		incoming.set(to, [...(incoming.get(to) ?? []), from]);
	}
	return { outgoing, incoming, problems: [] };
}

describe('relatedEntries', () => {
	const graph = graphOf([
		['guides/a', 'areas/lips'],
		['guides/a', 'sources/s'],
		['guides/b', 'areas/lips'],
		['guides/c', 'sources/s'],
		['myths/m', 'guides/a'],
		['guides/a', 'glossary/t'],
	]);
	it('ranks direct links, then shared areas, then shared sources, and never lists non-pages', () => {
		expect(relatedEntries(graph, 'guides/a')).toEqual(['areas/lips', 'myths/m', 'guides/b', 'guides/c']);
	});
	it('respects the limit', () => expect(relatedEntries(graph, 'guides/a', 2)).toHaveLength(2));
	it('lists page backlinks only', () => {
		expect(referencedBy(graph, 'areas/lips')).toEqual(['guides/a', 'guides/b']);
		expect(referencedBy(graph, 'guides/a')).toEqual(['myths/m']);
	});
});

describe('relatedEntries on a large site', () => {
	it('ignores a target so common that sharing it means nothing, keeping per-page work constant', () => {
		const edges: Array<[EntryKey, EntryKey]> = [
			['guides/a', 'glossary/common'],
			['guides/a', 'areas/lips'],
			['guides/b', 'areas/lips'],
		];
		for (let i = 0; i <= MAX_SHARED_FANOUT; i++) edges.push([`guides/x${i}`, 'glossary/common']);
		expect(relatedEntries(graphOf(edges), 'guides/a')).toEqual(['areas/lips', 'guides/b']);
	});
	it('still counts a target shared by fewer pages than the limit', () => {
		const edges: Array<[EntryKey, EntryKey]> = [
			['guides/a', 'glossary/common'],
			['guides/b', 'glossary/common'],
		];
		expect(relatedEntries(graphOf(edges), 'guides/a')).toEqual(['guides/b']);
	});
});

describe('relatedEntries tie-break', () => {
	it('breaks equal scores by key in localeCompare order, as a per-page string sort would', () => {
		// Ten pages share one target with guides/a: all score the same, so the order is the keys' order.
		const others: EntryKey[] = ['guides/b-2', 'guides/B1', 'myths/z', 'areas/lips', 'guides/b10', 'guides/b_1', 'guides/ab'];
		const edges: Array<[EntryKey, EntryKey]> = [['guides/a', 'glossary/t'], ...others.map((o): [EntryKey, EntryKey] => [o, 'glossary/t'])];
		expect(relatedEntries(graphOf(edges), 'guides/a', 10)).toEqual([...others].sort((x, y) => x.localeCompare(y)));
	});
	it('orders keys that localeCompare calls equal by code units, so the order never depends on the page', () => {
		// "é" written precomposed and as e + combining accent: the same text to localeCompare.
		const decomposed: EntryKey = 'guides/caf\u0065\u0301';
		const precomposed: EntryKey = 'guides/caf\u00e9';
		expect(decomposed.localeCompare(precomposed)).toBe(0);
		for (const edges of [
			[
				['guides/a', 'glossary/t'],
				[precomposed, 'glossary/t'],
				[decomposed, 'glossary/t'],
			],
			[
				['guides/a', 'glossary/t'],
				[decomposed, 'glossary/t'],
				[precomposed, 'glossary/t'],
			],
		] as Array<Array<[EntryKey, EntryKey]>>)
			expect(relatedEntries(graphOf(edges), 'guides/a')).toEqual([decomposed, precomposed]);
	});
	it('ranks a second graph by its own keys (the index is per graph)', () => {
		const first = graphOf([
			['guides/a', 'areas/lips'],
			['guides/b', 'areas/lips'],
		]);
		const second = graphOf([
			['guides/a', 'areas/chin'],
			['guides/c', 'areas/chin'],
		]);
		expect(relatedEntries(first, 'guides/a')).toEqual(['areas/lips', 'guides/b']);
		expect(relatedEntries(second, 'guides/a')).toEqual(['areas/chin', 'guides/c']);
	});
});
