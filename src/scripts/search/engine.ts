/**
 * The search engine as the page sees it: Pagefind (loaded on first use, on the main thread, no worker)
 * plus the site vocabulary for alias pinning and typo correction. Shared by the dialog and /search/.
 */
import { KIND_LABELS } from '../../lib/kinds.ts';
import { correctQuery, exactMatches, excerptsConfirm, type Vocabulary } from '../../lib/search-vocabulary.ts';
import type { CollectionName } from '../../schemas/fragments.ts';

interface PagefindData {
	url: string;
	excerpt: string;
	meta: { title?: string };
	filters?: { kind?: string[] };
}
interface PagefindResponse {
	results: Array<{ id: string; data(): Promise<PagefindData> }>;
	unfilteredResultCount: number;
	/** Result counts per filter value for this query, ignoring the kind filter in force. */
	totalFilters: { kind?: Record<string, number> };
	filters: { kind?: Record<string, number> };
}
interface Pagefind {
	options(o: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(q: string, o?: { filters?: Record<string, string[] | { any: string[] }> }): Promise<PagefindResponse>;
}

export interface Hit {
	url: string;
	title: string;
	kind: string;
	/** HTML from Pagefind: escaped text with <mark> around matched words. */
	excerpt: string;
	/** Set when the hit was pinned because the query is one of its aliases. */
	alias?: string;
}

export interface SearchOutcome {
	/** What the reader typed. */
	query: string;
	/** The query actually run when the typed one found nothing and a close known word exists. */
	corrected?: string;
	hits: Hit[];
	/** Number of matching pages and terms under the current kind filter. */
	total: number;
	/** Matches per kind for this query, whatever kind is selected. */
	perKind: Record<string, number>;
}

/** How many results are shown (and so how many result fragments, ~4 KB each, are fetched) per query. */
export const SHOWN = 5;

/**
 * Result fragments are fetched only once the query has been stable this long, so the prefixes of a word
 * typed letter by letter ("b", "bo", "bot") do not each download their own excerpts.
 */
const SETTLE_MS = 40;
const settled = (isCurrent: () => boolean) =>
	new Promise<void>((resolve, reject) => setTimeout(() => (isCurrent() ? resolve() : reject(new Superseded())), SETTLE_MS));

const BASE = '/pagefind/';
let loading: Promise<Pagefind> | undefined;
let vocabularyLoading: Promise<Vocabulary> | undefined;

declare global {
	interface Window {
		atlasPagefind?: Pagefind;
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

/** Loads Pagefind once; a failure is not cached, so a retry can succeed. */
export function loadEngine(): Promise<Pagefind> {
	loading ??= (async () => {
		const pagefind = await loadPagefindScript();
		// No worker: one file less to fetch, and the index is small enough for the main thread.
		await pagefind.options({ noWorker: true, excerptLength: 24 });
		await pagefind.init();
		return pagefind;
	})().catch((error: unknown) => {
		loading = undefined;
		throw error;
	});
	return loading;
}

/**
 * The vocabulary (~7 KB gzip) is fetched only when a query needs correcting: Pagefind already ranks alias
 * owners through the indexed alias field, and a background fetch would push the first query over its
 * 120 KB budget. Once it is here it also pins the exact owner of a typed alias to the top.
 */
function loadVocabulary(): Promise<Vocabulary> {
	vocabularyLoading ??= fetch(`${BASE}vocabulary.json`)
		.then((r) => {
			if (!r.ok) throw new Error(`vocabulary: HTTP ${r.status}`);
			return r.json() as Promise<Vocabulary>;
		})
		.then((v) => (vocabulary = v))
		.catch((error: unknown) => {
			vocabularyLoading = undefined;
			throw error;
		});
	return vocabularyLoading;
}
let vocabulary: Vocabulary | undefined;

/** The kinds every record carries (the Pagefind `kind` filter values), from the shared labels. */
const ALL_KINDS = ['neuromodulators', 'fillers', 'areas', 'products', 'guides', 'myths', 'glossary'].map((c) => KIND_LABELS[c as CollectionName].one);

/** Thrown when a newer query superseded this one before its results were fetched. */
export class Superseded extends Error {}

/**
 * Runs a query (optionally within one kind) and returns the hits to show. `isCurrent` is asked before
 * fetching result fragments, so keystrokes typed in quick succession fetch only the last query's.
 */
export async function search(query: string, kind?: string, isCurrent: () => boolean = () => true): Promise<SearchOutcome> {
	const pagefind = await loadEngine();
	// Pagefind reports per-kind counts only when some filter is applied, so "all kinds" is spelt out.
	const filters = kind ? { kind: [kind] } : { kind: { any: ALL_KINDS } };
	let run = query;
	let response = await pagefind.search(run, { filters });
	await settled(isCurrent);
	let data = await Promise.all(response.results.slice(0, SHOWN).map((r) => r.data()));
	let corrected: string | undefined;
	// A query that finds nothing, or only loose matches, is retried as the nearest known word or phrase.
	const weak = response.unfilteredResultCount === 0 || (data.length > 0 && !excerptsConfirm(query, data.slice(0, 3).map((d) => d.excerpt)));
	const correction = weak ? correctQuery(query, await loadVocabulary().catch(() => ({ entries: [] }))) : undefined;
	if (correction) {
		corrected = run = correction;
		response = await pagefind.search(run, { filters });
		if (!isCurrent()) throw new Superseded();
		data = await Promise.all(response.results.slice(0, SHOWN).map((r) => r.data()));
	}
	const pinned = vocabulary ? exactMatches(run, vocabulary).filter((m) => !kind || m.entry.k === kind) : [];
	const found: Hit[] = data.map((d) => ({
		url: d.url,
		title: d.meta.title ?? d.url,
		kind: d.filters?.kind?.[0] ?? '',
		excerpt: d.excerpt,
	}));
	// The entries that own the typed alias go first, with Pagefind's excerpt when it found them too.
	const first: Hit[] = pinned.map(({ entry, phrase }) => {
		const same = found.find((h) => h.url === entry.u);
		return same ? { ...same, alias: phrase } : { url: entry.u, title: entry.t, kind: entry.k, excerpt: '', alias: phrase };
	});
	const firstUrls = new Set(first.map((h) => h.url));
	const hits = [...first, ...found.filter((h) => !firstUrls.has(h.url))].slice(0, SHOWN);
	return {
		query,
		...(corrected ? { corrected } : {}),
		hits,
		total: Math.max(response.results.length, hits.length),
		perKind: response.totalFilters.kind ?? {},
	};
}
