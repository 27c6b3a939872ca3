/**
 * The search vocabulary: every page title, glossary term and editor-written alias, with the entry it
 * belongs to. Built once at build time from content (so editors extend it in frontmatter, never in code)
 * and loaded by the browser with the search engine. Pagefind matches word prefixes but not typos; this
 * module supplies the rest: "A vs B" is resolved to the two entries and their comparison page, and a
 * query's unknown words are corrected to the nearest known word by edit distance.
 */
import { contentWords, excerptsConfirm, namedBy, namedFirst, normalise, splitVersus, wordsOf } from './search-query.ts';
import { withoutTrailingQualifier as shortTitle } from '../text/titles.ts';
import { editDistance } from '../text/edit-distance.ts';

export { contentWords, excerptsConfirm, namedBy, namedFirst, normalise, splitVersus, wordsOf };

/** One searchable thing: a page or a glossary term, with the words readers use for it. */
export interface VocabularyEntry {
	/** The URL the entry lives at, e.g. "/areas/lips/" or "/glossary/#ptosis". */
	u: string;
	/** Its title (or glossary term). */
	t: string;
	/** Its kind as shown to readers and used as the Pagefind `kind` filter, e.g. "Treatment area". */
	k: string;
	/** Aliases: misspellings, product families, lay terms, worries. */
	a: string[];
	/** For a comparison page: the URLs of the two entries it compares. */
	s?: [string, string];
}

export interface Vocabulary {
	entries: VocabularyEntry[];
}

/**
 * How many typos a word of this length may carry and still be corrected towards a name: none below 4
 * letters, one up to 7 (two would turn "anymore" into "anyone"), more in long words. Common misspellings
 * of short names ("botoks", "xiomin") are listed as aliases instead, so they need no correcting.
 */
export function allowedTypos(length: number): number {
	if (length < 4) return 0;
	if (length <= 7) return 1;
	if (length <= 11) return 2;
	return 3;
}

/** Every phrase (title, short title, aliases) of an entry, normalised; the title comes first. */
function phrasesOf(entry: VocabularyEntry): string[] {
	return [...new Set([entry.t, shortTitle(entry.t), ...entry.a].map(normalise).filter(Boolean))];
}

/**
 * Entries whose title, short title or an alias is exactly the query (after normalising), best first:
 * an entry named by the query before one that lists it as an alias, a page whose title contains the
 * query before one whose does not, and pages before glossary terms.
 */
export function exactMatches(query: string, vocabulary: Vocabulary): Array<{ entry: VocabularyEntry; phrase: string }> {
	const q = normalise(query);
	if (!q) return [];
	const found: Array<{ entry: VocabularyEntry; phrase: string; rank: number }> = [];
	for (const entry of vocabulary.entries) {
		const phrase = [entry.t, shortTitle(entry.t), ...entry.a].find((p) => normalise(p) === q);
		if (!phrase) continue;
		const named = normalise(shortTitle(entry.t)) === q ? 0 : 4;
		const inTitle = normalise(entry.t).includes(q) ? 0 : 2;
		const term = entry.u.includes('#') ? 1 : 0;
		found.push({ entry, phrase, rank: named + inTitle + term });
	}
	return found.sort((a, b) => a.rank - b.rank).map(({ entry, phrase }) => ({ entry, phrase }));
}

/**
 * First letters a reader may swap for one another when spelling a name by ear ("zeomin" for Xeomin,
 * "kybella" for "cybella"). Any other first letter must match: typos rarely hit the first letter, and
 * real words that differ there ("thread" and "spread", "labial" and "facial") must not be rewritten.
 */
const SOUNDS_ALIKE = ['xz', 'cks', 'iey', 'fp'];
const sameStart = (a: string, b: string) => a[0] === b[0] || SOUNDS_ALIKE.some((g) => g.includes(a[0]!) && g.includes(b[0]!));

/** A candidate correction and how good it is; lower is better on each key in turn. */
interface Candidate {
	text: string;
	distance: number;
	/** 0 for a word of a title, 1 for one of an alias, 2 for one of page text. */
	source: number;
	lengthGap: number;
}

function better(a: Candidate, b: Candidate | undefined): boolean {
	if (!b) return true;
	return (a.distance - b.distance || a.source - b.source || a.lengthGap - b.lengthGap) < 0;
}

/**
 * Typos tolerated towards a word of page text: fewer than towards a name, because page text is full of
 * ordinary words one letter apart from other ordinary words ("anymore" and "anyone").
 */
const textTypos = (length: number) => (length < 5 ? 0 : length < 10 ? 1 : 2);

/** The words (three letters or more) of every title, or of every alias too, which readers type as names. */
export function vocabularyWords(vocabulary: Vocabulary, titlesOnly = false): Set<string> {
	const words = new Set<string>();
	for (const entry of vocabulary.entries) {
		const phrases = titlesOnly ? [normalise(entry.t)] : phrasesOf(entry);
		for (const phrase of phrases) for (const w of phrase.split(' ')) if (w.length >= 3) words.add(w);
	}
	return words;
}

/**
 * What the correction layer knows: words of titles, words of names (titles and aliases) and every word
 * of the indexed text.
 */
export interface Lexicon {
	titles: ReadonlySet<string>;
	names: ReadonlySet<string>;
	text: ReadonlySet<string>;
}

