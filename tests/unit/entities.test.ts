import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../src/lib/text/entities.ts';

describe('decodeEntities', () => {
	it('decodes the named references Astro writes', () => {
		expect(decodeEntities('Botox &amp; fillers: &quot;safe&quot; &lt;3 &gt; it&apos;s')).toBe('Botox & fillers: "safe" <3 > it\'s');
	});
	it('decodes decimal and hex references', () => {
		expect(decodeEntities('it&#39;s Juv&#xE9;derm &#X2014;')).toBe("it's Juvéderm —");
	});
	it('decodes once, so an escaped reference stays a reference', () => {
		expect(decodeEntities('&amp;lt;')).toBe('&lt;');
	});
	it('leaves text without references alone', () => {
		expect(decodeEntities('Restylane Kysse & co')).toBe('Restylane Kysse & co');
	});
});
