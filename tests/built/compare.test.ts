/**
 * Review dates of the built comparison and finder answer pages: each says the older "last reviewed" and
 * the sooner "next review" of the entries it is built from, read here straight from the content files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLASS_SLUG, comparisonPairs } from '../../src/lib/compare/pairs.ts';
import { loadContentFiles } from '../../src/disk/content-files.ts';
import { isoDay } from '../../src/lib/text/format.ts';

const DIST = join(import.meta.dirname, '../../dist');
const { files } = loadContentFiles(join(import.meta.dirname, '../../src/content'));
const dates = new Map<string, { last: Date; next: Date }>(
	files.flatMap((f) => {
		const d = f.valid as { lastReviewed?: Date; nextReview?: Date; draft?: boolean } | undefined;
		return d?.lastReviewed && d.nextReview && !d.draft
			? [[`${f.collection}/${f.entry.id}`, { last: d.lastReviewed, next: d.nextReview }] as const]
			: [];
	}),
);
const ids = (c: string) => [...dates.keys()].filter((k) => k.startsWith(`${c}/`)).map((k) => k.slice(c.length + 1));

/** The two dates of a page's review line, as printed in its <time datetime> attributes. */
function reviewLine(html: string): { last: string; next: string } | undefined {
	const m = /Last reviewed <time datetime="([\d-]+)"[^>]*>[^<]*<\/time>\s*·\s*Next review <time datetime="([\d-]+)"/.exec(html);
	return m ? { last: m[1]!, next: m[2]! } : undefined;
}
const expected = (keys: string[]) => ({
	last: isoDay(new Date(Math.min(...keys.map((k) => dates.get(k)!.last.getTime())))),
	next: isoDay(new Date(Math.min(...keys.map((k) => dates.get(k)!.next.getTime())))),
});

describe.runIf(existsSync(join(DIST, 'compare')))('review dates on the built comparison pages', () => {
	const pairs = comparisonPairs({ neuromodulators: ids('neuromodulators'), fillers: ids('fillers') });

	it('every pair page shows the older last review and the sooner next review of its two entries', () => {
		expect(pairs.length).toBeGreaterThanOrEqual(50);
		for (const pair of pairs) {
			const html = readFileSync(join(DIST, 'compare', pair.slug, 'index.html'), 'utf8');
			expect(reviewLine(html), pair.slug).toEqual(expected([pair.a, pair.b]));
		}
	});

	it('the class-level page takes its dates from every brand and material', () => {
		const html = readFileSync(join(DIST, 'compare', CLASS_SLUG, 'index.html'), 'utf8');
		expect(reviewLine(html)).toEqual(expected([...dates.keys()].filter((k) => /^(neuromodulators|fillers)\//.test(k))));
	});

	it('every finder answer page takes its dates from the areas and products it lists', () => {
		const answers = readdirSync(join(DIST, 'finder'), { withFileTypes: true })
			.filter((d) => d.isDirectory())
			.flatMap((d) =>
				readdirSync(join(DIST, 'finder', d.name), { withFileTypes: true })
					.filter((r) => r.isDirectory())
					.map((r) => join(DIST, 'finder', d.name, r.name, 'index.html')),
			);
		expect(answers.length).toBeGreaterThan(0);
		for (const file of answers) {
			const html = readFileSync(file, 'utf8');
			// The answer's areas and products are its links to area, brand and material pages (guides are further reading).
			const shown = [...html.matchAll(/href="\/(areas|neuromodulators|fillers)\/([^/"]+)\/"/g)]
				.map((m) => `${m[1]}/${m[2]}`)
				.filter((k) => dates.has(k));
			expect(shown.length, file).toBeGreaterThan(0);
			expect(reviewLine(html), file).toEqual(expected([...new Set(shown)]));
		}
	});
});
