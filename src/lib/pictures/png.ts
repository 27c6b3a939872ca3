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
 *
 * Most rows of a social image repeat the row above (the flat background between the text), so the work
 * is done once per distinct run of rows: a repeated row is found by a native comparison, counted by its
 * run's length rather than pixel by pixel, and copied rather than mapped (issue #18: counting every
 * repeated row's pixels was most of the encoder's time).
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

/**
 * For each row, how many rows its run holds when it starts one (it differs from the row above), or 0
 * when it repeats the row above.
 */
export function rowRuns(bytes: Buffer, rowBytes: number, height: number): Uint32Array {
	const runs = new Uint32Array(height);
	let start = 0;
	for (let y = 0; y < height; y++) {
		if (y > 0 && bytes.compare(bytes, (y - 1) * rowBytes, y * rowBytes, y * rowBytes, (y + 1) * rowBytes) === 0) runs[start]!++;
		else runs[(start = y)] = 1;
	}
	return runs;
}

/**
 * Working memory for one size of image, reused from one image to the next: fresh megabytes for every
 * image cost more than the encoding itself (the system has to hand over and clear new pages). Every
 * byte of it is written before it is read, so nothing carries over between images.
 */
let scratch: { width: number; height: number; provisional: Uint16Array; raw: Buffer } | undefined;
function scratchFor(width: number, height: number): { provisional: Uint16Array; raw: Buffer } {
	if (scratch?.width !== width || scratch.height !== height)
		scratch = { width, height, provisional: new Uint16Array(width * height), raw: Buffer.allocUnsafe((width + 1) * height) };
	return scratch;
}

/** Encodes opaque RGBA pixels (alpha is ignored) as an 8-bit palette PNG. */
export function encodePalettePng(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): Buffer {
	if (rgba.length !== width * height * 4) throw new Error(`encodePalettePng: ${rgba.length} bytes is not ${width}x${height} RGBA`);
	const pixels = width * height;
	// Pixels read 32 bits at a time (a copy when the bytes are not 4-aligned); the low 24 bits of a
	// little-endian word are R, G and B.
	const words =
		rgba.byteOffset % 4 === 0 ? new Uint32Array(rgba.buffer, rgba.byteOffset, pixels) : new Uint32Array(Uint8Array.from(rgba).buffer);
	const runs = rowRuns(Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength), width * 4, height);
	// One pass over the first row of each run gives every colour a provisional number in order of first
	// sight and counts its pixels (a run of one colour at a time, times the rows of the run); a change
	// of colour is the only thing that costs a lookup.
	const seen = new Map<number, number>();
	const colours: number[] = [];
	const counts: number[] = [];
	const { provisional, raw } = scratchFor(width, height);
	for (let y = 0; y < height; y++) {
		const rows = runs[y]!;
		if (rows === 0) continue;
		const first = y * width;
		const end = first + width;
		let lastWord = words[first]! & 0xffffff;
		let lastNumber = 0;
		let runStart = first;
		for (let i = first; i <= end; i++) {
			const w = i < end ? words[i]! & 0xffffff : -1;
			if (w !== lastWord || i === first) {
				if (i > first) counts[lastNumber]! += (i - runStart) * rows;
				if (i === end) break;
				let n = seen.get(w);
				if (n === undefined) {
					if (colours.length === 65536) throw new Error('encodePalettePng: more than 65,536 colours; this encoder is for flat artwork');
					n = colours.length;
					seen.set(w, n);
					colours.push(w);
					counts.push(0);
				}
				lastWord = w;
				lastNumber = n;
				runStart = i;
			}
			provisional[i] = lastNumber;
		}
	}
	// The palette: the 256 most frequent colours (ties in order of first sight: the sort is stable);
	// each colour's final index is its own or its nearest kept colour's.
	const order = colours.map((_, n) => n).sort((x, y) => counts[y]! - counts[x]!);
	const kept = order.slice(0, 256);
	const final = new Uint8Array(colours.length);
	kept.forEach((n, i) => (final[n] = i));
	const plte = Buffer.alloc(kept.length * 3);
	kept.forEach((n, i) => {
		plte[i * 3] = colours[n]! & 0xff;
		plte[i * 3 + 1] = (colours[n]! >>> 8) & 0xff;
		plte[i * 3 + 2] = (colours[n]! >>> 16) & 0xff;
	});
	for (const n of order.slice(256)) {
		const r = colours[n]! & 0xff;
		const g = (colours[n]! >>> 8) & 0xff;
		const b = (colours[n]! >>> 16) & 0xff;
		let best = 0;
		let bestDistance = Infinity;
		for (let i = 0; i < 256; i++) {
			const d = (r - plte[i * 3]!) ** 2 + (g - plte[i * 3 + 1]!) ** 2 + (b - plte[i * 3 + 2]!) ** 2;
			if (d < bestDistance) [best, bestDistance] = [i, d];
		}
		final[n] = best;
	}
	// One filter byte (0, none) before each row of one index byte a pixel; a repeated row is a copy.
	for (let y = 0; y < height; y++) {
		const row = y * (width + 1) + 1;
		raw[row - 1] = 0;
		if (runs[y] === 0) {
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
