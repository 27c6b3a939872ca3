/**
 * The distinct words of many texts, exactly as wordsOf (search-query.ts) finds them in each, for the
 * build's list of every indexed word. Normalising a whole page (Unicode decomposition and two Unicode
 * regular expressions over 20 KB) cost about 1.5 ms a page; the same words recur on every page, so each
 * distinct whitespace-separated token is normalised once per build and remembered.
 *
 * Splitting at whitespace first changes nothing: whitespace is never a letter or digit, so normalise
 * turns it into a word break anyway, and every other step (accents, case, apostrophes) works within a token.
 */
import { normalise } from './search-query.ts';

export class WordList {
	/** Every distinct word added so far. */
	readonly words = new Set<string>();
	private readonly tokens = new Map<string, readonly string[]>();

	/** Adds the words of `text`: normalised, three letters or more, not a bare number. */
	add(text: string): void {
		for (const token of text.split(/\s+/)) {
			if (token === '') continue;
			let found = this.tokens.get(token);
			if (!found) {
				found = normalise(token)
					.split(' ')
					.filter((w) => w.length >= 3 && !/^\d+$/.test(w));
				this.tokens.set(token, found);
			}
			for (const w of found) this.words.add(w);
		}
	}
}
