/**
 * Which comparison pages exist and what they are called: every pair of brands, of filler materials and
 * of a brand with a material, each once, with its slug, page title and description. Pure.
 */
import { META_TITLE_MAX } from '../../schemas/page.ts';
import { keyOf, type EntryKey } from '../site/urls.ts';

export type ComparedCollection = 'neuromodulators' | 'fillers';

/** The slug of the one class-level page (neuromodulators as a class against fillers as a class). */
export const CLASS_SLUG = 'neuromodulators-vs-fillers';

/** Collections in the order their entries come first in a pair slug. */
const COLLECTION_ORDER: readonly ComparedCollection[] = ['neuromodulators', 'fillers'];

export type PairGroup = 'brands' | 'fillers' | 'brand-filler';

export interface Pair {
	a: EntryKey;
	b: EntryKey;
	/** "botox-cosmetic-vs-dysport": the URL segment under /compare/. */
	slug: string;
	group: PairGroup;
}

/**
 * Every pair once: each two brands, each two filler materials and each brand with each material.
 * Order is collection order (brands first), then id order, so `a-vs-b` exists and `b-vs-a` never does.
 * Throws if two pairs would share a slug (possible only if an id itself contains "-vs-").
 */
export function comparisonPairs(ids: Readonly<Record<ComparedCollection, readonly string[]>>): Pair[] {
	const sorted = Object.fromEntries(COLLECTION_ORDER.map((c) => [c, [...ids[c]].sort()])) as Record<ComparedCollection, string[]>;
	const pairs: Pair[] = [];
	const add = (ca: ComparedCollection, a: string, cb: ComparedCollection, b: string, group: PairGroup) =>
		pairs.push({ a: keyOf(ca, a), b: keyOf(cb, b), slug: `${a}-vs-${b}`, group });
	const within = (c: ComparedCollection, group: PairGroup) =>
		sorted[c].forEach((a, i) => sorted[c].slice(i + 1).forEach((b) => add(c, a, c, b, group)));
	within('neuromodulators', 'brands');
	within('fillers', 'fillers');
	for (const a of sorted.neuromodulators) for (const b of sorted.fillers) add('neuromodulators', a, 'fillers', b, 'brand-filler');
	const seen = new Set<string>([CLASS_SLUG]);
	for (const pair of pairs) {
		if (seen.has(pair.slug)) throw new Error(`two comparison pages would share the URL /compare/${pair.slug}/: rename one of the entries`);
		seen.add(pair.slug);
	}
	return pairs;
}

/** The pairs an entry takes part in, in page order. */
export const pairsWith = (pairs: readonly Pair[], key: EntryKey) => pairs.filter((p) => p.a === key || p.b === key);

/** The first candidate that fits `max` characters, else the last one. */
const firstFitting = (candidates: readonly string[], max: number) => candidates.find((c) => c.length <= max) ?? candidates.at(-1)!;

/** The page title of a pair: as descriptive as fits in a browser tab and a search result. */
export function pairTitle(a: string, b: string): string {
	return firstFitting([`${a} vs ${b}: differences compared`, `${a} vs ${b} compared`, `${a} vs ${b}`], META_TITLE_MAX);
}

/** The meta description of a pair, 50-160 characters. */
export function pairDescription(a: string, b: string): string {
	return firstFitting(
		[
			`${a} and ${b} side by side: approvals, how fast each works, how long it lasts, reversibility, areas and main risks, from cited sources.`,
			`${a} and ${b} side by side: approvals, timing, duration, reversibility and main risks, from cited sources.`,
			`${a} vs ${b}: approvals, duration and risks side by side.`,
		],
		160,
	);
}
