/**
 * The search vocabulary: every page title, glossary term and editor-written alias, with the entry it
 * belongs to. Built once at build time from content (so editors extend it in frontmatter, never in code)
 * and loaded by the browser with the search engine. Pagefind matches word prefixes but not typos; this
 * module supplies the rest: exact alias matches pin the entry that owns them, and a query that finds
 * nothing is corrected to the nearest known word or phrase by edit distance.
 */

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
}

export interface Vocabulary {
	entries: VocabularyEntry[];
}

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
 * Optimal-string-alignment distance (Levenshtein plus swapping two neighbours, the commonest typo),
 * giving up early with `max + 1` once the distance must exceed `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let prevPrev: number[] = [];
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prevPrev[j - 2]! + 1);
			row.push(d);
			rowMin = Math.min(rowMin, d);
		}
		if (rowMin > max) return max + 1;
		prevPrev = prev;
		prev = row;
	}
	return prev[b.length]!;
}

/** How many typos a word of this length may carry and still be corrected: none below 4 letters. */
export function allowedTypos(length: number): number {
	if (length < 4) return 0;
	if (length <= 5) return 1;
	if (length <= 9) return 2;
	return 3;
}

/** A title without its parenthetical: "Dysport (abobotulinumtoxinA)" → "Dysport". */
const shortTitle = (title: string) => title.replace(/\s*\(.*\)\s*$/, '');

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

/** A candidate correction and how good it is; lower is better on each key in turn. */
interface Candidate {
	text: string;
	distance: number;
	lengthGap: number;
	isTitle: boolean;
}

const better = (a: Candidate, b: Candidate | undefined) =>
	!b || a.distance < b.distance || (a.distance === b.distance && (a.lengthGap < b.lengthGap || (a.lengthGap === b.lengthGap && a.isTitle && !b.isTitle)));

/**
 * The nearest known phrase or words for a query that found nothing, or undefined when the query is
 * already known or nothing is close enough. First the whole query against every title and alias
 * ("restilane" → "restylane", "dissolv filer" → "dissolve filler"); failing that, word by word against
 * every word of the vocabulary, keeping words that are a known word's prefix ("botoks side" → "botox side").
 */
export function correctQuery(query: string, vocabulary: Vocabulary): string | undefined {
	const q = normalise(query);
	if (!q) return undefined;
	let best: Candidate | undefined;
	const words = new Set<string>();
	for (const entry of vocabulary.entries) {
		phrasesOf(entry).forEach((phrase, i) => {
			for (const w of phrase.split(' ')) if (w.length >= 3) words.add(w);
			if (phrase === q) best = { text: phrase, distance: 0, lengthGap: 0, isTitle: i === 0 };
			const max = allowedTypos(q.length);
			const distance = editDistance(q, phrase, max);
			if (distance > max) return;
			const candidate = { text: phrase, distance, lengthGap: Math.abs(phrase.length - q.length), isTitle: i === 0 };
			if (better(candidate, best)) best = candidate;
		});
	}
	if (best) return best.distance === 0 ? undefined : best.text;
	const known = [...words];
	let changed = false;
	const fixed = q.split(' ').map((word) => {
		if (known.some((k) => k.startsWith(word))) return word;
		const max = allowedTypos(word.length);
		let nearest: Candidate | undefined;
		for (const k of known) {
			const distance = editDistance(word, k, max);
			if (distance > max) continue;
			const candidate = { text: k, distance, lengthGap: Math.abs(k.length - word.length), isTitle: false };
			if (better(candidate, nearest)) nearest = candidate;
		}
		if (!nearest) return word;
		changed = true;
		return nearest.text;
	});
	return changed ? fixed.join(' ') : undefined;
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

/**
 * Whether results really match what was typed. Pagefind also returns loose matches for a misspelt word
 * (a reference list that happens to share letters); their highlighted words then share no real stem
 * with the query. A query word counts as confirmed when a highlighted word starts with its first
 * letters (all but the last two, at least four), so "pregnant" is confirmed by "pregnancy".
 */
export function excerptsConfirm(query: string, excerpts: readonly string[]): boolean {
	const marked = excerpts.flatMap((html) => [...html.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => normalise(m[1]!.replace(/<[^>]*>/g, ''))));
	const words = normalise(query).split(' ').filter((w) => w.length >= 4);
	if (words.length === 0) return true;
	return words.every((word) => {
		const stem = word.slice(0, Math.max(4, word.length - 2));
		return marked.some((m) => m.split(' ').some((part) => part.startsWith(stem)));
	});
}
