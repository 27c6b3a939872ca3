/**
 * Search data in the built site (run after `npm run build`): the correction layer with the site's own
 * vocabulary and word list leaves real words alone and fixes misspellings; every comparison page is
 * known to the "A vs B" resolver; every kind of page carries a kind the search filters know.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEARCH_KINDS } from '../../src/lib/site/kinds.ts';
import { correctQuery, lexicon, resolveVersus, type Vocabulary } from '../../src/lib/search/search-vocabulary.ts';

const DIST = join(import.meta.dirname, '../../dist');
const vocabulary = JSON.parse(readFileSync(join(DIST, 'pagefind/vocabulary.json'), 'utf8')) as Vocabulary;
const words = JSON.parse(readFileSync(join(DIST, 'pagefind/words.json'), 'utf8')) as string[];
const known = lexicon(vocabulary, words);

/** Real words readers type; several were once "corrected" into other words ("anymore" into "anyone"). */
const REAL_WORDS = [
	'anymore',
	'labial',
	'double',
	'thread',
	'botox not working anymore',
	'double chin',
	'thread lift',
	'anyone',
	'facial',
	'trouble',
	'spread',
	'droopy',
	'eyelid',
	'bruising',
	'swelling',
	'headache',
	'migraine',
	'sweating',
	'pregnant',
	'breastfeeding',
	'dissolve',
	'lumps',
	'forehead',
	'wrinkles',
	'numbness',
	'cheekbones',
	'jowls',
];

/** Misspellings readers type, and the word each must become. */
const MISSPELLINGS: Array<[string, string]> = [
	['dysprot', 'dysport'],
	['pregnat', 'pregnant'],
	['filer', 'filler'],
	['restilane', 'restylane'],
	['hyaluronidaze', 'hyaluronidase'],
	['wrinkels', 'wrinkles'],
	['forhead', 'forehead'],
	['brusing', 'bruising'],
	['swelling lipps', 'swelling lips'],
	['dissolv filler', 'dissolve filler'],
	['migrane', 'migraine'],
	['sweatting', 'sweating'],
	['eyelidd', 'eyelid'],
	['breastfeding', 'breastfeeding'],
	['jawlin filler', 'jawline filler'],
	['marionete lines', 'marionette lines'],
	['nasolabal folds', 'nasolabial folds'],
	['hyaluronic aicd', 'hyaluronic acid'],
	['crows fete', 'crows feet'],
	['radiesee', 'radiesse'],
	['sculptrra', 'sculptra'],
	['juvedrem', 'juvederm'],
];

describe('typo correction with the built vocabulary and word list', () => {
	it.each(REAL_WORDS)('leaves “%s” as typed', (q) => {
		expect(correctQuery(q, known)).toBeUndefined();
	});
	it.each(MISSPELLINGS)('corrects “%s” to “%s”', (q, want) => {
		expect(correctQuery(q, known)).toBe(want);
	});
	it('has at least 20 of each', () => {
		expect(REAL_WORDS.length).toBeGreaterThanOrEqual(20);
		expect(MISSPELLINGS.length).toBeGreaterThanOrEqual(20);
	});
});

describe('comparisons in the vocabulary', () => {
	const pairs = vocabulary.entries.filter((e) => e.s);
	const pairPages = readdirSync(join(DIST, 'compare'), { withFileTypes: true }).filter(
		(d) => d.isDirectory() && d.name !== 'neuromodulators-vs-fillers',
	);
	it('lists every comparison page with the two entries it compares', () => {
		expect(pairs.map((p) => p.u).sort()).toEqual(pairPages.map((d) => `/compare/${d.name}/`).sort());
		const urls = new Set(vocabulary.entries.map((e) => e.u));
		for (const p of pairs) for (const side of p.s!) expect(urls.has(side), `${p.u} compares ${side}`).toBe(true);
	});
	it('resolves "A vs B" to every comparison page from its two titles', () => {
		const byUrl = new Map(vocabulary.entries.map((e) => [e.u, e]));
		for (const p of pairs) {
			const [a, b] = p.s!.map((u) => byUrl.get(u)!.t.replace(/\s*\(.*\)$/, ''));
			expect(resolveVersus(`${a} vs ${b}`, vocabulary)?.comparison?.u, `${a} vs ${b}`).toBe(p.u);
			expect(resolveVersus(`${b} vs ${a}`, vocabulary)?.comparison?.u, `${b} vs ${a}`).toBe(p.u);
		}
	});
});

describe('kinds', () => {
	it('every indexed page carries a kind the search filters offer', () => {
		const kinds = new Set(SEARCH_KINDS.map((k) => k.value));
		const files: string[] = [];
		const walk = (dir: string) => {
			for (const d of readdirSync(dir, { withFileTypes: true })) {
				if (d.isDirectory()) walk(join(dir, d.name));
				else if (d.name.endsWith('.html')) files.push(join(dir, d.name));
			}
		};
		walk(DIST);
		const missing: string[] = [];
		for (const file of files) {
			const html = readFileSync(file, 'utf8');
			if (!html.includes('data-pagefind-body')) continue;
			const kind = /data-pagefind-filter="kind"[^>]*>([^<]+)</.exec(html)?.[1];
			if (!kind || !kinds.has(kind)) missing.push(`${file.slice(DIST.length)}: ${kind ?? 'no kind'}`);
		}
		expect(missing).toEqual([]);
	});
});