export function lexicon(vocabulary: Vocabulary, textWords: Iterable<string> = []): Lexicon {
	return { titles: vocabularyWords(vocabulary, true), names: vocabularyWords(vocabulary), text: new Set(textWords) };
}

/** Whether the index or the vocabulary knows this word (or, for the word being typed, a word it begins). */
function isKnown(word: string, known: Lexicon, last: boolean): boolean {
	if (known.names.has(word) || known.text.has(word)) return true;
	if (!last) return false;
	for (const k of known.names) if (k.startsWith(word)) return true;
	for (const k of known.text) if (k.startsWith(word)) return true;
	return false;
}

/** The nearest known word to an unknown one, or undefined when nothing is close enough. */
function nearestWord(word: string, known: Lexicon): string | undefined {
	let best: Candidate | undefined;
	const consider = (words: ReadonlySet<string>, source: number, max: number) => {
		if (max === 0) return;
		for (const k of words) {
			if (!sameStart(word, k)) continue;
			const distance = editDistance(word, k, max);
			if (distance > max) continue;
			const candidate = { text: k, distance, source, lengthGap: Math.abs(k.length - word.length) };
			if (better(candidate, best)) best = candidate;
		}
	};
	// A title's word wins a tie with an alias (often itself a listed misspelling), which wins one with page text.
	consider(known.titles, 0, allowedTypos(word.length));
	consider(known.names, 1, allowedTypos(word.length));
	consider(known.text, 2, textTypos(word.length));
	return best?.text;
}

/**
 * The query with each word the site does not know replaced by the nearest word it does, or undefined
 * when nothing changes. Corrects word by word: a word found in the index or the vocabulary is never
 * rewritten ("botox not working anymore" stays as typed), nor is a number or a word under four letters,
 * and the last word is left alone while it still begins a known word (the reader may be typing it).
 */
export function correctQuery(query: string, vocabulary: Vocabulary | Lexicon, textWords?: Iterable<string>): string | undefined {
	const known = 'entries' in vocabulary ? lexicon(vocabulary, textWords) : vocabulary;
	const words = normalise(query).split(' ').filter(Boolean);
	let changed = false;
	const fixed = words.map((word, i) => {
		if (word.length < 4 || /\d/.test(word) || isKnown(word, known, i === words.length - 1)) return word;
		const nearest = nearestWord(word, known);
		if (!nearest) return word;
		changed = true;
		return nearest;
	});
	return changed ? fixed.join(' ') : undefined;
}

/**
 * The entries a name may mean, best first: those it names exactly (title, short title or alias), else
 * those it names once its spelling is corrected. A loose match is not enough: "botox vs fillers" asks
 * about the two families, not about one filler material. Comparisons are left out: they are what a
 * comparison query is looking for, not one side of it.
 */
export function resolveName(name: string, vocabulary: Vocabulary, known?: Lexicon): VocabularyEntry[] {
	const pages = { entries: vocabulary.entries.filter((e) => !e.s) };
	const exact = exactMatches(name, pages).map((m) => m.entry);
	if (exact.length > 0) return exact;
	const corrected = correctQuery(name, known ?? lexicon(vocabulary));
	return corrected ? exactMatches(corrected, pages).map((m) => m.entry) : [];
}

/**
 * For "A vs B": the comparison page of the two entries meant, then the two entries themselves (each side
 * resolved through titles, brand and product names and aliases). Undefined when the query compares
 * nothing or a side means nothing; `comparison` is missing when the site has no page for that pair.
 */
export function resolveVersus(
	query: string,
	vocabulary: Vocabulary,
	known?: Lexicon,
): { comparison?: VocabularyEntry; sides: [VocabularyEntry, VocabularyEntry] } | undefined {
	const names = splitVersus(query);
	if (!names) return undefined;
	const [as, bs] = names.map((n) => resolveName(n, vocabulary, known)) as [VocabularyEntry[], VocabularyEntry[]];
	if (as.length === 0 || bs.length === 0) return undefined;
	for (const a of as)
		for (const b of bs) {
			if (a.u === b.u) continue;
			const comparison = vocabulary.entries.find((e) => e.s && e.s.includes(a.u) && e.s.includes(b.u));
			if (comparison) return { comparison, sides: [a, b] };
		}
	const a = as[0]!;
	const b = bs.find((e) => e.u !== a.u);
	return b ? { sides: [a, b] } : undefined;
}

/** The content the vocabulary is built from: each entry's collection, id and validated data. */
export interface VocabularySource {
	collection: string;
	id: string;
	data: { title?: string; term?: string; aliases?: string[]; draft?: boolean };
}

/**
 * The vocabulary of a site: one entry per page or glossary term (drafts and sources left out), with
 * its URL, title, kind label and aliases. `urlOf` and `kindOf` come from the site's URL and label
 * helpers so this module stays free of site specifics.
 */
export function buildVocabulary(
	items: readonly VocabularySource[],
	urlOf: (collection: string, id: string) => string,
	kindOf: (collection: string) => string | undefined,
): Vocabulary {
	const entries: VocabularyEntry[] = [];
	for (const { collection, id, data } of items) {
		const kind = kindOf(collection);
		const title = data.title ?? data.term;
		if (!kind || !title || data.draft) continue;
		entries.push({ u: urlOf(collection, id), t: title, k: kind, a: [...new Set(data.aliases ?? [])] });
	}
	return { entries };
}
