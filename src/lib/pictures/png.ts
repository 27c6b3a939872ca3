/**
 * A small PNG encoder for flat-colour artwork such as the social images: an indexed (palette) PNG when
 * the pixels use at most 256 colours after snapping, which is 8 bits a pixel instead of 32 and deflates
 * in a few milliseconds. The encoders bundled with resvg and Skia compress a 1200x630 RGBA image
 * generically and took 18-140 ms each on this project's machines; this one takes a few.
 *
 * Antialiased text over a flat background makes a few hundred distinct colours, all blends along the
 * lines between the background and the text colours. The 256 most frequent colours make the palette
 * and any other colour is drawn with its nearest palette entry, a difference of a few levels on a few
 * edge pixels that no one can see.
 */
import { constants, crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

function chunk(type: string, data: Buffer): Buffer {
	const head = Buffer.alloc(8);
	head.writeUInt32BE(data.length, 0);
	head.write(type, 4, 'latin1');
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
	return Buffer.concat([head, data, crc]);
}

/** Encodes opaque RGBA pixels (alpha is ignored) as an 8-bit palette PNG. */
export function encodePalettePng(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): Buffer {
	if (rgba.length !== width * height * 4) throw new Error(`encodePalettePng: ${rgba.length} bytes is not ${width}x${height} RGBA`);
	const pixels = width * height;
	// Pixels read 32 bits at a time (a copy when the bytes are not 4-aligned); the low 24 bits of a
	// little-endian word are R, G and B.
	const words =
		rgba.byteOffset % 4 === 0 ? new Uint32Array(rgba.buffer, rgba.byteOffset, pixels) : new Uint32Array(Uint8Array.from(rgba).buffer);
	// One pass gives every colour a provisional number in order of first sight and counts its pixels;
	// runs of one colour are the rule, so only a change of colour costs a lookup.
	const seen = new Map<number, number>();
	const colours: number[] = [];
	const counts: number[] = [];
	const provisional = new Uint16Array(pixels);
	const bytes = Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength);
	const rowBytes = width * 4;
	// A row that repeats the one above (most rows of a flat background) is compared natively and copied.
	const sameAsAbove = (y: number) =>
		y > 0 && bytes.compare(bytes, (y - 1) * rowBytes, y * rowBytes, y * rowBytes, (y + 1) * rowBytes) === 0;
	let lastWord = -1;
	let lastNumber = 0;
	for (let y = 0; y < height; y++) {
		const first = y * width;
		if (sameAsAbove(y)) {
			provisional.copyWithin(first, first - width, first);
			for (let x = first - width; x < first; x++) counts[provisional[x]!]!++;
			continue;
		}
		for (let i = first; i < first + width; i++) {
			const w = words[i]! & 0xffffff;
			if (w !== lastWord) {
				lastWord = w;
				let n = seen.get(w);
				if (n === undefined) {
					n = colours.length;
					seen.set(w, n);
					colours.push(w);
					counts.push(0);
				}
				lastNumber = n;
			}
			counts[lastNumber]!++;
			provisional[i] = lastNumber;
		}
	}
	// The palette: the 256 most frequent colours; each colour's final index is its own or its nearest.
	const order = colours.map((_, n) => n).sort((x, y) => counts[y]! - counts[x]!);
	const kept = order.slice(0, 256);
	const final = new Uint8Array(colours.length);
	kept.forEach((n, i) => (final[n] = i));
	const channel = (w: number, shift: number) => (w >>> shift) & 0xff;
	for (const n of order.slice(256)) {
		let best = 0;
		let bestDistance = Infinity;
		kept.forEach((k, i) => {
			const d =
				(channel(colours[n]!, 0) - channel(colours[k]!, 0)) ** 2 +
				(channel(colours[n]!, 8) - channel(colours[k]!, 8)) ** 2 +
				(channel(colours[n]!, 16) - channel(colours[k]!, 16)) ** 2;
			if (d < bestDistance) [best, bestDistance] = [i, d];
		});
		final[n] = best;
	}
	// One filter byte (0, none) before each row of one index byte a pixel.
	const raw = Buffer.alloc((width + 1) * height);
	for (let y = 0; y < height; y++) {
		const row = y * (width + 1) + 1;
		if (sameAsAbove(y)) {
			raw.copy(raw, row, row - width - 1, row - 1);
			continue;
		}
		const first = y * width;
		for (let x = 0; x < width; x++) raw[row + x] = final[provisional[first + x]!]!;
	}
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header[8] = 8; // bits per index
	header[9] = 3; // colour type: palette
	const plte = Buffer.alloc(kept.length * 3);
	kept.forEach((n, i) => {
		plte[i * 3] = channel(colours[n]!, 0);
		plte[i * 3 + 1] = channel(colours[n]!, 8);
		plte[i * 3 + 2] = channel(colours[n]!, 16);
	});
	return Buffer.concat([
		SIGNATURE,
		chunk('IHDR', header),
		chunk('PLTE', plte),
		chunk('IDAT', deflateSync(raw, { level: 6, strategy: constants.Z_RLE })),
		chunk('IEND', Buffer.alloc(0)),
	]);
}

/** Width, height, bit depth and colour type of a PNG, from its header (for checks of built images). */
export function pngHeader(png: Uint8Array): { width: number; height: number; bitDepth: number; colorType: number } {
	const b = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
	if (!b.subarray(0, 8).equals(SIGNATURE) || b.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG');
	return { width: b.readUInt32BE(16), height: b.readUInt32BE(20), bitDepth: b[24]!, colorType: b[25]! };
}
