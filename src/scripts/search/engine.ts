/**
 * The search engine as the page sees it: Pagefind (loaded on first use, on the main thread, no worker)
 * plus the site vocabulary for alias pinning and typo correction. Shared by the dialog and /search/.
 */
import { correctQuery, exactMatches, excerptsConfirm, type Vocabulary } from '../../lib/search-vocabulary.ts';

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
	search(q: string, o?: { filters?: Record<string, string[]> }): Promise<PagefindResponse>;
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

/** How many results are shown (and how many result fragments fetched) per query. */
export const SHOWN = 8;

const BASE = '/pagefind/';
let loading: Promise<{ pagefind: Pagefind; vocabulary: Vocabulary }> | undefined;

/** Loads Pagefind and the vocabulary once; a failure is not cached, so a retry can succeed. */
export function loadEngine(): Promise<{ pagefind: Pagefind; vocabulary: Vocabulary }> {
	loading ??= (async () => {
		const [pagefind, vocabulary] = await Promise.all([
			import(/* @vite-ignore */ `${BASE}pagefind.js`) as Promise<Pagefind>,
			fetch(`${BASE}vocabulary.json`).then((r) => {
				if (!r.ok) throw new Error(`vocabulary: HTTP ${r.status}`);
				return r.json() as Promise<Vocabulary>;
			}),
		]);
		// No worker: one file less to fetch, and the index is small enough for the main thread.
		await pagefind.options({ noWorker: true, excerptLength: 24 });
		await pagefind.init();
		return { pagefind, vocabulary };
	})().catch((error: unknown) => {
		loading = undefined;
		throw error;
	});
	return loading;
}

/** Runs a query (optionally within one kind) and returns the hits to show. */
export async function search(query: string, kind?: string): Promise<SearchOutcome> {
	const { pagefind, vocabulary } = await loadEngine();
	const filters: Record<string, string[]> = kind ? { kind: [kind] } : {};
	let run = query;
	let response = await pagefind.search(run, { filters });
	let data = await Promise.all(response.results.slice(0, SHOWN).map((r) => r.data()));
	let corrected: string | undefined;
	// A query that finds nothing, or only loose matches, is retried as the nearest known word or phrase.
	const weak = response.unfilteredResultCount === 0 || (data.length > 0 && !excerptsConfirm(query, data.slice(0, 3).map((d) => d.excerpt)));
	const correction = weak ? correctQuery(query, vocabulary) : undefined;
	if (correction) {
		corrected = run = correction;
		response = await pagefind.search(run, { filters });
		data = await Promise.all(response.results.slice(0, SHOWN).map((r) => r.data()));
	}
	const pinned = exactMatches(run, vocabulary).filter((m) => !kind || m.entry.k === kind);
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
