/**
 * Reference fields are declared once, in the schemas, with ref() / anyRef (src/schemas/fragments.ts);
 * src/lib/corpus/references.ts reads them from there. These tests fail when the walk misses a kind of schema
 * node, or when ref() stops tagging its fields.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { anyRef, ref } from '../../src/schemas/fragments.ts';
import { referencesOf, refFields, refFieldsOf, safetyRefs } from '../../src/lib/corpus/references.ts';

const paths = (fields: ReadonlyArray<{ path: readonly string[]; collection: string }>) =>
	fields.map((f) => `${f.path.join('.')} -> ${f.collection}`);

describe('reference fields read from the schemas', () => {
	it('finds refs through objects, lists, optional values, unions, refinements and transforms', () => {
		const schema = z
			.object({
				a: ref('areas'),
				b: ref('sources').optional(),
				list: z.array(z.object({ area: ref('areas').optional(), source: ref('sources') })),
				either: z.union([z.object({ p: ref('products') }), z.object({ p: ref('products'), q: ref('fillers') })]),
				related: z.array(anyRef).default([]),
				changed: z.string().transform((s) => s),
				plain: z.string(),
			})
			.refine(() => true);
		expect(paths(refFields(schema as never))).toEqual([
			'a -> areas',
			'b -> sources',
			'list.[].area -> areas',
			'list.[].source -> sources',
			'either.p -> products',
			'either.q -> fillers',
			'related.[] -> any',
		]);
	});

	it('reads every reference field of the real schemas, e.g. a product names its material, areas and sources', () => {
		expect(paths(refFieldsOf('products'))).toEqual(
			expect.arrayContaining([
				'material -> fillers',
				'approvals.[].areas.[] -> areas',
				'approvals.[].source -> sources',
				'labelDuration.area -> areas',
				'sources.[] -> sources',
				'related.[] -> any',
			]),
		);
		expect(paths(refFieldsOf('product-pairs'))).toEqual(['a -> products', 'b -> products', 'sources.[] -> sources']);
		expect(paths(refFieldsOf('glossary'))).toEqual(expect.arrayContaining(['seeAlso.[] -> glossary']));
		expect(refFieldsOf('sources')).toEqual([]);
	});

	it('turns each value into a reference named by its field, with "collection/id" split for any-refs', () => {
		const refs = referencesOf('products', {
			id: 'x',
			data: {
				material: 'hyaluronic-acid',
				approvals: [{ areas: ['lips', 'cheeks'], source: 's1' }],
				sources: ['s1'],
				related: ['guides/aftercare'],
			},
		});
		expect(refs.map((r) => `${r.field}=${r.collection}/${r.id}`)).toEqual(
			expect.arrayContaining([
				'material=fillers/hyaluronic-acid',
				'approvals[0].areas[1]=areas/cheeks',
				'approvals[0].source=sources/s1',
				'sources[0]=sources/s1',
				'related[0]=guides/aftercare',
			]),
		);
		expect(refs).toHaveLength(6);
	});

	it('picks the safety statements out of an entry', () => {
		const refs = safetyRefs('neuromodulators', {
			warnings: [{ source: 'w' }],
			pregnancyAndBreastfeeding: { pregnancy: { source: 'p' } },
			sources: ['other'],
		});
		expect(refs.map((r) => r.field)).toEqual(['warnings[0].source', 'pregnancyAndBreastfeeding.pregnancy.source']);
	});
});
