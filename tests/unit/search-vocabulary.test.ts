import { describe, expect, it } from 'vitest';
import {
	allowedTypos,
	buildVocabulary,
	contentWords,
	correctQuery,
	exactMatches,
	excerptsConfirm,
	lexicon,
	namedBy,
	namedFirst,
	normalise,
	resolveVersus,
	splitVersus,
	wordsOf,
	type Vocabulary,
} from '../../src/lib/search/search-vocabulary.ts';
import { editDistance } from '../../src/lib/text/edit-distance.ts';

const vocabulary: Vocabulary = {
	entries: [
		{
			u: '/neuromodulators/botox-cosmetic/',
			t: 'Botox Cosmetic (onabotulinumtoxinA)',
			k: 'Neuromodulator brand',
			a: ['botox', 'botx', 'vistabel'],
		},
		{ u: '/neuromodulators/dysport/', t: 'Dysport (abobotulinumtoxinA)', k: 'Neuromodulator brand', a: ['disport', 'azzalure'] },
		{ u: '/fillers/hyaluronic-acid/', t: 'Hyaluronic acid fillers', k: 'Filler material', a: ['juvederm', 'restylane', 'lip filler'] },
		{ u: '/areas/lips/', t: 'Lips (lip filler and the lip flip)', k: 'Treatment area', a: ['lip filler', 'lip flip'] },
		{ u: '/areas/nasolabial-folds/', t: 'Nasolabial folds', k: 'Treatment area', a: ['smile lines', 'laugh lines'] },
		{ u: '/guides/reversing-fillers/', t: 'Reversing fillers', k: 'Guide', a: ['dissolve filler', 'hyaluronidase'] },
		{ u: '/glossary/#abobotulinumtoxina', t: 'AbobotulinumtoxinA', k: 'Glossary term', a: ['Dysport'] },
	],
};

describe('normalise', () => {
	it('folds case, accents, apostrophes and punctuation', () => {
		expect(normalise('  Juvéderm® Voluma ')).toBe('juvederm voluma');
		expect(normalise("Crow's-feet")).toBe('crows feet');
	});
});

describe('editDistance', () => {
	it('counts insertions, deletions, substitutions and neighbour swaps as one each', () => {
		expect(editDistance('zeomin', 'xeomin')).toBe(1);
		expect(editDistance('restalyne', 'restylane')).toBe(2);
		expect(editDistance('botxo', 'botox')).toBe(1);
		expect(editDistance('botoks', 'botox')).toBe(2);
		expect(editDistance('', 'abc')).toBe(3);
	});
	it('gives up early beyond the limit', () => {
		expect(editDistance('hyaluronidase', 'botox', 2)).toBe(3);
	});
});

describe('allowedTypos', () => {
	it('tolerates none in short words and more in long ones', () => {
		expect([3, 4, 5, 7, 8, 11, 12].map(allowedTypos)).toEqual([0, 1, 1, 1, 2, 2, 3]);
	});
});

describe('exactMatches', () => {
	it('finds the entry that owns an alias', () => {
		expect(exactMatches('Smile lines', vocabulary).map((m) => m.entry.u)).toEqual(['/areas/nasolabial-folds/']);
	});
	it('matches a title without its parenthetical, and puts the named page before a glossary alias', () => {
		expect(exactMatches('dysport', vocabulary).map((m) => m.entry.u)).toEqual([
			'/neuromodulators/dysport/',
			'/glossary/#abobotulinumtoxina',
		]);
	});
	it('puts the page whose title holds the phrase first when two pages share an alias', () => {
		expect(exactMatches('lip filler', vocabulary).map((m) => m.entry.u)).toEqual(['/areas/lips/', '/fillers/hyaluronic-acid/']);
	});
	it('finds nothing for a partial phrase or an empty query', () => {
		expect(exactMatches('smile', vocabulary)).toEqual([]);
		expect(exactMatches('  ', vocabulary)).toEqual([]);
	});
});

