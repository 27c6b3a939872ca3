import { describe, expect, it } from 'vitest';
import { hasOwnPage, keyOf, parseKey, urlFor, urlForKey } from '../../src/lib/site/urls.ts';

describe('urls', () => {
	it('gives page entries their own path with a trailing slash', () => expect(urlFor('areas', 'lips')).toBe('/areas/lips/'));
	it('anchors glossary terms and sources on their collection page', () => {
		expect(urlFor('glossary', 'ptosis')).toBe('/glossary/#ptosis');
		expect(urlForKey('sources/fda-label')).toBe('/sources/#fda-label');
		expect(hasOwnPage('glossary')).toBe(false);
		expect(hasOwnPage('guides')).toBe(true);
	});
	it('round-trips keys', () => {
		expect(keyOf('myths', 'x')).toBe('myths/x');
		expect(parseKey('neuromodulators/botox-cosmetic')).toEqual({ collection: 'neuromodulators', id: 'botox-cosmetic' });
	});
});
