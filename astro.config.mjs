// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import finishPages from './src/integrations/finish-pages.ts';
import socialImages from './src/integrations/social-images.ts';
import { reviewDatesByPath } from './src/disk/review-dates.ts';
import { SEARCH_KINDS } from './src/lib/site/kinds.ts';

/**
 * The public origin the site is served from. Canonical URLs, the sitemap and social tags use it.
 * Set SITE_URL when deploying; the default is a reserved placeholder domain.
 */
const site = process.env.SITE_URL ?? 'https://injectables-atlas.example';

/**
 * Tests build fixture content by setting ATLAS_CONTENT_DIR; each such build keeps its own content cache
 * so it can never leak fixture entries into the real site's build.
 */
const contentDir = process.env.ATLAS_CONTENT_DIR;
const cacheDir = contentDir ? `./node_modules/.astro-fixture-${contentDir.replace(/[^a-z0-9]+/gi, '-')}` : undefined;

/** Each page's last review date by path, so the sitemap's <lastmod> changes only when content is reviewed. */
const reviewed = reviewDatesByPath(contentDir ?? 'src/content');

export default defineConfig({
	site,
	trailingSlash: 'always',
	integrations: [
		mdx(),
		sitemap({
			serialize(item) {
				const lastmod = reviewed.get(new URL(item.url).pathname);
				return lastmod ? { ...item, lastmod } : item;
			},
		}),
		socialImages(),
		// Last: one pass that prunes each page's inline CSS, gives the page to the search index, then sets its
		// security policy and leaves out optional end tags (src/integrations/finish-pages.ts).
		finishPages(),
	],
	// Readers on slow phones get the styles in the HTML itself: no render-blocking stylesheet request.
	build: { format: 'directory', inlineStylesheets: 'always' },
	scopedStyleStrategy: 'class',
	devToolbar: { enabled: false },
	...(cacheDir ? { cacheDir } : {}),
	vite: {
		// The search filters' kinds, written into the browser code (src/browser/search/kinds.ts) so it
		// need not bundle the whole registry of page kinds.
		define: { __SEARCH_KINDS__: JSON.stringify(SEARCH_KINDS) },
		build: {
			// Astro inlines small scripts, and an inlined script loses Vite's preload helper
			// (`__VITE_PRELOAD__ is not defined`). Scripts stay external files: that also keeps them
			// cacheable and allowed by a strict Content-Security-Policy without hashes.
			assetsInlineLimit: 0,
			rollupOptions: {
				// Astro's MDX output carries a "use astro:head-inject" directive that the bundler warns
				// about once per entry; it is expected and harmless, and the noise would hide real warnings.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
});