describe('correctQuery', () => {
	it('corrects a misspelt brand or product family to the nearest title or alias', () => {
		expect(correctQuery('botxo', vocabulary)).toBe('botox');
		expect(correctQuery('restilane', vocabulary)).toBe('restylane');
		expect(correctQuery('Dysprot', vocabulary)).toBe('dysport');
	});
	it('corrects a whole misspelt phrase', () => {
		expect(correctQuery('dissolv filer', vocabulary)).toBe('dissolve filler');
	});
	it('corrects word by word, keeping words that begin a known word', () => {
		expect(correctQuery('smile linez dysprot', vocabulary)).toBe('smile lines dysport');
	});
	it('leaves known words, prefixes of known words and unknown short words alone', () => {
		expect(correctQuery('botox', vocabulary)).toBeUndefined();
		expect(correctQuery('hyalu', vocabulary)).toBeUndefined();
		expect(correctQuery('xyz', vocabulary)).toBeUndefined();
		expect(correctQuery('completely unrelated', vocabulary)).toBeUndefined();
	});
});

describe('excerptsConfirm', () => {
	it('accepts results whose highlighted words share the query word stem', () => {
		expect(excerptsConfirm('pregnant', ['avoid it while <mark>pregnancy</mark> lasts'])).toBe(true);
		expect(excerptsConfirm('lips', ['not highlighted'])).toBe(false);
	});
	it('rejects loose matches whose highlights are other words', () => {
		expect(excerptsConfirm('restilane', ['<mark>Reports</mark> and case series'])).toBe(false);
	});
	it('ignores words shorter than four letters', () => {
		expect(excerptsConfirm('a b', [])).toBe(true);
	});
});

describe('buildVocabulary', () => {
	it('keeps pages and terms with a kind, drops drafts and duplicate aliases', () => {
		const built = buildVocabulary(
			[
				{ collection: 'areas', id: 'lips', data: { title: 'Lips', aliases: ['lip filler', 'lip filler'] } },
				{ collection: 'areas', id: 'wip', data: { title: 'Draft', draft: true } },
				{ collection: 'glossary', id: 'ptosis', data: { term: 'Ptosis', aliases: ['droopy eyelid'] } },
				{ collection: 'sources', id: 'nhs', data: { title: 'NHS' } },
			],
			(c, id) => (c === 'glossary' ? `/glossary/#${id}` : `/${c}/${id}/`),
			(c) => ({ areas: 'Treatment area', glossary: 'Glossary term' })[c],
		);
		expect(built.entries).toEqual([
			{ u: '/areas/lips/', t: 'Lips', k: 'Treatment area', a: ['lip filler'] },
			{ u: '/glossary/#ptosis', t: 'Ptosis', k: 'Glossary term', a: ['droopy eyelid'] },
		]);
	});
});

describe('correctQuery never rewrites a word the site knows', () => {
	const known = lexicon(vocabulary, ['anyone', 'facial', 'trouble', 'spread', 'working', 'anymore', 'double', 'labial']);
	it('leaves every word found in the index text or the vocabulary as typed', () => {
		for (const q of ['botox not working anymore', 'double chin', 'labial', 'facial', 'spread'])
			expect(correctQuery(q, known)).toBeUndefined();
	});
	it('corrects only the unknown word of a multi-word query', () => {
		expect(correctQuery('botox not workng anymore', known)).toBe('botox not working anymore');
		expect(correctQuery('dysprot spread', known)).toBe('dysport spread');
	});
	it('does not turn an unknown real word into a different word that starts otherwise', () => {
		expect(correctQuery('thread', lexicon(vocabulary, ['spread', 'treat']))).toBeUndefined();
		expect(correctQuery('labial', lexicon(vocabulary, ['facial']))).toBeUndefined();
	});
	it('lets a first letter that sounds alike change (zeomin for xeomin)', () => {
		expect(correctQuery('zeomin', lexicon({ entries: [{ u: '/x/', t: 'Xeomin', k: 'Brand', a: [] }] }))).toBe('xeomin');
	});
	it('leaves numbers alone', () => {
		expect(correctQuery('11 lines', known)).toBeUndefined();
	});
});

