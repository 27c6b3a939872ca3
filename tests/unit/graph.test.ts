import { describe, expect, it } from 'vitest';
import { buildGraph, closestId, formatProblems, type SiteEntries } from '../../src/lib/corpus/graph.ts';
import { editDistance } from '../../src/lib/text/edit-distance.ts';

const empty = (): SiteEntries => ({
	neuromodulators: [],
	fillers: [],
	areas: [],
	guides: [],
	myths: [],
	products: [],
	'product-pairs': [],
	glossary: [],
	sources: [],
});

describe('buildGraph', () => {
	it('links entries both ways', () => {
		const site = empty();
		site.sources.push({ id: 's', filePath: 'sources/s.yaml', data: {} });
		site.areas.push({ id: 'lips', filePath: 'areas/lips.mdx', data: { sources: ['s'] } });
		site.guides.push({ id: 'g', filePath: 'guides/g.mdx', data: { sources: ['s'], related: ['areas/lips'] } });
		const graph = buildGraph(site);
		expect(graph.problems).toEqual([]);
		expect(graph.outgoing.get('guides/g')).toEqual(['sources/s', 'areas/lips']);
		expect(graph.incoming.get('areas/lips')).toEqual(['guides/g']);
		expect(graph.incoming.get('sources/s')).toEqual(['areas/lips', 'guides/g']);
	});

	it('reports a dangling reference with file, field, id and the closest id', () => {
		const site = empty();
		site.areas.push({ id: 'lips', filePath: 'areas/lips.mdx', data: { sources: [] } });
		site.guides.push({ id: 'g', filePath: 'guides/g.mdx', data: { related: ['areas/lipz'] } });
		const [problem] = buildGraph(site).problems;
		expect(problem).toEqual({
			file: 'guides/g.mdx',
			field: 'related[0]',
			message: 'references "lipz" in areas, but no such entry exists; did you mean "lips"?',
		});
	});

	it('gives body problems the file line', () => {
		const site = empty();
		site.guides.push({ id: 'g', filePath: 'guides/g.mdx', data: {}, body: 'a\n<Term id="nope" />', bodyStartLine: 10 });
		const [problem] = buildGraph(site).problems;
		expect(problem?.line).toBe(11);
		expect(problem?.field).toBe('body <Term>');
		expect(formatProblems([problem!])).toMatch(/^guides\/g\.mdx:11: body <Term>: references "nope" in glossary/);
	});

	it('reports duplicate ids', () => {
		const site = empty();
		site.myths.push({ id: 'm', filePath: 'myths/m.mdx', data: {} }, { id: 'm', filePath: 'myths/old/m.mdx', data: {} });
		expect(buildGraph(site).problems[0]?.message).toBe('duplicate id "m" in myths: myths/m.mdx has it too; rename one file');
	});
});

describe('closestId', () => {
	it('suggests a near miss and nothing for a far one', () => {
		expect(editDistance('kitten', 'sitting')).toBe(3);
		expect(closestId('botox-cosmtic', ['botox-cosmetic', 'dysport'])).toBe('botox-cosmetic');
		expect(closestId('zzz', ['botox-cosmetic'])).toBeUndefined();
	});
});
