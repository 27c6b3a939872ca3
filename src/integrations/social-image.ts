/**
 * The 1200x630 social image of a page: its kind, its title and the site name, drawn with Satori (HTML
 * and CSS layout to SVG) and rasterised with resvg. Fonts are read from @fontsource/inter in
 * node_modules, so the build makes no network request.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

export const WIDTH = 1200;
export const HEIGHT = 630;
/** Bump when the template changes, so cached images are redrawn. */
export const TEMPLATE_VERSION = 3;

export interface SocialImageInput {
	title: string;
	kind: string;
}

const require = createRequire(import.meta.url);
const fontFile = (weight: 400 | 700) => require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`);
const fontVersion = (require('@fontsource/inter/package.json') as { version: string }).version;

/** The cache key: everything that changes the pixels. */
export function socialImageKey(input: SocialImageInput): string {
	return createHash('sha256').update(JSON.stringify([TEMPLATE_VERSION, fontVersion, input.kind, input.title])).digest('hex').slice(0, 24);
}

/** Smaller type for longer titles, so every title fits in three lines. */
export const titleSize = (title: string) => (title.length <= 28 ? 84 : title.length <= 44 ? 72 : 60);

let fonts: Array<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }> | undefined;

type Node = { type: string; props: { style?: Record<string, unknown>; children?: Node | Node[] | string } };
const el = (type: string, style: Record<string, unknown>, children?: Node | Node[] | string): Node => ({ type, props: { style, ...(children !== undefined ? { children } : {}) } });

function template({ title, kind }: SocialImageInput): Node {
	// Satori sizes boxes content-box: the padding is added to width and height.
	return el('div', { width: WIDTH - 144, height: HEIGHT - 128, display: 'flex', flexDirection: 'column', padding: '64px 72px', background: '#0b5f8a', color: '#ffffff', fontFamily: 'Inter' }, [
		el('div', { display: 'flex', fontSize: 30, fontWeight: 700, letterSpacing: 2, textTransform: 'uppercase', color: '#cfe8f5' }, kind),
		el('div', { display: 'flex', flexGrow: 1, alignItems: 'center', width: WIDTH - 144 }, [
			el('div', { display: 'flex', fontSize: titleSize(title), fontWeight: 700, lineHeight: 1.15, width: WIDTH - 144 }, title),
		]),
		el('div', { display: 'flex', alignItems: 'center', fontSize: 32 }, [
			el('div', { width: 56, height: 56, borderRadius: 12, background: '#ffffff', color: '#0b5f8a', display: 'flex', alignItems: 'center', justifyContent: 'center', fontWeight: 700, fontSize: 36, marginRight: 20 }, 'A'),
			el('div', { display: 'flex' }, 'Injectables Atlas · independent, evidence-based'),
		]),
	]);
}

/** Draws one image as PNG bytes. */
export async function renderSocialImage(input: SocialImageInput): Promise<Buffer> {
	fonts ??= ([400, 700] as const).map((weight) => ({ name: 'Inter', data: readFileSync(fontFile(weight)), weight, style: 'normal' as const }));
	const svg = await satori(template(input) as Parameters<typeof satori>[0], { width: WIDTH, height: HEIGHT, fonts });
	return new Resvg(svg, { fitTo: { mode: 'width', value: WIDTH } }).render().asPng();
}

/** Rasterises an SVG (the favicon) to a square PNG of `size` pixels. */
export function svgToPng(svg: string, size: number): Buffer {
	return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}
