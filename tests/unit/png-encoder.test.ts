/**
 * The palette PNG encoder's shortcuts (rows that repeat the row above are counted by run and copied)
 * must give the pixels a straightforward encoder gives: every pixel counted one by one, the 256 most
 * frequent colours kept (ties in order of first sight), every other colour drawn with its nearest.
 * Checked on real social images and on made-up pictures with repeats, more than 256 colours and
 * unaligned input, by decoding both PNGs.
 */
import { describe, expect, it } from 'vitest';
import { drawSocialImage, HEIGHT, WIDTH } from '../../src/integrations/social-image.ts';
import { encodePalettePng, rowRuns } from '../../src/lib/pictures/png.ts';
import { decodePalettePng } from '../support/png.ts';

/** The pixels (0xRRGGBB) a straightforward palette encoder would write. */
function straightforward(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): Uint32Array {
	const colourOf = (i: number) => (rgba[i * 4]! << 16) | (rgba[i * 4 + 1]! << 8) | rgba[i * 4 + 2]!;
	const counts = new Map<number, number>();
	for (let i = 0; i < width * height; i++) counts.set(colourOf(i), (counts.get(colourOf(i)) ?? 0) + 1);
	const kept = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!).slice(0, 256);
	const distance = (a: number, b: number) =>
		((a >> 16) - (b >> 16)) ** 2 + (((a >> 8) & 255) - ((b >> 8) & 255)) ** 2 + ((a & 255) - (b & 255)) ** 2;
	const nearest = new Map([...counts.keys()].map((c) => [c, kept.reduce((best, k) => (distance(c, k) < distance(c, best) ? k : best))]));
	return Uint32Array.from({ length: width * height }, (_, i) => nearest.get(colourOf(i))!);
}

const decode = (png: Buffer) => decodePalettePng(png).pixels;

const differences = (a: Uint32Array, b: Uint32Array) => a.reduce((n, v, i) => n + (v === b[i] ? 0 : 1), 0);

describe('encodePalettePng against a straightforward encoder', () => {
	it('gives the same pixels for real social images', async () => {
		for (const input of [
			{ title: 'Botox', kind: 'Neuromodulator' },
			{ title: 'Mandibular angle and jawline: WWW MMM dermal filler options', kind: 'Comparison' },
			{ title: 'Juvéderm Voluma XC: what the label says about cheeks', kind: 'Product' },
		]) {
			const { rgba } = await drawSocialImage(input);
			const png = encodePalettePng(rgba, WIDTH, HEIGHT);
			expect(differences(decode(png), straightforward(rgba, WIDTH, HEIGHT)), input.title).toBe(0);
		}
	});

	it('gives the same pixels for a picture with runs of repeated rows and more than 256 colours', () => {
		const width = 40;
		const height = 30;
		const rgba = new Uint8Array(width * height * 4);
		for (let y = 0; y < height; y++)
			for (let x = 0; x < width; x++) {
				// Rows 5-14 repeat row 4; the rest are noisy, making about 1,000 colours.
				const row = y >= 5 && y < 15 ? 4 : y;
				rgba.set([(x * 7 + row * 13) % 256, (x * row) % 256, row * 8, 255], (y * width + x) * 4);
			}
		const png = encodePalettePng(rgba, width, height);
		expect(differences(decode(png), straightforward(rgba, width, height))).toBe(0);
	});

	it('ranks a colour by all the rows it is on, repeated rows included', () => {
		// 300 colours, so 44 are snapped: 150 fill ten identical rows (2 px each), 150 others fill three
		// different rows. Counted by rows, the first 150 are the most frequent and all kept.
		const width = 300;
		const height = 13;
		const rgba = new Uint8Array(width * height * 4);
		for (let y = 0; y < height; y++)
			for (let x = 0; x < width; x++) {
				const k = y < 10 ? x >> 1 : ((x >> 1) + y * 37) % 150;
				rgba.set(y < 10 ? [k, 0, 255 - k, 255] : [0, 100 + k, k, 255], (y * width + x) * 4);
			}
		const png = encodePalettePng(rgba, width, height);
		expect(differences(decode(png), straightforward(rgba, width, height))).toBe(0);
	});

	it('reads pixels that do not start on a 4-byte boundary', () => {
		const width = 9;
		const height = 4;
		const backing = new Uint8Array(width * height * 4 + 1);
		const rgba = backing.subarray(1);
		for (let i = 0; i < width * height; i++) rgba.set([i * 5, 255 - i, i % 2 ? 30 : 200, 255], i * 4);
		expect(differences(decode(encodePalettePng(rgba, width, height)), straightforward(rgba, width, height))).toBe(0);
	});

	it('refuses pixels that do not match the size', () => {
		expect(() => encodePalettePng(new Uint8Array(10), 2, 2)).toThrow(/is not 2x2 RGBA/);
	});
});

describe('rowRuns', () => {
	it('gives each run of identical rows its length on its first row and 0 on the repeats', () => {
		const rows = [1, 1, 1, 2, 3, 3, 1].map((v) => [v, v, v, v]).flat();
		expect([...rowRuns(Buffer.from(rows), 4, 7)]).toEqual([3, 0, 0, 1, 2, 0, 1]);
	});
});
