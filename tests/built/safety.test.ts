/**
 * Layer 5: the built site says at least what the labels say. Every brand and filler page shows each of
 * its contraindications, its pregnancy and breastfeeding statements and an emergency card; the two
 * guides about who should avoid what carry a table that lists every contraindication of every product;
 * every page links to the emergency card. Reads dist/ and the content files; no browser.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../../src/disk/built-pages.ts';
import { loadContentFiles } from '../../src/disk/content-files.ts';
import { EMERGENCY_ANCHOR, EMERGENCY_HREF } from '../../src/lib/facts/emergency.ts';
import type { SafetyStatement } from '../../src/schemas/safety.ts';

const ROOT = join(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const { files } = loadContentFiles(join(ROOT, 'src/content'), ROOT);
const products = files.filter((f) => f.collection === 'neuromodulators' || f.collection === 'fillers');

type Safety = {
	contraindications: SafetyStatement[];
	pregnancyAndBreastfeeding: { pregnancy: SafetyStatement; breastfeeding: SafetyStatement };
	warnings: Array<SafetyStatement & { kind: string }>;
};

/** The page as text a reader sees: tags dropped, entities decoded, spaces collapsed. */
function pageText(path: string): string {
	const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
	return html
		.replace(/<script[\s\S]*?<\/script>/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&#39;|&#x27;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ');
}

/** The HTML of the table a guide renders from data, or '' if it has none. */
function tableOf(path: string): string {
	const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
	return /<table[^>]*data-contraindications-table[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
}
const text = (s: string) =>
	s
		.replace(/<[^>]+>/g, ' ')
		.replace(/&#39;|&#x27;/g, "'")
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ');

describe('the built site', () => {
	it('exists', () => {
		expect(existsSync(join(DIST, 'index.html')), 'run npm run build first').toBe(true);
	});

	for (const file of products) {
		const path = `${file.collection}/${file.entry.id}`;
		it(`/${path}/ shows every contraindication, pregnancy and breastfeeding, and an emergency card`, () => {
			const d = file.entry.data as Safety;
			const page = pageText(path);
			for (const c of d.contraindications) expect(page, c.text).toContain(c.text);
			// A brand's spread-of-effect warning is its boxed warning, shown in full once above the facts.
			for (const w of d.warnings.filter((x) => file.collection === 'fillers' || x.kind !== 'distant-spread'))
				expect(page, w.text).toContain(w.text);
			if (file.collection === 'neuromodulators') expect(page).toMatch(/Boxed warning for .*symptoms/i);
			expect(page).toContain(d.pregnancyAndBreastfeeding.pregnancy.text);
			expect(page).toContain(d.pregnancyAndBreastfeeding.breastfeeding.text);
			const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
			expect(html).toMatch(new RegExp(`data-emergency-card="${file.collection === 'fillers' ? 'filler' : 'toxin'}"`));
		});
	}

	for (const guide of ['guides/who-should-avoid-injectables', 'guides/botox-vs-fillers']) {
		it(`/${guide}/ lists every contraindication of every product, under that product`, () => {
			const table = tableOf(guide);
			expect(table, 'the guide renders <ContraindicationsTable />').not.toBe('');
			const rows = table
				.split(/<tr[\s>]/)
				.slice(2)
				.map(text);
			for (const file of products) {
				const d = file.entry.data as Safety & { title: string };
				const name = d.title.replace(/\s*\([^)]*\)\s*$/, '');
				const row = rows.find((r) => r.includes(` ${name} `) || r.includes(` ${name},`));
				expect(row, `${guide} has a row for ${name}`).toBeDefined();
				for (const c of d.contraindications) expect(row, `${d.title}: ${c.text}`).toContain(c.text);
			}
		});
	}

	it('puts the emergency card under the title of the side-effects guide, aftercare and what to expect', () => {
		for (const guide of ['side-effects-and-emergencies', 'aftercare', 'what-to-expect']) {
			const html = readFileSync(join(DIST, 'guides', guide, 'index.html'), 'utf8');
			const h1 = html.indexOf('<h1');
			const card = html.indexOf('data-emergency-card');
			expect(card, guide).toBeGreaterThan(h1);
			// Nothing but the title and its one-line review date comes between: the card is the first block after them.
			const between = html.slice(html.indexOf('</h1>', h1), card).replace(/<p class="review[^>]*>.*?<\/p>/s, '');
			expect(between).not.toMatch(/<(p|section|h2|div)\b/);
		}
		expect(readFileSync(join(DIST, 'guides/side-effects-and-emergencies/index.html'), 'utf8')).toContain(`id="${EMERGENCY_ANCHOR}"`);
	});

	it('links every page to the emergency card', () => {
		const pages = builtPages(DIST);
		expect(pages.length).toBeGreaterThan(50);
		for (const p of pages) expect(readFileSync(p.file, 'utf8'), p.file).toContain(`href="${EMERGENCY_HREF}"`);
	});
});