const withPairs: Vocabulary = {
	entries: [
		...vocabulary.entries,
		{
			u: '/compare/botox-cosmetic-vs-dysport/',
			t: 'Botox Cosmetic vs Dysport',
			k: 'Comparison',
			a: [],
			s: ['/neuromodulators/botox-cosmetic/', '/neuromodulators/dysport/'],
		},
	],
};

describe('splitVersus and resolveVersus', () => {
	it('splits the ways readers compare two things', () => {
		expect(splitVersus('Botox vs. Dysport')).toEqual(['botox', 'dysport']);
		expect(splitVersus('botox versus dysport')).toEqual(['botox', 'dysport']);
		expect(splitVersus('botox or dysport')).toEqual(['botox', 'dysport']);
		expect(splitVersus('difference between botox compared to dysport')).toEqual(['botox', 'dysport']);
		expect(splitVersus('botox side effects')).toBeUndefined();
	});
	it('finds the comparison from either side, by brand name, alias or misspelling', () => {
		for (const q of ['botox vs dysport', 'dysport vs botox', 'vistabel vs azzalure', 'botxo vs dysprot']) {
			const r = resolveVersus(q, withPairs);
			expect(r?.comparison?.u, q).toBe('/compare/botox-cosmetic-vs-dysport/');
		}
		expect(resolveVersus('dysport vs botox', withPairs)?.sides.map((s) => s.u)).toEqual([
			'/neuromodulators/dysport/',
			'/neuromodulators/botox-cosmetic/',
		]);
	});
	it('has no comparison for a pair the site does not compare, and nothing for unknown names', () => {
		expect(resolveVersus('botox vs juvederm', withPairs)?.comparison).toBeUndefined();
		expect(resolveVersus('botox vs qqqq', withPairs)).toBeUndefined();
	});
});

describe('contentWords', () => {
	it('drops question scaffolding but keeps the words that carry meaning', () => {
		expect(contentWords('How long does lip filler last?')).toBe('long lip filler last');
		expect(contentWords('can I get botox while breastfeeding')).toBe('botox breastfeeding');
		expect(contentWords('botox not working')).toBe('botox not working');
		expect(contentWords('how much is lip filler')).toBe('much lip filler');
		expect(contentWords('what is it')).toBe('what is it');
	});
});

describe('namedBy and namedFirst', () => {
	it('ranks an exact title over an exact alias over a question-word match', () => {
		expect(namedBy('ptosis', 'Ptosis', [])).toBe(4);
		expect(namedBy('ptosis', 'Brow ptosis', [])).toBe(0);
		expect(namedBy('botox vs fillers', 'Botox vs fillers: what each does', [])).toBe(4);
		expect(namedBy('smile lines', 'Nasolabial folds', ['smile lines'])).toBe(3);
		expect(namedBy('can I get botox while breastfeeding', 'Botox is safe in pregnancy', ['botox breastfeeding'])).toBe(1);
	});
	it('moves the named result to the front and keeps the rest in order', () => {
		const results = [
			{ title: 'Brow ptosis', aliases: [] },
			{ title: 'Eyelid surgery', aliases: [] },
			{ title: 'Ptosis', aliases: [] },
		];
		expect(namedFirst('ptosis', results).map((r) => r.title)).toEqual(['Ptosis', 'Brow ptosis', 'Eyelid surgery']);
	});
});

describe('wordsOf', () => {
	it('lists distinct normalised words of three letters or more, without bare numbers', () => {
		expect(wordsOf('Juvéderm lasts 6 to 12 months; juvederm is HA')).toEqual(['juvederm', 'lasts', 'months']);
	});
});
