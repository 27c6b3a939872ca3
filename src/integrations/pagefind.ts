/**
 * The Pagefind search index of the built site, made inside `astro build` (by the last pass over the
 * pages, src/integrations/finish-pages.ts), so `npm run build` always ships a current index. Only
 * elements marked `data-pagefind-body` (the main content of entry pages) are indexed, plus:
 * - each page's aliases (misspellings, product families, lay terms from its frontmatter) as a
 *   searchable `aliases` metadata field, added to the HTML given to Pagefind only, so readers' pages
 *   carry no extra bytes and excerpts never show the alias list;
 * - each glossary term as a record of its own at /glossary/#id, so a term lands on its anchor;
 * - a `entry` filter holding each record's own URL, so the search code can fetch the records it must
 *   put first (the comparison page and both sides of "A vs B") with their excerpts and counts;
 * - the kind label above each title is kept out of the indexed text (it stays a filter), so excerpts
 *   never begin with "Treatment area." or "Glossary term.";
 * - the search vocabulary (titles, terms, aliases, and for each comparison page the two entries it
 *   compares) as pagefind/vocabulary.json, and every word of the indexed text as pagefind/words.json:
 *   the search code loads them only for a comparison query or a query that needs correcting.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { contentFilesOnce } from '../disk/content-files.ts';
import { COMPARISON_KIND, KIND_LABELS, SEARCHED_COLLECTIONS } from '../lib/site/kinds.ts';
import { buildVocabulary, wordsOf, type Vocabulary, type VocabularyEntry, type VocabularySource } from '../lib/search/search-vocabulary.ts';
import { urlFor } from '../lib/site/urls.ts';
import { WordList } from '../lib/search/word-list.ts';
import { productAliases } from '../lib/facts/products.ts';
import type { CollectionName } from '../schemas/fragments.ts';

const SEARCHED = new Set<string>(SEARCHED_COLLECTIONS);

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const decodeHtml = (s: string) =>
	s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[e]!);

/**
 * What Pagefind needs of a page: its language, its <title> and the `data-pagefind-body` element, which
 * holds every filter and metadata attribute of the site's pages. The head's inline styles, the header,
 * footer and structured data are more than a third of a page's bytes; Pagefind would receive, parse and
 * then ignore them. The index files come out byte for byte the same.
 */
function indexedPart(html: string): string {
	const lang = /<html\b[^>]*\blang="([^"]*)"/.exec(html)?.[1] ?? 'en';
	const title = /<title>[\s\S]*?<\/title>/.exec(html)?.[0] ?? '';
	const main = /<main\b[^>]*data-pagefind-body[\s\S]*<\/main>/.exec(html)?.[0];
	return main ? `<html lang="${lang}"><head>${title}</head><body>${main}</body></html>` : html;
}

/** The indexed part of a page (its `data-pagefind-body` element) as plain text, for the word list. */
function indexedText(html: string): string {
	const body = /<main\b[^>]*data-pagefind-body[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? '';
	return decodeHtml(body.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' '));
}

/**
 * A comparison page names its two entries in `data-compare` on <main> (see pages/compare/[slug].astro):
 * its vocabulary entry, so "A vs B" can find it from either side's names whatever kinds they are.
 */
function comparisonEntry(url: string, html: string, byUrl: ReadonlyMap<string, VocabularyEntry>): VocabularyEntry | undefined {
	const sides = /<main\b[^>]*\bdata-compare="([^"]+)"/.exec(html)?.[1]?.split(' ');
	if (!sides || sides.length !== 2) return undefined;
	const [a, b] = sides.map((u) => byUrl.get(u));
	if (!a || !b)
		throw new Error(
			`Comparison ${url} names ${sides.join(' and ')} in data-compare, but search knows no entry at ${!a ? sides[0] : sides[1]}.`,
		);
	const title = decodeHtml(
		/<h1\b[^>]*>([\s\S]*?)<\/h1>/
			.exec(html)?.[1]
			?.replace(/<[^>]+>/g, '')
			.trim() ?? `${a.t} vs ${b.t}`,
	);
	// No aliases: the pair page is found from its sides' names by the "A vs B" resolver, and the sides'
	// aliases here would rank every pair page above the entry itself for a one-word query.
	return { u: url, t: title, k: COMPARISON_KIND.one, a: [], s: [a.u, b.u] };
}

