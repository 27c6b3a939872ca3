import { describe, expect, it } from 'vitest';
import { bodyReferences, referencesOf } from '../../src/lib/corpus/references.ts';

describe('bodyReferences', () => {
	it('finds each MDX component reference with its line', () => {
		const body =
			'Intro\nSee <Term id="ptosis">droop</Term>.<Cite id="fda-label" />\n<EntryLink to="areas/lips">lips</EntryLink> <Fact of="fillers/hyaluronic-acid" field="duration" />';
		expect(bodyReferences(body)).toEqual([
			{ field: 'body <Term>', collection: 'glossary', id: 'ptosis', bodyLine: 2 },
			{ field: 'body <Cite>', collection: 'sources', id: 'fda-label', bodyLine: 2 },
			{ field: 'body <EntryLink>', collection: 'areas', id: 'lips', bodyLine: 3 },
			{ field: 'body <Fact>', collection: 'fillers', id: 'hyaluronic-acid', bodyLine: 3 },
		]);
	});
});

describe('withoutComments', () => {
	it('skips components inside MDX comments and keeps line numbers', () => {
		const body = '{/* <Cite id="a" />\n<Term id="b">x</Term> */}\nText.<Cite id="c" />';
		expect(bodyReferences(body)).toEqual([{ field: 'body <Cite>', collection: 'sources', id: 'c', bodyLine: 3 }]);
	});
});

describe('referencesOf', () => {
	it('names the frontmatter field of every reference of a brand', () => {
		const refs = referencesOf('neuromodulators', {
			id: 'b',
			data: {
				sources: ['s1'],
				related: ['guides/g'],
				approvals: [{ area: 'frown-lines', source: 's2' }],
				onset: { source: 's3' },
				duration: { source: 's4' },
				formulation: { source: 's5' },
				doseLimit: { source: 's6' },
				offLabelAreas: ['masseter'],
			},
		});
		expect(refs.map((r) => `${r.field}->${r.collection}/${r.id}`)).toEqual([
			'sources[0]->sources/s1',
			'related[0]->guides/g',
			'approvals[0].area->areas/frown-lines',
			'approvals[0].source->sources/s2',
			// In the schema's order (src/schemas/neuromodulator.ts), from which the fields are read.
			'formulation.source->sources/s5',
			'onset.source->sources/s3',
			'duration.source->sources/s4',
			'doseLimit.source->sources/s6',
			'offLabelAreas[0]->areas/masseter',
		]);
	});
	it('reads glossary see-also links', () => {
		expect(referencesOf('glossary', { id: 't', data: { seeAlso: ['u'] } })).toEqual([
			{ field: 'seeAlso[0]', collection: 'glossary', id: 'u' },
		]);
	});
});
