/**
 * The 1200x630 social image of a page: its kind, its title and the site name, drawn with Skia
 * (@napi-rs/canvas) straight onto a canvas and encoded as a palette PNG (src/lib/pictures/png.ts). Fonts are
 * read from @fontsource/inter in node_modules, so the build makes no network request.
 *
 * Why not Satori + resvg (the first version): laying the template out as HTML, turning it into an SVG
 * and rasterising that cost about 40 ms an image on an idle core (Satori 9, resvg 11, its PNG encoder 19)
 * and 100 ms in a loaded build, for an image that is a flat colour and three runs of text. Drawing the
 * text directly takes about 1 ms and the palette PNG a few more. The title is wrapped here (layoutTitle,
 * a pure function with unit tests) and a title that cannot fit fails the build instead of overflowing.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { encodePalettePng } from '../lib/pictures/png.ts';

export const WIDTH = 1200;
export const HEIGHT = 630;
/** Bump when the template changes, so cached images are redrawn. */
export const TEMPLATE_VERSION = 4;

export interface SocialImageInput {
	title: string;
	kind: string;
}

const require = createRequire(import.meta.url);
const fontFile = (weight: 400 | 700) => require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`);
const fontVersion = (require('@fontsource/inter/package.json') as { version: string }).version;

/** The cache key: everything that changes the pixels. */
export function socialImageKey(input: SocialImageInput): string {
	return createHash('sha256')
		.update(JSON.stringify([TEMPLATE_VERSION, fontVersion, input.kind, input.title]))
		.digest('hex')
		.slice(0, 24);
}

/** The layout, in pixels. */
export const PAD_X = 72;
export const PAD_Y = 64;
export const TEXT_WIDTH = WIDTH - 2 * PAD_X;
const KIND_SIZE = 30;
const LOGO = 56;
const FOOTER_SIZE = 32;
/** The title sits centred between the kind label and the footer, in at most three lines. */
const TITLE_TOP = PAD_Y + KIND_SIZE + 24;
const TITLE_BOTTOM = HEIGHT - PAD_Y - LOGO - 24;
export const MAX_TITLE_LINES = 3;
const LINE_HEIGHT = 1.15;
/** Title sizes from largest to smallest; short titles start large (as before), long ones smaller. */
const TITLE_SIZES = [84, 72, 60, 52, 44] as const;
export const titleSize = (title: string) => (title.length <= 28 ? 84 : title.length <= 44 ? 72 : 60);

export interface TitleLayout {
	size: number;
	lines: string[];
	/** The y of each line's top. */
	tops: number[];
}

/**
 * Wraps the title at spaces into at most three lines no wider than the text column, at the largest
 * size (starting from titleSize) where it fits; `measure(text, size)` is the drawn width in pixels.
 * Throws when no size fits (a word wider than the column even at the smallest size), so a title can
 * never overflow the image.
 */
export function layoutTitle(title: string, measure: (text: string, size: number) => number): TitleLayout {
	const words = title.trim().split(/\s+/);
	for (const size of TITLE_SIZES.filter((s) => s <= titleSize(title))) {
		const lines: string[] = [];
		let line = '';
		for (const word of words) {
			const next = line ? `${line} ${word}` : word;
			if (line && measure(next, size) > TEXT_WIDTH) {
				lines.push(line);
				line = word;
			} else line = next;
		}
		lines.push(line);
		if (lines.length > MAX_TITLE_LINES || lines.some((l) => measure(l, size) > TEXT_WIDTH)) continue;
		const lineHeight = Math.round(size * LINE_HEIGHT);
		const top = Math.round((TITLE_TOP + TITLE_BOTTOM - lines.length * lineHeight) / 2);
		return { size, lines, tops: lines.map((_, i) => top + i * lineHeight + Math.round((lineHeight - size) / 2)) };
	}
	throw new Error(
		`The social image cannot fit the title "${title}" in ${MAX_TITLE_LINES} lines of ${TEXT_WIDTH} px even at ${TITLE_SIZES.at(-1)} px: shorten the page's title or metaTitle.`,
	);
}

