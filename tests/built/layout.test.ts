/**
 * The reading layout over every built entry page (run after a build): each ends with at most six next
 * steps, none of them a page already linked above; backlinks are one folded line whose count is true;
 * long pages carry a contents list; every guide has its previous/next links in the guides index order.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../../src/disk/built-pages.ts';

const DIST = join(import.meta.dirname, '../../dist');
const ENTRY = /^\/(neuromodulators|fillers|areas|guides|myths)\/[^/]+\/$/;
const pages = builtPages(DIST)
	.filter((p) => ENTRY.test(p.url))
	.map((p) => ({ url: p.url, html: readFileSync(p.file, 'utf8') }));

const hrefs = (html: string) => [...html.matchAll(/<a\b[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]!);
/** The section an id labels, up to its closing tag (sections in these pages do not nest). */
const section = (html: string, id: string) => /<section[^>]*aria-labelledby="NAME"[^>]*>([\s\S]*?)<\/section>/.source.replace('NAME', id);

describe('built entry pages', () => {
	it('exist', () => expect(pages.length).toBeGreaterThan(50));

	it('end with at most six next steps, none already linked in the article above them', () => {
		const problems: string[] = [];
		for (const { url, html } of pages) {
			const match = new RegExp(section(html, 'next-steps-heading')).exec(html);
			if (!match) continue;
			const next = hrefs(match[1]!);
			if (next.length > 6) problems.push(`${url}: ${next.length} next steps`);
			const article = html.slice(html.indexOf('<article'), match.index);
			// Links above, leaving out the contents list (same-page anchors) and the rail.
			const above = new Set(hrefs(article));
			for (const href of next) if (above.has(href)) problems.push(`${url}: next step ${href} is already linked above`);
		}
		expect(problems).toEqual([]);
	});

	it('fold backlinks into one line whose count matches its links', () => {
		const problems: string[] = [];
		let seen = 0;
		for (const { url, html } of pages) {
			const folds = [...html.matchAll(/<details[^>]*>\s*<summary[^>]*>Pages that link here \((\d+)\)<\/summary>([\s\S]*?)<\/details>/g)];
			if (folds.length === 0) continue;
			seen++;
			if (folds.length > 1) problems.push(`${url}: ${folds.length} backlink lists`);
			const [, count, list] = folds[0]!;
			if (hrefs(list!).length !== Number(count)) problems.push(`${url}: says ${count}, lists ${hrefs(list!).length}`);
		}
		expect(seen).toBeGreaterThan(20);
		expect(problems).toEqual([]);
		expect(pages.some((p) => p.html.includes('Related pages'))).toBe(false);
	});

	it('give every page with three or more sections an "On this page" list of same-page links', () => {
		const problems: string[] = [];
		for (const { url, html } of pages) {
			const body = /<div class="prose body[^"]*">([\s\S]*?)<section class="references/.exec(html)?.[1] ?? '';
			const sections = [...body.matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1]!);
			const nav = /<nav[^>]*aria-label="On this page"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1];
			if (sections.length < 3) continue;
			if (!nav) {
				problems.push(`${url}: ${sections.length} sections, no contents list`);
				continue;
			}
			const links = hrefs(nav);
			for (const id of sections) if (!links.includes(`#${id}`)) problems.push(`${url}: contents list misses #${id}`);
		}
		expect(problems).toEqual([]);
	});

	it('chain the guides in the index order, each pointing back to the one before', () => {
		const index = readFileSync(join(DIST, 'guides/index.html'), 'utf8');
		const order = hrefs(/<main[\s\S]*<\/main>/.exec(index)![0]).filter((h) => /^\/guides\/[^/]+\/$/.test(h));
		expect(order.length).toBeGreaterThan(5);
		order.forEach((url, i) => {
			const html = pages.find((p) => p.url === url)!.html;
			const pager = /<nav[^>]*aria-label="Guides in order"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '';
			const prev = /<a rel="prev" href="([^"]+)"/.exec(pager)?.[1];
			const next = /<a rel="next" href="([^"]+)"/.exec(pager)?.[1];
			expect(prev, url).toBe(order[i - 1]);
			expect(next, url).toBe(order[i + 1]);
		});
	});
});
