/**
 * The search engine as the page sees it: Pagefind (loaded on first use, on the main thread, no worker)
 * plus the site vocabulary, loaded only for "A vs B" queries and queries that need correcting. Shared by
 * the dialog and /search/, so both give the same results for the same query.
 */
import { SEARCH_KINDS } from './kinds.ts';
import { contentWords, excerptsConfirm, namedFirst, splitVersus } from '../../lib/search/search-query.ts';
import type * as VocabularyModule from '../../lib/search/search-vocabulary.ts';
import type { Lexicon, Vocabulary, VocabularyEntry } from '../../lib/search/search-vocabulary.ts';
import vocabularyScript from './vocabulary-entry.ts?worker&url';

/**
 * The correction and "A vs B" code (~1.5 KB), added as a script only when a query needs it. Not
 * `import()`ed: that would move Vite's preload helper into a chunk of its own, loaded by every page's
 * eager script (one request more).
 */
type VocabularyCode = typeof VocabularyModule;
let codeLoading: Promise<VocabularyCode> | undefined;
function vocabularyCode(): Promise<VocabularyCode> {
	codeLoading ??= new Promise<VocabularyCode>((resolve, reject) => {
		const script = document.createElement('script');
		script.src = vocabularyScript;
		document.addEventListener('atlas:vocabulary', () => resolve(window.atlasVocabulary!), { once: true });
		script.addEventListener('error', () => {
			script.remove();
			codeLoading = undefined;
			reject(new Error('The search vocabulary code could not be loaded'));
		});
		document.head.append(script);
	});
	return codeLoading;
}