type Canvas = import('@napi-rs/canvas').Canvas;
type Context = import('@napi-rs/canvas').SKRSContext2D;
let canvas: { canvas: Canvas; ctx: Context } | undefined;

/** One canvas per process, drawn over for each image (the pixels read back per image are not freed: see BATCH in src/integrations/social-images.ts). */
async function surface(): Promise<{ canvas: Canvas; ctx: Context }> {
	if (canvas) return canvas;
	const { createCanvas, GlobalFonts } = await import('@napi-rs/canvas');
	for (const weight of [400, 700] as const) GlobalFonts.registerFromPath(fontFile(weight), 'Inter');
	const c = createCanvas(WIDTH, HEIGHT);
	canvas = { canvas: c, ctx: c.getContext('2d') };
	return canvas;
}

/** The drawn width of `text` in bold Inter at `size` px. */
export async function titleMeasure(): Promise<(text: string, size: number) => number> {
	const { ctx } = await surface();
	return (text, size) => {
		ctx.font = `700 ${size}px Inter`;
		ctx.letterSpacing = '0px';
		return ctx.measureText(text).width;
	};
}

/** Rows [top, bottom) of the image. */
type Band = readonly [top: number, bottom: number];
const LOGO_TOP = HEIGHT - PAD_Y - LOGO;
/** The kind label's rows, with room for the letters' side bearings and accents. */
const KIND_BAND: Band = [PAD_Y - 16, PAD_Y + KIND_SIZE + 16];
/** The footer's rows: the "A" mark and the site's line beside it. */
const FOOTER_BAND: Band = [LOGO_TOP - 8, LOGO_TOP + LOGO + 8];

/**
 * The title's rows: from a quarter of the size above the first line's top (accents) to 1.4 sizes below
 * the last line's (descenders), kept between the kind label's rows and the footer's.
 */
export function titleBand(layout: TitleLayout): Band {
	return [
		Math.max(KIND_BAND[1], layout.tops[0]! - Math.ceil(layout.size / 4)),
		Math.min(FOOTER_BAND[0], layout.tops.at(-1)! + Math.ceil(layout.size * 1.4)),
	];
}

/**
 * What one process keeps between images: one full frame the changing rows are copied into, a row of
 * plain background, and the kind label's rows for each kind (read back once each).
 */
let background: Uint8ClampedArray | undefined;
const kindRows = new Map<string, Uint8ClampedArray>();
let frame: Uint8ClampedArray | undefined;

/** Runs `draw` with drawing confined to the rows of `band` (unless `whole`), so no ink can land outside them. */
function inBand(ctx: Context, [top, bottom]: Band, draw: () => void, whole = false): void {
	if (whole) return draw();
	ctx.save();
	ctx.beginPath();
	ctx.rect(0, top, WIDTH, bottom - top);
	ctx.clip();
	draw();
	ctx.restore();
}

/**
 * Draws one image into the process's frame and encodes it. Each part is drawn clipped to its own rows
 * (kind label, title, footer), so every other row is the flat background: only the title's rows are
 * read back from Skia for each image, and the kind's and footer's once per process. Reading back all
 * 1200x630 pixels for every image was the largest cost left (about 5 ms, most of it fresh memory:
 * Skia's read-back buffers are never freed), issue #18. The pixels are the same as drawing and reading
 * the whole image (tests/unit/social-image-bands.test.ts compares them).
 */
