/**
 * Reads back a palette PNG written by encodePalettePng (src/lib/pictures/png.ts): the tests compare its
 * pixels with what was drawn. Only what that encoder writes is supported: 8-bit palette, filter 0 rows.
 */
import { inflateSync } from 'node:zlib';
import { expect } from 'vitest';
import { pngHeader } from '../../src/lib/pictures/png.ts';

/** The image's size and its pixels as 0xRRGGBB; fails the test if a row uses a filter other than 0. */
export function decodePalettePng(png: Buffer): { width: number; height: number; pixels: Uint32Array } {
	const { width, height } = pngHeader(png);
	let palette: Buffer = Buffer.alloc(0);
	const idat: Buffer[] = [];
	for (let at = 8; at < png.length;) {
		const length = png.readUInt32BE(at);
		const type = png.toString('latin1', at + 4, at + 8);
		const data = png.subarray(at + 8, at + 8 + length);
		if (type === 'PLTE') palette = data;
		if (type === 'IDAT') idat.push(data);
		at += 12 + length;
	}
	const raw = inflateSync(Buffer.concat(idat));
	expect(raw.length).toBe((width + 1) * height);
	const pixels = new Uint32Array(width * height);
	for (let y = 0; y < height; y++) {
		expect(raw[y * (width + 1)]).toBe(0);
		for (let x = 0; x < width; x++) {
			const i = raw[y * (width + 1) + 1 + x]! * 3;
			pixels[y * width + x] = (palette[i]! << 16) | (palette[i + 1]! << 8) | palette[i + 2]!;
		}
	}
	return { width, height, pixels };
}
