/**
 * The built site's social images, read from dist/: every page's og:image is a 1200x630 PNG in dist/,
 * and the longest og:title on the site lays out inside the image's margins. Run after `npm run build`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../../src/disk/built-pages.ts';
import { pngHeader } from '../../src/lib/pictures/png.ts';
import { drawSocialImage, HEIGHT, PAD_X, TEXT_WIDTH, titleMeasure, WIDTH } from '../../src/integrations/social-image.ts';
import { pageKind } from '../../src/lib/site/seo.ts';
import { decodeEntities } from '../../src/lib/text/entities.ts';

const DIST = join(import.meta.dirname, '../../dist');
const meta = (html: string, property: string) =>
	decodeEntities(new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(html)?.[1] ?? '');

describe.runIf(existsSync(join(DIST, 'index.html')))('social images in dist/', () => {
	const pages = builtPages(DIST).map(({ file, url }) => {
		const html = readFileSync(file, 'utf8');
		return { url, title: meta(html, 'og:title'), image: meta(html, 'og:image') };
	});

	it('every page has a 1200x630 PNG social image in dist/', () => {
		expect(pages.length).toBeGreaterThan(100);
		const wrong = pages.flatMap(({ url, image }) => {
			const file = join(DIST, image ? new URL(image).pathname : 'missing');
			if (!existsSync(file)) return [`${url}: no file for og:image ${image}`];
			const { width, height } = pngHeader(readFileSync(file));
			return width === WIDTH && height === HEIGHT ? [] : [`${url}: ${width}x${height}`];
		});
		expect(wrong).toEqual([]);
	});

	it('the longest title on the site fits inside the margins', async () => {
		const longest = pages.reduce((a, b) => (b.title.length > a.title.length ? b : a));
		const measure = await titleMeasure();
		const { layout, rgba } = await drawSocialImage({ title: longest.title, kind: pageKind(longest.url) });
		for (const line of layout.lines) expect(measure(line, layout.size)).toBeLessThanOrEqual(TEXT_WIDTH);
		// Nothing drawn in the right margin (a glyph's side bearing aside).
		const words = new Uint32Array(rgba.buffer, rgba.byteOffset, WIDTH * HEIGHT);
		let inked = 0;
		for (let y = 0; y < HEIGHT; y++) for (let x = WIDTH - PAD_X + 4; x < WIDTH; x++) if (words[y * WIDTH + x] !== words[0]) inked++;
		expect(inked, `ink in the right margin of the image for "${longest.title}"`).toBe(0);
	});
});