interface PagefindData {
	url: string;
	excerpt: string;
	/** `aliases` is the editor-written alias list, joined with "; " by the build. */
	meta: { title?: string; aliases?: string };
	filters?: { kind?: string[] };
}
interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<PagefindData>;
}
interface PagefindResponse {
	results: PagefindResult[];
	unfilteredResultCount: number;
	/** Result counts per filter value for this query, ignoring the filters in force. */
	totalFilters: { kind?: Record<string, number> };
	filters: { kind?: Record<string, number> };
}
type Filters = Record<string, string[] | { any: string[] }>;
interface Pagefind {
	options(o: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(q: string | null, o?: { filters?: Filters }): Promise<PagefindResponse>;
}

export interface Hit {
	url: string;
	title: string;
	kind: string;
	/** HTML from Pagefind: escaped text with <mark> around matched words. */
	excerpt: string;
	aliases: string[];
}

export interface SearchOutcome {
	/** What the reader typed. */
	query: string;
	/** The query actually run when some typed words are unknown to the site and a close known word exists. */
	corrected?: string;
	/** The hits loaded so far: the first page, then more as `more()` is called. */
	hits: Hit[];
	/** Every result the reader can reach under the current kind filter (through "Show more"). */
	total: number;
	/** Results per kind for this query, whatever kind is selected; they add up to the "All" total. */
	perKind: Record<string, number>;
	/** Loads the next page of hits into `hits`; resolves to those added. */
	more(): Promise<Hit[]>;
}

/** How many results are shown at first and added by each "Show more" (each fetches one fragment, ~2 KB). */
export const PAGE_SIZE = 5;

/**
 * Result fragments are fetched only once the query has been stable this long, so the prefixes of a word
 * typed letter by letter ("b", "bo", "bot") do not each download their own excerpts.
 */
const SETTLE_MS = 40;
const settled = (isCurrent: () => boolean) =>
	new Promise<void>((resolve, reject) => setTimeout(() => (isCurrent() ? resolve() : reject(new Superseded())), SETTLE_MS));

const BASE = '/pagefind/';
let loading: Promise<Pagefind> | undefined;

declare global {
	interface Window {
		atlasPagefind?: Pagefind;
		atlasVocabulary?: VocabularyCode;
	}
}

/**
 * Adds pagefind/loader.js (written by the build) as a module script and waits for it to hand over the
 * Pagefind module; a failed fetch of the loader or of Pagefind fires the script's error event.
 */
function loadPagefindScript(): Promise<Pagefind> {
	if (window.atlasPagefind) return Promise.resolve(window.atlasPagefind);
	return new Promise((resolve, reject) => {
		const script = document.createElement('script');
		script.type = 'module';
		script.src = `${BASE}loader.js`;
		document.addEventListener('atlas:pagefind', () => resolve(window.atlasPagefind!), { once: true });
		script.addEventListener('error', () => {
			script.remove();
			reject(new Error('Pagefind could not be loaded'));
		});
		document.head.append(script);
	});
}

/**
 * Ranking: a match in the title or in an editor-written alias (brand names, lay terms, the questions a
 * page answers) counts for more than one in the body, so the page about a thing outranks long guides
 * that mention it; a whole-word match beats a longer word it merely begins ("lip" and "lipoatrophy").
 */
const RANKING = { metaWeights: { title: 8, aliases: 6 }, termSimilarity: 3 };

/** Loads Pagefind once; a failure is not cached, so a retry can succeed. */
export function loadEngine(): Promise<Pagefind> {
	loading ??= (async () => {
		const pagefind = await loadPagefindScript();
		// No worker: one file less to fetch, and the index is small enough for the main thread.
		await pagefind.options({ noWorker: true, excerptLength: 24, ranking: RANKING });
		await pagefind.init();
		return pagefind;
	})().catch((error: unknown) => {
		loading = undefined;
		throw error;
	});
	return loading;
}

function fetchJson<T>(name: string): Promise<T> {
	return fetch(`${BASE}${name}`).then((r) => {
		if (!r.ok) throw new Error(`${name}: HTTP ${r.status}`);
		return r.json() as Promise<T>;
	});
}

/**
 * The vocabulary (~7 KB gzip, names and comparisons) is fetched only for a comparison query or one that
 * needs correcting, and the word list (~11 KB) only for the latter: a fetch on every first query would
 * push it over its 120 KB budget.
 */
let vocabularyLoading: Promise<{ code: VocabularyCode; vocabulary: Vocabulary }> | undefined;
function loadVocabulary(): Promise<{ code: VocabularyCode; vocabulary: Vocabulary }> {
	vocabularyLoading ??= Promise.all([vocabularyCode(), fetchJson<Vocabulary>('vocabulary.json')])
		.then(([code, vocabulary]) => ({ code, vocabulary }))
		.catch((error: unknown) => {
			vocabularyLoading = undefined;
			throw error;
		});
	return vocabularyLoading;
}
let lexiconLoading: Promise<{ code: VocabularyCode; known: Lexicon }> | undefined;
function loadLexicon(): Promise<{ code: VocabularyCode; known: Lexicon }> {
	lexiconLoading ??= Promise.all([loadVocabulary(), fetchJson<string[]>('words.json')])
		.then(([{ code, vocabulary }, words]) => ({ code, known: code.lexicon(vocabulary, words) }))
		.catch((error: unknown) => {
			lexiconLoading = undefined;
			throw error;
		});
	return lexiconLoading;
}

/** Every kind a result can have (the Pagefind `kind` filter values), from the kinds registry. */
const ALL_KINDS = SEARCH_KINDS.map((k) => k.value);

/** Thrown when a newer query superseded this one before its results were fetched. */
export class Superseded extends Error {}

const toHit = (d: PagefindData): Hit => ({
	url: d.url,
	title: d.meta.title ?? d.url,
	kind: d.filters?.kind?.[0] ?? '',
	excerpt: d.excerpt,
	aliases: d.meta.aliases ? d.meta.aliases.split('; ') : [],
});

/**
 * For "A vs B": the comparison page and both sides, in that order, as Pagefind results (found through
 * each record's `entry` filter), so they carry excerpts and are counted like any other result. Pages
 * that hold the query's words come with those words highlighted; the others with their opening lines.
 */
async function pinnedResults(
	pagefind: Pagefind,
	run: string,
	entries: readonly VocabularyEntry[],
): Promise<Array<{ result: PagefindResult; data: PagefindData; entry: VocabularyEntry }>> {
	if (entries.length === 0) return [];
	const filters = { entry: { any: entries.map((e) => e.u) } };
	const [matching, all] = await Promise.all([pagefind.search(run, { filters }), pagefind.search(null, { filters })]);
	const matchingIds = new Set(matching.results.map((r) => r.id));
	const results = [...matching.results, ...all.results.filter((r) => !matchingIds.has(r.id))];
	const loaded = await Promise.all(results.map(async (result) => ({ result, data: await result.data() })));
	return entries.flatMap((entry) => {
		const found = loaded.find((l) => l.data.url === entry.u);
		return found ? [{ ...found, entry }] : [];
	});
}

/**
 * Runs a query (optionally within one kind) and returns the first page of hits with the counts.
 * `isCurrent` is asked before fetching result fragments, so keystrokes typed in quick succession fetch
 * only the last query's.
 */
export async function search(query: string, kind?: string, isCurrent: () => boolean = () => true): Promise<SearchOutcome> {
	const pagefind = await loadEngine();
	const all: { filters: Filters } = { filters: { kind: { any: ALL_KINDS } } };
	const names = splitVersus(query);
	// Both sides and their comparison page go first only when the site has that comparison.
	const loaded = names ? await loadVocabulary().catch(() => undefined) : undefined;
	const resolved = loaded?.code.resolveVersus(query, loaded.vocabulary);
	const versus = resolved?.comparison ? resolved : undefined;
	let run = contentWords(names ? names.join(' ') : query);
	let response = await pagefind.search(run, all);
	await settled(isCurrent);
	let corrected: string | undefined;
	if (!versus) {
		// A query that finds nothing, or only loose matches, has its unknown words corrected and runs again.
		const firstData = await Promise.all(response.results.slice(0, 3).map((r) => r.data()));
		const weak =
			response.results.length === 0 ||
			!excerptsConfirm(
				run,
				firstData.map((d) => d.excerpt),
			);
		const lexicon = weak ? await loadLexicon().catch(() => undefined) : undefined;
		const correction = lexicon?.code.correctQuery(query, lexicon.known);
		if (correction) {
			corrected = correction;
			run = contentWords(correction);
			response = await pagefind.search(run, all);
			if (!isCurrent()) throw new Superseded();
		}
		// Pagefind needs every word: when no page has them all, drop the one word whose absence finds
		// the best match ("can I drink alcohol after botox" finds the aftercare guide without "drink").
		const words = run.split(' ');
		if (response.results.length === 0 && words.length > 1) {
			let best: { run: string; response: PagefindResponse } | undefined;
			for (let i = 0; i < words.length; i++) {
				const fewer = words.filter((_, j) => j !== i).join(' ');
				const r = await pagefind.search(fewer, all);
				if (r.results.length > 0 && (!best || r.results[0]!.score > best.response.results[0]!.score)) best = { run: fewer, response: r };
			}
			if (!isCurrent()) throw new Superseded();
			if (best) {
				({ run, response } = best);
				corrected = run;
			}
		}
	}
	const pinned = versus ? await pinnedResults(pagefind, run, [...(versus.comparison ? [versus.comparison] : []), ...versus.sides]) : [];
	const pinnedIds = new Set(pinned.map((p) => p.result.id));
	const foundIds = new Set(response.results.map((r) => r.id));
	const perKind = { ...(response.totalFilters.kind ?? {}) };
	for (const p of pinned) if (!foundIds.has(p.result.id)) perKind[p.entry.k] = (perKind[p.entry.k] ?? 0) + 1;
	const rest = kind ? (await pagefind.search(run, { filters: { kind: [kind] } })).results : response.results;
	const refs: Array<PagefindResult | PagefindData> = [
		...pinned.filter((p) => !kind || p.entry.k === kind).map((p) => p.data),
		...rest.filter((r) => !pinnedIds.has(r.id)),
	];
	const load = (ref: PagefindResult | PagefindData) =>
		'data' in ref && typeof ref.data === 'function' ? ref.data() : Promise.resolve(ref as PagefindData);
	const outcome: SearchOutcome = {
		query,
		...(corrected ? { corrected } : {}),
		hits: [],
		total: refs.length,
		perKind,
		async more() {
			const next = refs.slice(outcome.hits.length, outcome.hits.length + PAGE_SIZE);
			const hits = (await Promise.all(next.map(load))).map(toHit);
			outcome.hits.push(...hits);
			return hits;
		},
	};
	await outcome.more();
	if (!isCurrent()) throw new Superseded();
	// Within the first page, a result the query names exactly goes first (after a comparison's pins).
	if (!versus) outcome.hits = namedFirst(corrected ?? query, outcome.hits);
	return outcome;
}
