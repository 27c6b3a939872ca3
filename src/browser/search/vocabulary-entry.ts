/**
 * The correction and "A vs B" code as a script of its own, built by Vite as a self-contained bundle
 * (imported with `?worker&url` for its URL only; it runs as a classic script, not as a worker). The
 * engine adds it to the page only for a comparison query or one that needs correcting, so the first
 * query does not carry it.
 */
import * as vocabulary from '../../lib/search/search-vocabulary.ts';

(globalThis as unknown as { atlasVocabulary: typeof vocabulary }).atlasVocabulary = vocabulary;
document.dispatchEvent(new Event('atlas:vocabulary'));