/** A product's name variants ("XC", "(+)", names abroad) join its editor-written aliases. */
function withDerivedAliases(
	collection: string,
	data: VocabularySource['data'] & { otherNames?: Array<{ name: string }> },
): VocabularySource['data'] {
	if (collection !== 'products' || !data.title) return data;
	return { ...data, aliases: [...(data.aliases ?? []), ...productAliases(data.title, data.otherNames)] };
}

/** Reads the same content the build rendered (validated by the same schemas) and builds the vocabulary. */
function loadVocabulary(): { vocabulary: Vocabulary; glossary: Map<string, string> } {
	const contentDir = process.env.ATLAS_CONTENT_DIR ?? './src/content';
	const files = contentFilesOnce(contentDir);
	const items: VocabularySource[] = files
		.filter((f) => f.valid && SEARCHED.has(f.collection))
		.map((f) => ({
			collection: f.collection,
			id: f.entry.id,
			data: withDerivedAliases(f.collection, f.valid as VocabularySource['data']),
		}));
	const vocabulary = buildVocabulary(
		items,
		(c, id) => urlFor(c as CollectionName, id),
		(c) => KIND_LABELS[c as CollectionName]?.one,
	);
	const glossary = new Map(
		files
			.filter((f) => f.valid && f.collection === 'glossary')
			.map((f) => [urlFor('glossary', f.entry.id), (f.valid as { definition: string }).definition]),
	);
	return { vocabulary, glossary };
}

/**
 * A module script the search code adds to the page to load Pagefind, instead of `import()`ing it. Any
 * `import()` in bundled code is wrapped in Vite's preload helper, which then becomes a chunk of its own
 * shared by every page's eager script: one more request on every article page.
 */
/** Pages sent to Pagefind ahead of the one it is indexing. */
const IN_FLIGHT = 32;

const LOADER = `import * as pagefind from './pagefind.js';
window.atlasPagefind = pagefind;
document.dispatchEvent(new Event('atlas:pagefind'));
`;

/** The search index being built: pages go in one at a time as the last build pass reads them. */
export interface SearchIndex {
	/** Indexes one built page as it came from the build; a page without `data-pagefind-body` is left out. */
	add(url: string, html: string): Promise<void>;
	/** Adds the glossary terms, writes the index and the vocabulary files; returns the line to log. */
	finish(): Promise<string>;
}

/**
 * Starts a search index of the site in `site` (the output folder). Every page is sent without waiting
 * for the one before: Pagefind indexes while the caller reads and prepares the next pages, instead of
 * one round trip per page; the index files come out the same. Measured once at 1,000 synthetic guides:
 * 4.4 s one page at a time, 2.4 s with 32 in flight.
 */
