import { describe, expect, it } from 'vitest';
import { allowedTypos, buildVocabulary, correctQuery, editDistance, exactMatches, excerptsConfirm, normalise, type Vocabulary } from '../../src/lib/search-vocabulary.ts';

const vocabulary: Vocabulary = {
	entries: [
		{ u: '/neuromodulators/botox-cosmetic/', t: 'Botox Cosmetic (onabotulinumtoxinA)', k: 'Neuromodulator brand', a: ['botox', 'botx', 'vistabel'] },
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
		expect([3, 4, 5, 6, 9, 10].map(allowedTypos)).toEqual([0, 1, 1, 2, 2, 3]);
	});
});

describe('exactMatches', () => {
	it('finds the entry that owns an alias', () => {
		expect(exactMatches('Smile lines', vocabulary).map((m) => m.entry.u)).toEqual(['/areas/nasolabial-folds/']);
	});
	it('matches a title without its parenthetical, and puts the named page before a glossary alias', () => {
		expect(exactMatches('dysport', vocabulary).map((m) => m.entry.u)).toEqual(['/neuromodulators/dysport/', '/glossary/#abobotulinumtoxina']);
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
		expect(correctQuery('botoks', vocabulary)).toBe('botox');
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
