/**
 * The social image: the title wraps into at most three lines inside the margins at the largest size
 * that fits (or the build fails), the drawing leaves the margins empty even for the longest title a
 * page may have, and the palette PNG encoder writes pixels that decode back to what was drawn.
 */
import { describe, expect, it } from 'vitest';
import { encodePalettePng, pngHeader } from '../../src/lib/pictures/png.ts';
import { decodePalettePng } from '../support/png.ts';
import {
	drawSocialImage,
	HEIGHT,
	layoutTitle,
	MAX_TITLE_LINES,
	PAD_X,
	PAD_Y,
	TEXT_WIDTH,
	WIDTH,
} from '../../src/integrations/social-image.ts';

/** A stand-in for the font: every character is 0.55 em wide. */
const measure = (text: string, size: number) => text.length * size * 0.55;

describe('layoutTitle', () => {
	it('keeps a short title large, on one line', () => {
		const layout = layoutTitle('Botox', measure);
		expect(layout.size).toBe(84);
		expect(layout.lines).toEqual(['Botox']);
	});

	it('wraps a long title at spaces into at most three lines, each inside the text column', () => {
		const title = 'Juvéderm Voluma XC vs Restylane Lyft: how two hyaluronic acid fillers compare in the cheek';
		const layout = layoutTitle(title, measure);
		expect(layout.lines.length).toBeLessThanOrEqual(MAX_TITLE_LINES);
		expect(layout.lines.join(' ')).toBe(title);
		for (const line of layout.lines) expect(measure(line, layout.size)).toBeLessThanOrEqual(TEXT_WIDTH);
		expect(layout.tops[0]!).toBeGreaterThan(PAD_Y);
	});

	it('goes down a size rather than letting a title spill past three lines', () => {
		const title = Array.from({ length: 14 }, () => 'wording').join(' ');
		expect(layoutTitle(title, measure).size).toBeLessThan(60);
	});

	it('fails, naming the title, when no size fits', () => {
		const word = 'x'.repeat(60);
		expect(() => layoutTitle(word, measure)).toThrow(/cannot fit the title "x+".*shorten/);
	});
});

describe('drawSocialImage', () => {
	// As long as a page title may be (metaTitle is at most 60 characters) and made of wide letters.
	const longest = { title: 'Mandibular angle and jawline: WWW MMM dermal filler options', kind: 'Comparison' };

	it('draws 1200x630 and leaves the side margins empty for the longest title', async () => {
		const { rgba, png, layout } = await drawSocialImage(longest);
		expect(layout.lines.length).toBeGreaterThan(1);
		expect(pngHeader(png)).toEqual({ width: WIDTH, height: HEIGHT, bitDepth: 8, colorType: 3 });
		const { pixels } = decodePalettePng(png);
		const background = pixels[0]!;
		// The right margin, less a few pixels for a glyph's side bearing, holds only the background.
		const inked: string[] = [];
		for (let y = 0; y < HEIGHT; y++)
			for (let x = WIDTH - PAD_X + 4; x < WIDTH; x++) if (pixels[y * WIDTH + x] !== background) inked.push(`${x},${y}`);
		expect(inked.slice(0, 5)).toEqual([]);
		// ...and the title is there: the text rows carry white ink.
		const row = layout.tops[0]! + Math.round(layout.size / 2);
		expect([...pixels.subarray(row * WIDTH, (row + 1) * WIDTH)].some((p) => p === 0xffffff)).toBe(true);
		expect(rgba.length).toBe(WIDTH * HEIGHT * 4);
	});
});

describe('encodePalettePng', () => {
	it('round-trips a few colours exactly', () => {
		const w = 7;
		const h = 5;
		const rgba = new Uint8Array(w * h * 4);
		for (let i = 0; i < w * h; i++) rgba.set([i % 3 === 0 ? 255 : 11, (i * 40) % 256, 138, 255], i * 4);
		const { pixels } = decodePalettePng(encodePalettePng(rgba, w, h));
		for (let i = 0; i < w * h; i++) expect(pixels[i]).toBe((rgba[i * 4]! << 16) | (rgba[i * 4 + 1]! << 8) | rgba[i * 4 + 2]!);
	});

	it('snaps colours past 256 to the nearest kept one', () => {
		const w = 300;
		const rgba = new Uint8Array(w * 4);
		for (let i = 0; i < w; i++) rgba.set([i % 256, i >= 256 ? 1 : 0, 0, 255], i * 4);
		const { pixels } = decodePalettePng(encodePalettePng(rgba, w, 1));
		for (let i = 0; i < w; i++) {
			const r = pixels[i]! >> 16;
			expect(Math.abs(r - (i % 256))).toBeLessThanOrEqual(1);
		}
	});
});