export async function openSearchIndex(site: string): Promise<SearchIndex> {
	const started = performance.now();
	const { vocabulary, glossary } = loadVocabulary();
	const loaded = performance.now();
	const byUrl = new Map(vocabulary.entries.map((e) => [e.u, e]));
	const { index, errors } = await pagefind.createIndex({
		forceLanguage: 'en',
		// Pagefind does not separate header cells or captions, so column headers ran together in excerpts
		// ("RestylaneRestylane Lyft") and a caption ran into the first row ("side by sideMaker"); they name
		// the table and its columns, which titles and row text already say. A comparison cell also repeats
		// its column's name for phones (hidden from screen readers too); indexed, it glued the name to the
		// cell's text ("RestylaneGalderma").
		// Citation markers ("[2]", links to the page's reference list) glued to the word before them in
		// excerpts ("lip[2]") and point nowhere from a search result.
		excludeSelectors: ['caption', 'thead', '.cell-name', 'a[href^="#ref-"]'],
	});
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	let pages = 0;
	const wordList = new WordList();
	const words = wordList.words;
	const adding: Array<Promise<{ url: string; errors: string[] }>> = [];
	return {
		async add(url, original) {
			if (!original.includes('data-pagefind-body')) return;
			let html = original;
			const comparison = comparisonEntry(url, html, byUrl);
			if (comparison) vocabulary.entries.push(comparison);
			const aliases = (comparison ?? byUrl.get(url))?.a ?? [];
			const meta = [
				`<meta data-pagefind-filter="entry[content]" content="${escapeHtml(url)}">`,
				aliases.length > 0 ? `<meta data-pagefind-meta="aliases[content]" content="${escapeHtml(aliases.join('; '))}">` : '',
			].join('');
			html = html.replace(/(<main\b[^>]*data-pagefind-body[^>]*>)/, `$1${meta}`);
			// A comparison page is short and names two entries in every row, so Pagefind would rank it above
			// either entry for most queries naming one; its text counts for less ("A vs B" pins it first).
			if (comparison || url.startsWith('/compare/'))
				html = html.replace(/(<main\b[^>]*data-pagefind-body)/, '$1 data-pagefind-weight="0.1"');
			// Product pages repeat their family's name ("Juvéderm") in every title: their text counts for
			// less, so a family name finds the material page that explains the family, while a product's own
			// name still puts that product first (an exact title or alias goes first within the first page).
			else if (url.startsWith('/products/')) html = html.replace(/(<main\b[^>]*data-pagefind-body)/, '$1 data-pagefind-weight="0.5"');
			// The kind label stays a filter but leaves the indexed text (and so every excerpt).
			html = html.replace(/data-pagefind-filter="kind"/g, 'data-pagefind-ignore data-pagefind-filter="kind"');
			wordList.add(indexedText(html));
			const content = indexedPart(html);
			adding.push(index.addHTMLFile({ url, content }).then((added) => ({ url, errors: added.errors })));
			pages++;
			// At most IN_FLIGHT pages wait in memory at once, however large the site.
			if (adding.length > IN_FLIGHT) await adding[adding.length - 1 - IN_FLIGHT];
		},
		async finish() {
			for (const term of vocabulary.entries.filter((e) => e.u.startsWith('/glossary/#'))) {
				const also = term.a.length > 0 ? `<p>Also called: ${escapeHtml(term.a.join(', '))}.</p>` : '';
				const definition = glossary.get(term.u) ?? '';
				wordList.add(`${term.t} ${term.a.join(' ')} ${definition}`);
				const content = `<html lang="en"><body><main data-pagefind-body><meta data-pagefind-filter="entry[content]" content="${escapeHtml(term.u)}"><p data-pagefind-ignore data-pagefind-filter="kind">${escapeHtml(term.k)}</p><h1 data-pagefind-meta="title">${escapeHtml(term.t)}</h1>${also}<p>${escapeHtml(definition)}</p></main></body></html>`;
				adding.push(index.addHTMLFile({ url: term.u, content }).then((added) => ({ url: term.u, errors: added.errors })));
			}
			for (const { url, errors } of await Promise.all(adding))
				if (errors.length > 0) throw new Error(`Pagefind could not index ${url}: ${errors.join('; ')}`);
			const indexed = performance.now();
			const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
			if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
			writeFileSync(join(site, 'pagefind', 'vocabulary.json'), JSON.stringify(vocabulary));
			// Only the words the vocabulary does not already hold: the two files are loaded together.
			const named = new Set(vocabulary.entries.flatMap((e) => wordsOf(`${e.t} ${e.a.join(' ')}`)));
			writeFileSync(join(site, 'pagefind', 'words.json'), JSON.stringify([...words].filter((w) => !named.has(w)).sort()));
			writeFileSync(join(site, 'pagefind', 'loader.js'), LOADER);
			await pagefind.close();
			const ms = (from: number, to = performance.now()) => Math.round(to - from);
			return `Indexed ${pages} pages and ${glossary.size} glossary terms for search; ${words.size} distinct words; in ${ms(started)} ms (content read ${ms(started, loaded)}, pages read and indexed ${ms(loaded, indexed)}, index written ${ms(indexed)}).`;
		},
	};
}
