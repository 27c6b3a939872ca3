import { describe, expect, it } from 'vitest';
import { byLetter, firstSentence, letterOf, termInProse, withFullStop } from '../../src/lib/text/prose.ts';

describe('withFullStop', () => {
	it('adds a stop to a part without one', () => expect(withFullStop('Brin MF, Kirby RS')).toBe('Brin MF, Kirby RS.'));
	it('never doubles the stop after "et al."', () => expect(withFullStop('Brin MF, Kirby RS, et al.')).toBe('Brin MF, Kirby RS, et al.'));
	it('keeps a question mark', () => expect(withFullStop('Is it safe?')).toBe('Is it safe?'));
	it('trims before deciding', () => expect(withFullStop('Smith J.  ')).toBe('Smith J.'));
});

describe('termInProse', () => {
	it('lowers a common noun', () => expect(termInProse('Lidocaine')).toBe('lidocaine'));
	it('lowers only the first letter', () => expect(termInProse('Amyotrophic lateral sclerosis')).toBe('amyotrophic lateral sclerosis'));
	it('keeps the inner capital of a generic name', () => expect(termInProse('OnabotulinumtoxinA')).toBe('onabotulinumtoxinA'));
	it('keeps an abbreviation', () => {
		expect(termInProse('PMMA (polymethyl methacrylate)')).toBe('PMMA (polymethyl methacrylate)');
		expect(termInProse('SNAP-25')).toBe('SNAP-25');
		expect(termInProse('BoNT')).toBe('BoNT');
	});
	it('keeps a proper name when the glossary marks it', () => expect(termInProse('Tyndall effect', true)).toBe('Tyndall effect'));
	it('lowers a parenthesised term', () => expect(termInProse('Unit (botulinum toxin)')).toBe('unit (botulinum toxin)'));
});

describe('firstSentence', () => {
	it('stops at the first full stop before a new sentence', () =>
		expect(firstSentence('A local anaesthetic that numbs the skin. Many fillers contain it.')).toBe(
			'A local anaesthetic that numbs the skin.',
		));
	it('returns a one-sentence definition whole, on one line', () =>
		expect(firstSentence('A protein made by\nthe bacterium C. botulinum.')).toBe('A protein made by the bacterium C. botulinum.'));
	it('does not stop after an initial', () =>
		expect(firstSentence('The warning the U.S. Food and Drug Administration requires. More.')).toBe(
			'The warning the U.S. Food and Drug Administration requires.',
		));
	it('does not stop at a decimal point', () => expect(firstSentence('Lasts 1.5 years. More.')).toBe('Lasts 1.5 years.'));
});

describe('glossary letters', () => {
	it('files a term under its first letter', () => {
		expect(letterOf('botulinum toxin')).toBe('B');
		expect(letterOf('Élastine')).toBe('E');
		expect(letterOf('5-HT')).toBe('#');
	});
	it('groups in A–Z order with "#" last, keeping the order within a letter', () => {
		const groups = byLetter(['Ptosis', 'Acetylcholine', '5-HT', 'Anaphylaxis', 'Botulism'], (t) => t);
		expect(groups).toEqual([
			{ letter: 'A', items: ['Acetylcholine', 'Anaphylaxis'] },
			{ letter: 'B', items: ['Botulism'] },
			{ letter: 'P', items: ['Ptosis'] },
			{ letter: '#', items: ['5-HT'] },
		]);
	});
});
