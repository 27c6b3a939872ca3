/**
 * Social images are drawn with each part clipped to its own rows and only the title's rows read back
 * per image (the kind's once per kind, the rest once per process). The result must be the image drawn
 * the plain way, whole and unclipped: the same pixels and the same PNG bytes, for titles with accents,
 * descenders and brackets, one to three lines, and one image after another of different kinds and
 * lengths (nothing of the previous title may stay behind).
 */
import { describe, expect, it } from 'vitest';
import { drawSocialImage, titleBand } from '../../src/integrations/social-image.ts';

const cases = [
	{ title: 'Mandibular angle and jawline: WWW MMM dermal filler options', kind: 'Comparison' },
	{ title: 'Botox', kind: 'Neuromodulator' },
	{ title: 'ÉÅÂÎ Ôjgpqy (jaw) [brackets] {braces} |pipes| Ç', kind: 'Glossary term' },
	{ title: 'gjpqy gjpqy gjpqy gjpqy gjpqy gjpqy gjpqy gjpqy gjpqy gjpqy', kind: 'Myth' },
	{ title: 'Masseter reduction ("jaw Botox", "TMJ Botox")', kind: 'Treatment area' },
	{ title: 'Juvéderm Voluma XC', kind: 'Comparison' },
	{ title: 'Radiesse (+) vs Sculptra: biostimulators compared', kind: 'Product' },
	{ title: 'Evidence-based guide to injectables', kind: 'Evidence-based guide to injectables' },
];

describe('banded drawing of social images', () => {
	it('gives the same pixels and bytes as drawing the whole image, image after image', async () => {
		for (const input of cases) {
			const banded = await drawSocialImage(input);
			const whole = await drawSocialImage(input, { whole: true });
			expect(Buffer.from(banded.rgba).equals(Buffer.from(whole.rgba)), input.title).toBe(true);
			expect(banded.png.equals(whole.png), input.title).toBe(true);
		}
	});

	it('keeps the title band between the kind label and the footer', async () => {
		for (const input of cases) {
			const { layout } = await drawSocialImage(input);
			const [top, bottom] = titleBand(layout);
			expect(top).toBeLessThan(layout.tops[0]!);
			expect(bottom).toBeGreaterThan(layout.tops.at(-1)! + layout.size);
		}
	});
});
