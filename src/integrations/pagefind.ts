/**
 * Builds the Pagefind search index over the finished site, inside `astro build`, so `npm run build`
 * always ships a current index. Only elements marked `data-pagefind-body` (the main content of entry
 * pages) are indexed, plus:
 * - each page's aliases (misspellings, product families, lay terms from its frontmatter) as a
 *   searchable `aliases` metadata field, added to the HTML given to Pagefind only, so readers' pages
 *   carry no extra bytes and excerpts never show the alias list;
 * - each glossary term as a record of its own at /glossary/#id, so a term lands on its anchor;
 * - the search vocabulary (titles, terms and aliases) as pagefind/vocabulary.json, which the search
 *   code loads with the engine to pin alias owners and correct typos.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { builtPages } from '../lib/built-pages.ts';
import { loadContentFiles } from '../lib/content-files.ts';
import { KIND_LABELS } from '../lib/kinds.ts';
import { buildVocabulary, type Vocabulary, type VocabularySource } from '../lib/search-vocabulary.ts';
import { urlFor } from '../lib/urls.ts';
import { productAliases } from '../lib/products.ts';
import type { CollectionName } from '../schemas/fragments.ts';

/** The collections search covers (sources are reference material, reached from the pages that cite them). */
const SEARCHED = new Set<string>(['neuromodulators', 'fillers', 'areas', 'products', 'guides', 'myths', 'glossary']);

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A product's name variants ("XC", "(+)", names abroad) join its editor-written aliases. */
function withDerivedAliases(collection: string, data: VocabularySource['data'] & { otherNames?: Array<{ name: string }> }): VocabularySource['data'] {
	if (collection !== 'products' || !data.title) return data;
	return { ...data, aliases: [...(data.aliases ?? []), ...productAliases(data.title, data.otherNames)] };
}

/** Reads the same content the build rendered (validated by the same schemas) and builds the vocabulary. */
function loadVocabulary(): { vocabulary: Vocabulary; glossary: Map<string, string> } {
	const contentDir = process.env.ATLAS_CONTENT_DIR ?? './src/content';
	const { files } = loadContentFiles(contentDir);
	const items: VocabularySource[] = files
		.filter((f) => f.valid && SEARCHED.has(f.collection))
		.map((f) => ({ collection: f.collection, id: f.entry.id, data: withDerivedAliases(f.collection, f.valid as VocabularySource['data']) }));
	const vocabulary = buildVocabulary(items, (c, id) => urlFor(c as CollectionName, id), (c) => KIND_LABELS[c as CollectionName]?.one);
	const glossary = new Map(
		files.filter((f) => f.valid && f.collection === 'glossary').map((f) => [urlFor('glossary', f.entry.id), (f.valid as { definition: string }).definition]),
	);
	return { vocabulary, glossary };
}

/**
 * A module script the search code adds to the page to load Pagefind, instead of `import()`ing it. Any
 * `import()` in bundled code is wrapped in Vite's preload helper, which then becomes a chunk of its own
 * shared by every page's eager script: one more request on every article page.
 */
const LOADER = `import * as pagefind from './pagefind.js';
window.atlasPagefind = pagefind;
document.dispatchEvent(new Event('atlas:pagefind'));
`;

export default function pagefindIntegration(): AstroIntegration {
	return {
		name: 'injectables-atlas:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const { vocabulary, glossary } = loadVocabulary();
				const byUrl = new Map(vocabulary.entries.map((e) => [e.u, e]));
				const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				let pages = 0;
				for (const { file, url } of builtPages(site)) {
					let html = readFileSync(file, 'utf8');
					if (!html.includes('data-pagefind-body')) continue;
					const aliases = byUrl.get(url)?.a ?? [];
					if (aliases.length > 0) {
						const meta = `<meta data-pagefind-meta="aliases[content]" content="${escapeHtml(aliases.join('; '))}">`;
						html = html.replace(/(<main\b[^>]*data-pagefind-body[^>]*>)/, `$1${meta}`);
					}
					const added = await index.addHTMLFile({ url, content: html });
					if (added.errors.length > 0) throw new Error(`Pagefind could not index ${url}: ${added.errors.join('; ')}`);
					pages++;
				}
				for (const term of vocabulary.entries.filter((e) => e.u.startsWith('/glossary/#'))) {
					const also = term.a.length > 0 ? `<p>Also called: ${escapeHtml(term.a.join(', '))}.</p>` : '';
					const content = `<html lang="en"><body><main data-pagefind-body><p data-pagefind-filter="kind">${escapeHtml(term.k)}</p><h1 data-pagefind-meta="title">${escapeHtml(term.t)}</h1>${also}<p>${escapeHtml(glossary.get(term.u) ?? '')}</p></main></body></html>`;
					const added = await index.addHTMLFile({ url: term.u, content });
					if (added.errors.length > 0) throw new Error(`Pagefind could not index ${term.u}: ${added.errors.join('; ')}`);
				}
				const written = await index.writeFiles({ outputPath: `${site}pagefind` });
				if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
				writeFileSync(join(site, 'pagefind', 'vocabulary.json'), JSON.stringify(vocabulary));
				writeFileSync(join(site, 'pagefind', 'loader.js'), LOADER);
				logger.info(`Indexed ${pages} pages and ${glossary.size} glossary terms for search.`);
				await pagefind.close();
			},
		},
	};
}
