/**
 * Search query helpers the browser needs for every query, kept apart from the vocabulary code
 * (search-vocabulary.ts), which is loaded only for comparison queries and corrections: normalising
 * text, dropping question words, splitting "A vs B", and ranking the results a query names exactly.
 */
import { withoutTrailingQualifier } from '../text/titles.ts';

/** Lower case, accents removed ("Juvéderm" → "juvederm"), punctuation folded to single spaces. */
export function normalise(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/['’]/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/**
 * Splits "A vs B", "A versus B", "A or B", "A compared to B" into its two names, or undefined when
 * the query compares nothing.
 */
export function splitVersus(query: string): [string, string] | undefined {
	const q = normalise(query).replace(/^(?:difference between|compare|comparing|which is better)\s+/, '');
	const m = /^(.+?)\s+(?:vs|v|versus|or|compared to|compared with|against)\s+(.+)$/.exec(q);
	if (!m) return undefined;
	const [a, b] = [m[1]!.trim(), m[2]!.trim().replace(/\s+(?:which is better|difference|differences)$/, '')];
	return a && b ? [a, b] : undefined;
}

/**
 * Words that carry no meaning of their own in a question ("how long does lip filler last"). Pagefind
 * requires every word of a query, so they are dropped before it runs: the page that answers is found by
 * the words that name its subject, and ranked by Pagefind's title, alias and heading weights.
 */
const FILLER_WORDS = new Set(
	'a an the i im me my mine you your is are am was were be been being do does did done can could should would will shall how what whats when where which who why it its this that these those of to for in on at with from about after before while during get getting got have has had and or there any many really still ok okay if so than then just some'.split(
		' ',
	),
);

/** The query Pagefind runs: the reader's words without question scaffolding (kept whole if that is all there is). */
export function contentWords(query: string): string {
	const words = normalise(query).split(' ').filter(Boolean);
	const kept = words.filter((w) => !FILLER_WORDS.has(w));
	return (kept.length > 0 ? kept : words).join(' ');
}

/**
 * How exactly a query names a result: 4 when it is the result's title (whole, without its parenthetical,
 * or the part before a colon), 3 when it is one of its aliases; 2 and 1 when that holds only once
 * question words are dropped from both ("can I get botox while breastfeeding" and "botox breastfeeding");
 * else 0.
 */
export function namedBy(query: string, title: string, aliases: readonly string[]): number {
	const titles = [title, withoutTrailingQualifier(title), title.split(':')[0]!];
	const q = normalise(query);
	if (titles.some((t) => normalise(t) === q)) return 4;
	if (aliases.some((a) => normalise(a) === q)) return 3;
	const words = contentWords(query);
	if (titles.some((t) => contentWords(t) === words)) return 2;
	return aliases.some((a) => contentWords(a) === words) ? 1 : 0;
}

/**
 * The first page of results with those the query names exactly moved to the front (titles before
 * aliases), otherwise in Pagefind's order. Pagefind weighs a title or alias match highly but cannot
 * tell "Ptosis" from "Brow ptosis" for "ptosis"; this settles such ties from the same data.
 */
export function namedFirst<T extends { title: string; aliases: readonly string[] }>(query: string, results: readonly T[]): T[] {
	return results
		.map((r, i) => ({ r, i, named: namedBy(query, r.title, r.aliases) }))
		.sort((a, b) => b.named - a.named || a.i - b.i)
		.map(({ r }) => r);
}

/** Every distinct word of a text, normalised, of three letters or more and not a bare number. */
export function wordsOf(text: string): string[] {
	return [
		...new Set(
			normalise(text)
				.split(' ')
				.filter((w) => w.length >= 3 && !/^\d+$/.test(w)),
		),
	];
}

/**
 * Whether results really match what was typed. Pagefind also returns loose matches for a misspelt word
 * (a reference list that happens to share letters); their highlighted words then share no real stem
 * with the query. A query word counts as confirmed when a highlighted word starts with its first
 * letters (all but the last two, at least four), so "pregnant" is confirmed by "pregnancy".
 */
export function excerptsConfirm(query: string, excerpts: readonly string[]): boolean {
	const marked = excerpts.flatMap((html) =>
		[...html.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => normalise(m[1]!.replace(/<[^>]*>/g, ''))),
	);
	const words = normalise(query)
		.split(' ')
		.filter((w) => w.length >= 4);
	if (words.length === 0) return true;
	return words.every((word) => {
		const stem = word.slice(0, Math.max(4, word.length - 2));
		return marked.some((m) => m.split(' ').some((part) => part.startsWith(stem)));
	});
}