async function drawFrame(
	{ title, kind }: SocialImageInput,
	whole = false,
): Promise<{ rgba: Uint8ClampedArray; png: Buffer; layout: TitleLayout }> {
	const { ctx } = await surface();
	const layout = layoutTitle(title, await titleMeasure());
	const band = titleBand(layout);
	ctx.fillStyle = '#0b5f8a';
	ctx.fillRect(0, 0, WIDTH, HEIGHT);
	ctx.textBaseline = 'top';
	// The kind label: small capitals-style, spaced, in a lighter blue.
	inBand(
		ctx,
		KIND_BAND,
		() => {
			ctx.font = `700 ${KIND_SIZE}px Inter`;
			ctx.letterSpacing = '2px';
			ctx.fillStyle = '#cfe8f5';
			ctx.fillText(kind.toUpperCase(), PAD_X, PAD_Y, TEXT_WIDTH);
			ctx.letterSpacing = '0px';
		},
		whole,
	);
	inBand(
		ctx,
		band,
		() => {
			ctx.fillStyle = '#ffffff';
			ctx.font = `700 ${layout.size}px Inter`;
			layout.lines.forEach((line, i) => ctx.fillText(line, PAD_X, layout.tops[i]!));
		},
		whole,
	);
	// The footer: the "A" mark and the site's line.
	inBand(
		ctx,
		FOOTER_BAND,
		() => {
			ctx.fillStyle = '#ffffff';
			ctx.beginPath();
			ctx.roundRect(PAD_X, LOGO_TOP, LOGO, LOGO, 12);
			ctx.fill();
			ctx.fillStyle = '#0b5f8a';
			ctx.font = '700 36px Inter';
			ctx.textAlign = 'center';
			ctx.textBaseline = 'middle';
			ctx.fillText('A', PAD_X + LOGO / 2, LOGO_TOP + LOGO / 2 + 1);
			ctx.textAlign = 'left';
			ctx.fillStyle = '#ffffff';
			ctx.font = `400 ${FOOTER_SIZE}px Inter`;
			ctx.fillText('Injectables Atlas · independent, evidence-based', PAD_X + LOGO + 20, LOGO_TOP + LOGO / 2 + 1);
		},
		whole,
	);
	const rows = ([top, bottom]: Band) => ctx.getImageData(0, top, WIDTH, bottom - top).data;
	if (whole) {
		const rgba = rows([0, HEIGHT]);
		return { rgba, png: encodePalettePng(rgba, WIDTH, HEIGHT), layout };
	}
	const rowBytes = WIDTH * 4;
	if (!frame) {
		// The first image fills the whole frame; rows outside the bands never change after it.
		frame = rows([0, HEIGHT]);
		background = frame.slice(0, rowBytes);
		kindRows.set(kind, frame.slice(KIND_BAND[0] * rowBytes, KIND_BAND[1] * rowBytes));
	} else {
		let kindPixels = kindRows.get(kind);
		if (!kindPixels) kindRows.set(kind, (kindPixels = rows(KIND_BAND)));
		frame.set(kindPixels, KIND_BAND[0] * rowBytes);
		// Between the kind label and the footer: background, then this title's rows over it.
		for (let y = KIND_BAND[1]; y < FOOTER_BAND[0]; y++) frame.set(background!, y * rowBytes);
		frame.set(rows(band), band[0] * rowBytes);
	}
	return { rgba: frame, png: encodePalettePng(frame, WIDTH, HEIGHT), layout };
}

/**
 * Draws one image as raw RGBA pixels (a copy, for checks) and PNG bytes. `whole` draws it the plain
 * way instead, unclipped and read back in full: what the banded drawing must equal.
 */
export async function drawSocialImage(
	input: SocialImageInput,
	{ whole = false }: { whole?: boolean } = {},
): Promise<{ rgba: Uint8ClampedArray; png: Buffer; layout: TitleLayout }> {
	const drawn = await drawFrame(input, whole);
	return { ...drawn, rgba: whole ? drawn.rgba : drawn.rgba.slice() };
}

/** Draws one image as PNG bytes. */
export async function renderSocialImage(input: SocialImageInput): Promise<Buffer> {
	return (await drawFrame(input)).png;
}

/** Rasterises an SVG (the favicon) to a square PNG of `size` pixels. */
export function svgToPng(svg: string, size: number): Buffer {
	return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}
