import { describe, expect, it } from 'vitest';
import { mythTitle, VERDICT_ANSWERS, VERDICTS } from '../../src/lib/facts/myth-title.ts';

describe('mythTitle', () => {
	it('puts the question first and the verdict before the answer', () =>
		expect(mythTitle({ question: 'Is Botox safe in pregnancy?', verdict: 'unproven', answer: 'avoid cosmetic use' })).toBe(
			'Is Botox safe in pregnancy? Not proven: avoid cosmetic use',
		));
	it('derives the first word from the typed verdict', () => {
		expect(mythTitle({ question: 'Can any filler be dissolved?', verdict: 'false', answer: 'only hyaluronic acid can' })).toBe(
			'Can any filler be dissolved? No: only hyaluronic acid can',
		);
		expect(mythTitle({ question: 'Will Botox freeze your face?', verdict: 'mostly-false', answer: 'dose matters' })).toMatch(
			/\? Mostly no: /,
		);
	});
	it('has an answer word for every verdict', () => expect(VERDICTS.every((v) => VERDICT_ANSWERS[v].length > 0)).toBe(true));
	it('trims what the editor typed', () =>
		expect(mythTitle({ question: ' Is it? ', verdict: 'true', answer: ' yes indeed ' })).toBe('Is it? Yes: yes indeed'));
});
