import { describe, expect, it } from 'vitest';
import { citationNumber } from '../../src/lib/facts/citations.ts';

describe('citationNumber', () => {
	it('numbers sources in the order the page lists them', () => {
		expect(citationNumber(['a', 'b', 'c'], 'c')).toBe(3);
	});
	it('refuses a source the page does not list', () => {
		expect(() => citationNumber(['a'], 'b')).toThrow('add "b" to this entry\'s sources list');
		expect(() => citationNumber(undefined, 'b')).toThrow('outside an entry page');
	});
});
