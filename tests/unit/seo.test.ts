import { describe, expect, it } from 'vitest';
import { documentTitle, pageKind, socialImagePath } from '../../src/lib/site/seo.ts';

describe('documentTitle', () => {
	it('adds the site name only when the whole fits in 60 characters', () => {
		expect(documentTitle('Lips')).toBe('Lips | Injectables Atlas');
		const long = 'Botox vs fillers: differences, duration and risks';
		expect(documentTitle(long)).toBe(long);
		expect(documentTitle('Injectables Atlas')).toBe('Injectables Atlas');
		expect(documentTitle('x'.repeat(40))).toHaveLength(60);
		expect(documentTitle('x'.repeat(41))).toHaveLength(41);
	});
	it('refuses a page title over 60 characters, saying what to do', () => {
		expect(() => documentTitle('x'.repeat(61))).toThrow('add a shorter metaTitle');
	});
});

describe('social images and kinds', () => {
	it('maps each page path to one image path', () => {
		expect(socialImagePath('/')).toBe('/og/index.png');
		expect(socialImagePath('/areas/lips/')).toBe('/og/areas/lips.png');
		expect(socialImagePath('/compare/')).toBe('/og/compare.png');
		expect(socialImagePath('/404.html')).toBe('/og/404.png');
	});
	it('names the kind of page from its path', () => {
		expect(pageKind('/neuromodulators/dysport/')).toBe('Neuromodulator brand');
		expect(pageKind('/fillers/')).toBe('Dermal fillers');
		expect(pageKind('/compare/dysport-vs-xeomin/')).toBe('Comparison');
		expect(pageKind('/about/')).toBe('Injectables Atlas');
	});
});
