/**
 * The CSS pruning reads each page's selectors with src/lib/html-selectors.ts, a one-pass tag scanner,
 * instead of PurgeCSS's HTML extractor (purgecss-from-html, a full parse5 tree), to save the cold build
 * most of its per-page parse (issue #18). This check holds it to the same sets as the extractor on every
 * built page of the real site, so any markup the scanner gets wrong fails here, naming the page.
 *
 * Why the built page (dist/) is a sound stand-in for the page the finish pass read: the pass differs
 * from it only in ways neither reader can tell apart. Style elements are cut out before either reads
 * (as pruneInlineStyles does), so their pruning does not matter; the policy meta element is one more
 * element, read by both; and the optional end tags and line breaks the pass leaves out are the ones the
 * HTML parser implies (compactHtml), so the document tree, and with it the reference's sets, is the
 * same. The scanner's own handling of written-out end tags is covered by tests/unit/html-selectors.test.ts.
 */
import purgeFromHtml from 'purgecss-from-html';
import { describe, expect, it } from 'vitest';
import { htmlSelectors } from '../../src/lib/html-selectors.ts';
import { htmlFiles, readDist } from '../support/dist.ts';

/** The pruning's cut of style elements (src/integrations/page-weight.ts, STYLE). */
const STYLE = /<style\b([^>]*)>([\s\S]*?)<\/style>/gi;

const sorted = (list: Iterable<string>) => [...new Set(list)].sort();
function sets(found: { tags: string[]; classes: string[]; ids: string[]; attributes: { names: string[]; values: string[] } }) {
	return {
		tags: sorted(found.tags),
		classes: sorted(found.classes),
		ids: sorted(found.ids),
		names: sorted(found.attributes.names),
		values: sorted(found.attributes.values),
	};
}

describe('the CSS pruning reads every page as PurgeCSS’s HTML extractor would', () => {
	it('finds the same tags, classes, ids and attribute names and values on every built page', () => {
		const files = htmlFiles();
		expect(files.length).toBeGreaterThan(100);
		const differing: string[] = [];
		for (const file of files) {
			const markup = readDist(file).replace(STYLE, '');
			const reference = purgeFromHtml(markup);
			const want = sets({ ...reference, classes: reference.classes.flatMap((names) => names.split(/\s+/)).filter(Boolean) });
			const got = sets(htmlSelectors(markup));
			if (JSON.stringify(got) !== JSON.stringify(want)) {
				const parts = (Object.keys(want) as Array<keyof typeof want>).filter((k) => JSON.stringify(got[k]) !== JSON.stringify(want[k]));
				differing.push(
					`${file}: ${parts.map((k) => `${k} ${JSON.stringify(got[k].filter((x) => !want[k].includes(x)))} extra, ${JSON.stringify(want[k].filter((x) => !got[k].includes(x)))} missing`).join('; ')}`,
				);
			}
		}
		expect(differing).toEqual([]);
	});
});
