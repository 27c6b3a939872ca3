/**
 * Writes a social image for every built HTML page: reads each page's og:image path and og:title from
 * dist/, draws the image (src/lib/social-image.ts) and copies it into place. Images are cached on disk
 * by a hash of their inputs and the template version, so a rebuild redraws only what changed.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageKind } from '../lib/seo.ts';
import { renderSocialImage, socialImageKey } from '../lib/social-image.ts';

const CACHE_DIR = 'node_modules/.cache/atlas-og';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
		const path = join(dir, d.name);
		if (d.isDirectory()) return d.name === 'pagefind' || d.name === 'og' ? [] : htmlFiles(path);
		return d.name.endsWith('.html') ? [path] : [];
	});
}

const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const metaContent = (html: string, property: string) => {
	const match = html.match(new RegExp(`<meta property="${property}" content="([^"]*)"`));
	return match ? decode(match[1]!) : undefined;
};

export default function socialImages(): AstroIntegration {
	return {
		name: 'injectables-atlas:social-images',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const cache = join(process.cwd(), CACHE_DIR);
				mkdirSync(cache, { recursive: true });
				const started = Date.now();
				let drawn = 0;
				let reused = 0;
				for (const file of htmlFiles(site)) {
					const html = readFileSync(file, 'utf8');
					const image = metaContent(html, 'og:image');
					const title = metaContent(html, 'og:title');
					if (!image || !title) throw new Error(`${relative(site, file)} has no og:image or og:title: every page must use BaseLayout`);
					const pagePath = `/${relative(site, dirname(file))}/`.replace(/\/+/g, '/');
					const input = { title, kind: pageKind(file.endsWith('index.html') ? pagePath : `/${relative(site, file)}`) };
					const cached = join(cache, `${socialImageKey(input)}.png`);
					if (existsSync(cached)) reused++;
					else {
						writeFileSync(cached, await renderSocialImage(input));
						drawn++;
					}
					const target = join(site, new URL(image).pathname);
					mkdirSync(dirname(target), { recursive: true });
					copyFileSync(cached, target);
				}
				logger.info(`Social images: ${drawn} drawn, ${reused} from cache, in ${Date.now() - started} ms.`);
			},
		},
	};
}
