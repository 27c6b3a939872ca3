/**
 * The text the search index holds for each page keeps table cells and list items apart. Pagefind reads a
 * page's text by its elements: when a build step left out the optional </td> and </li> end tags before
 * indexing, neighbouring cells ran together ("Generic nameonabotulinumtoxinAMade by") and their words
 * could not be found. Checked on every indexed page's fragment against the cells of its key facts table.
 * Pagefind never separates header cells or captions, and comparison cells repeat their column's name for
 * phones: all three are left out of the index, and the excerpts are checked for what they glued
 * ("RestylaneRestylane Lyft", "side by sideMaker", "RestylaneGalderma"). Citation markers ("[2]") are
 * left out too: they glued to the word before them in excerpts ("lip[2]") and mean nothing out of place.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../src/lib/text/entities.ts';
import { DIST, fileFor, readDist } from '../support/dist.ts';

interface Fragment {
	url: string;
	content: string;
}

const fragments = (): Fragment[] =>
	readdirSync(join(DIST, 'pagefind/fragment')).map((f) => {
		const text = gunzipSync(readFileSync(join(DIST, 'pagefind/fragment', f))).toString('utf8');
		return JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
	});

const plain = (html: string) =>
	decodeEntities(html.replace(/<[^>]+>/g, ''))
		.replace(/\s+/g, ' ')
		.trim();

/** Each row of a page's tables as [header text, first cell text], read from the HTML (end tags optional). */
function rows(html: string): Array<[string, string]> {
	const found: Array<[string, string]> = [];
	for (const m of html.matchAll(/<tr\b[^>]*>\s*<th\b[^>]*>([\s\S]*?)(?=<td\b)<td\b[^>]*>([\s\S]*?)(?=<\/?t[dhr]\b|<\/tbody|<\/table)/gi)) {
		const [th, td] = [plain(m[1]!.replace(/<\/th>[\s\S]*$/i, '')), plain(m[2]!)];
		if (th && td) found.push([th, td]);
	}
	return found;
}

/** Every indexed page's fragment with the built HTML it came from (glossary term records have no page of their own). */
const indexedPages = (): Array<Fragment & { html: string }> =>
	fragments().flatMap((f) => {
		const file = fileFor(f.url);
		return file ? [{ ...f, html: readDist(file) }] : [];
	});

describe('search index text', () => {
	const indexed = indexedPages();

	it('has fragments to check', () => expect(indexed.length).toBeGreaterThan(100));

	it('keeps a table row header apart from its cell in every indexed page', () => {
		const glued: string[] = [];
		let checked = 0;
		for (const { url, content, html } of indexed) {
			for (const [th, td] of rows(html)) {
				checked++;
				// The header's last word followed straight by the cell's first word, with nothing between.
				const last = th.split(' ').pop()!;
				const first = td.split(' ')[0]!;
				if (content.includes(`${last}${first}`) && !th.endsWith(first) && !`${last}${first}`.includes(' '))
					glued.push(`${url}: "${last}${first}"`);
			}
		}
		expect(checked, 'table rows checked').toBeGreaterThan(200);
		expect(glued).toEqual([]);
	});

	it('leaves captions, column headers and the names repeated in comparison cells out of every indexed page', () => {
		const glued: string[] = [];
		let headers = 0;
		let names = 0;
		let captions = 0;
		for (const { url, content, html } of indexed) {
			for (const [, head] of html.matchAll(/<thead\b[^>]*>([\s\S]*?)(?=<\/thead|<tbody)/gi)) {
				const cells = [...head!.matchAll(/<th\b[^>]*>([\s\S]*?)(?=<\/?th\b|<\/tr|$)/gi)].map((m) => plain(m[1]!)).filter(Boolean);
				for (let i = 1; i < cells.length; i++) {
					headers++;
					const pair = `${cells[i - 1]!.split(' ').pop()!}${cells[i]!.split(' ')[0]!}`;
					if (content.includes(pair)) glued.push(`${url}: header "${pair}"`);
				}
			}
			for (const [, caption, header] of html.matchAll(
				/<caption\b[^>]*>([\s\S]*?)(?=<\/caption|<thead|<tbody|<tr)[\s\S]*?<tbody\b[^>]*>\s*<tr\b[^>]*>\s*<th\b[^>]*>([^<]*)/gi,
			)) {
				if (!plain(caption!) || !plain(header!)) continue;
				captions++;
				const pair = `${plain(caption!).split(' ').pop()!}${plain(header!).split(' ')[0]!}`;
				if (content.includes(pair)) glued.push(`${url}: caption "${pair}"`);
			}
			for (const [, name, text] of html.matchAll(/<span class="cell-name[^"]*"[^>]*>([^<]*)<\/span>([^<]*)/g)) {
				// Only cells whose own text follows the name directly: the rest start with a link or a list.
				if (!plain(text!)) continue;
				names++;
				const pair = `${plain(name!).split(' ').pop()!}${plain(text!).split(' ')[0]!}`;
				if (content.includes(pair)) glued.push(`${url}: cell "${pair}"`);
			}
		}
		expect(headers, 'adjacent header cells checked').toBeGreaterThan(100);
		expect(names, 'repeated names checked').toBeGreaterThan(100);
		expect(captions, 'captions checked').toBeGreaterThan(50);
		expect(glued).toEqual([]);
	});

	it('leaves citation markers out of every indexed page, so no excerpt reads "lip[2]"', () => {
		const marked: string[] = [];
		let markers = 0;
		for (const { url, content, html } of indexed) {
			const main = /<main\b[^>]*data-pagefind-body[\s\S]*<\/main>/.exec(html)?.[0] ?? '';
			markers += [...main.matchAll(/<a href="#ref-\d+"/g)].length;
			const found = content.match(/\[\d+\]/g);
			if (found) marked.push(`${url}: ${found.slice(0, 3).join(' ')}`);
		}
		expect(markers, 'citation markers in indexed pages').toBeGreaterThan(500);
		expect(marked).toEqual([]);
	});
});
