import { describe, expect, it } from 'vitest';
import { wordsOf } from '../../src/lib/search/search-query.ts';
import { WordList } from '../../src/lib/search/word-list.ts';

const texts = [
	'Juvéderm Voluma XC: hyaluronic acid (HA) filler, 2.5 mL, 12–24 months.',
	'Don’t rub the area; it’s normal to see swelling for 2–3 days. Botox® vs. Dysport?',
	'  leading and trailing\tspace\nand new lines\u00a0with a no-break space ',
	'Accents on their own: e\u0301te\u0301 and a mark after a space \u0301abc; Greek ΟΔΟΣ and Straße.',
	'numbers 100 2024 and 3d and a1b2, hyphenated onabotulinumtoxinA-based words/slashes',
	'',
];

describe('WordList', () => {
	it('collects the same words as wordsOf over each text', () => {
		const list = new WordList();
		for (const t of texts) list.add(t);
		expect([...list.words].sort()).toEqual([...new Set(texts.flatMap(wordsOf))].sort());
	});
	it('gives the same words when a token comes back (from its memory)', () => {
		const list = new WordList();
		list.add('Hyaluronidase dissolves hyaluronic acid.');
		list.add('hyaluronic acid, again');
		expect([...list.words].sort()).toEqual(['acid', 'again', 'dissolves', 'hyaluronic', 'hyaluronidase']);
	});
	it('keeps words of three letters or more that are not bare numbers', () => {
		const list = new WordList();
		list.add('HA is 24 mg in 1 mL of gel 3d');
		expect([...list.words].sort()).toEqual(['gel']);
	});
});
