/**
 * Layer 5: the built site (dist/), read with Node alone. Myths are named by question and verdict on every
 * page; in-place glossary definitions are wired and come from the glossary; the copy defects of issue
 * #15 (years run into links, "et al..", "2027.How", title-case terms mid-sentence) are gone. Run after a build.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../../src/disk/built-pages.ts';
import { loadContentFiles } from '../../src/disk/content-files.ts';
import { mythTitle, type MythNaming } from '../../src/lib/facts/myth-title.ts';
import { firstSentence, termInProse } from '../../src/lib/text/prose.ts';

const ROOT = join(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const pages = builtPages(DIST).map((p) => ({ url: p.url, html: readFileSync(p.file, 'utf8') }));
const { files } = loadContentFiles(join(ROOT, 'src/content'), ROOT);
const published = (collection: string) =>
	files.filter((f) => f.collection === collection && f.valid && !(f.valid as { draft?: boolean }).draft);
const myths = published('myths').map((f) => ({ id: f.entry.id, ...(f.valid as MythNaming & { claim: string }) }));
const glossary = new Map(
	published('glossary').map((f) => [f.entry.id, f.valid as { term: string; definition: string; properName: boolean }]),
);

/** Text as a reader (or a screen reader) gets it: tags removed without adding spaces, entities decoded. */
const text = (html: string) =>
	html
		.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, '')
		.replace(/<[^>]+>/g, '')
		.replace(/&#39;|&#x27;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ')
		.trim();
/** Lower case, straight quotes, no end punctuation: how a claim is compared with a title or a link. */
const norm = (s: string) =>
	text(s)
		.toLowerCase()
		.replace(/[’‘]/g, "'")
		.replace(/[“”"]/g, '')
		.replace(/[.?!]+$/, '')
		.trim();

/** Every name a page gives things: its title, social title, headings and link texts. */
function namesOn(html: string): Array<{ where: string; name: string; href?: string }> {
	const names: Array<{ where: string; name: string; href?: string }> = [];
	const title = /<title>([\s\S]*?)<\/title>/.exec(html)?.[1];
	if (title) names.push({ where: '<title>', name: title });
	for (const m of html.matchAll(/<meta (?:property|name)="(og:title|twitter:title)" content="([^"]*)"/g))
		names.push({ where: m[1]!, name: m[2]! });
	for (const m of html.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/g)) names.push({ where: `<h${m[1]}>`, name: m[2]! });
	for (const m of html.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/g))
		names.push({ where: '<a>', name: m[2]!, href: /href="([^"]*)"/.exec(m[1]!)?.[1] });
	return names;
}

describe('myths lead with their verdict', () => {
	it('has myths to check', () => expect(myths.length).toBeGreaterThanOrEqual(12));

	it("no title, heading or link on any page states a myth's claim", () => {
		const found: string[] = [];
		for (const { url, html } of pages) {
			for (const { where, name } of namesOn(html)) {
				for (const myth of myths)
					if (norm(name).includes(norm(myth.claim))) found.push(`${url} ${where}: "${text(name)}" states the claim of myths/${myth.id}`);
			}
		}
		expect(found).toEqual([]);
	});

	it('every link to a myth is named by its question and verdict, whatever the page', () => {
		const wrong: string[] = [];
		const titles = new Map(myths.map((m) => [`/myths/${m.id}/`, mythTitle(m)]));
		// Comparison pages carry one link written in code, not by editors, that describes the page rather
		// than naming it ("Why units of different brands are not interchangeable"); the claim check above
		// still covers them.
		for (const { url, html } of pages.filter((p) => !p.url.startsWith('/compare/'))) {
			for (const { name, href } of namesOn(html)) {
				const expected = href && titles.get(href.replace(/#.*$/, ''));
				if (expected && text(name) !== expected) wrong.push(`${url}: link to ${href} reads "${text(name)}", not "${expected}"`);
			}
		}
		expect(wrong).toEqual([]);
	});

	it("each myth page's title, heading, social title, search title and JSON-LD name are the verdict-first title", () => {
		for (const myth of myths) {
			const html = pages.find((p) => p.url === `/myths/${myth.id}/`)?.html ?? '';
			const title = mythTitle(myth);
			expect(title.startsWith(myth.question)).toBe(true);
			expect(text(/<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? '')).toMatch(new RegExp(`^${title.replace(/[?.*+()]/g, '\\$&')}`));
			expect(/<meta property="og:title" content="([^"]*)"/.exec(html)?.[1]).toBe(title);
			// Pagefind takes a result's title from data-pagefind-meta="title".
			expect(text(/<h1\b[^>]*data-pagefind-meta="title"[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '')).toBe(title);
			expect(html).toContain(`"name":${JSON.stringify(title)}`);
			// The claim itself appears once, marked as the claim.
			expect(text(html)).toContain(`The claim: ${myth.claim}`);
		}
	});

	it('the RSS feed names myths by question and verdict', () => {
		const rss = readFileSync(join(DIST, 'rss.xml'), 'utf8');
		for (const myth of myths) {
			expect(rss).toContain(`<title>${mythTitle(myth).replace(/&/g, '&amp;')}</title>`);
			expect(rss.toLowerCase()).not.toContain(`<title>${myth.claim.toLowerCase()}`);
		}
	});
});

describe('definitions in place', () => {
	const withTerms = pages.filter((p) => p.html.includes('class="tm"'));

	it('are on the pages that use glossary terms', () => expect(withTerms.length).toBeGreaterThan(30));

	it("every term opens a popover on its own page, each written once, with the glossary's first sentence and a link to its entry", () => {
		const problems: string[] = [];
		for (const { url, html } of withTerms) {
			const targets = new Set([...html.matchAll(/<button class="tm" popovertarget="d-([^"]+)">/g)].map((m) => m[1]!));
			for (const id of targets) {
				const popovers = [...html.matchAll(new RegExp(`<span popover id="d-${id}"[^>]*>([\\s\\S]*?)</span>`, 'g'))];
				if (popovers.length !== 1) {
					problems.push(`${url}: ${popovers.length} popovers for ${id}`);
					continue;
				}
				const entry = glossary.get(id);
				const body = popovers[0]![1]!;
				if (!entry) problems.push(`${url}: ${id} is not a glossary term`);
				else if (!text(body).includes(firstSentence(entry.definition)))
					problems.push(`${url}: the definition of ${id} is not the glossary's`);
				if (!body.includes(`href="/glossary/#${id}"`)) problems.push(`${url}: the popover of ${id} does not link to /glossary/#${id}`);
			}
		}
		expect(problems).toEqual([]);
	});

	it('the glossary page has every term under a letter heading, and an A–Z bar whose letters all lead somewhere', () => {
		const html = pages.find((p) => p.url === '/glossary/')!.html;
		for (const [id] of glossary) expect(html).toContain(`id="${id}"`);
		const nav = /<nav class="az[^"]*"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '';
		const links = [...nav.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
		expect(links.length).toBeGreaterThan(15);
		for (const id of links) expect(html).toMatch(new RegExp(`<h2 id="${id}"[^>]*>[A-Z]</h2>`));
	});
});

describe('copy reads as written prose', () => {
	const defects: Array<[string, RegExp]> = [
		// A reference's year against its link's host name, and a review date against "How we check facts".
		['a reference year run into its link', /\b(?:19|20)\d\d\.(?:www\.|[a-z0-9-]+\.)+[a-z]{2,}/],
		['a review date run into the next sentence', /\b(?:19|20)\d\d\.How we check/],
		['a doubled stop after "et al"', /et al\.\./],
	];
	for (const [what, re] of defects) {
		it(`no page has ${what}`, () => {
			const found = pages.flatMap(({ url, html }) => {
				const m = re.exec(text(html));
				return m ? [`${url}: ...${text(html).slice(Math.max(0, m.index - 30), m.index + 30)}...`] : [];
			});
			expect(found).toEqual([]);
		});
	}

	it('no glossary term keeps its heading capital mid-sentence', () => {
		const found: string[] = [];
		for (const { url, html } of pages) {
			for (const m of html.matchAll(/<button class="tm" popovertarget="d-([^"]+)">([^<]*)<\/button>/g)) {
				const entry = glossary.get(m[1]!);
				const shown = m[2]!;
				if (!entry || shown !== entry.term || termInProse(entry.term, entry.properName) === shown) continue;
				// At the start of a block or a sentence the capital is right.
				const before = html.slice(Math.max(0, m.index - 200), m.index);
				if (/<(?:p|li|td|th|dd|dt|h[1-6]|figcaption|summary)\b[^>]*>\s*$/.test(before)) continue;
				const words = before.replace(/<[^>]+>/g, '');
				if (/(?:^|[.!?:]\s*|\n\s*)$/.test(words)) continue;
				found.push(`${url}: "...${words.slice(-20)}${shown}"`);
			}
		}
		expect(found).toEqual([]);
	});
});

describe('print', () => {
	it('the print stylesheet hides no reference list (it once hid everything search ignores)', () => {
		const css = pages
			.flatMap(({ html }) => [...html.matchAll(/<link rel="stylesheet" href="([^"]+)" media="print"/g)].map((m) => m[1]!))
			.map((href) => readFileSync(join(DIST, href), 'utf8'));
		expect(css.length).toBeGreaterThan(0);
		expect(css[0]).not.toContain('data-pagefind-ignore');
	});
});

// Keeps the helper honest: a page list read from disk, with paths relative to dist/.
it('reads the built site', () => expect(pages.map((p) => relative(DIST, DIST + p.url)).length).toBeGreaterThan(100));
