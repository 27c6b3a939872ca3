/**
 * Label safety as typed data: every brand and filler material in the real content carries each safety
 * field with a source that exists; the guide table lists every contraindication of every product, and
 * removing one from the data removes it from the table; every emergency card cites sources that exist.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentFiles } from '../../src/disk/content-files.ts';
import { EMERGENCY_CARDS, EMERGENCY_NUMBERS, emergencySources } from '../../src/lib/facts/emergency.ts';
import { contraindicationRows, SAFETY_FIELDS, warningsByKind, type SafetySubject } from '../../src/lib/facts/safety.ts';
import type { SafetyStatement } from '../../src/schemas/safety.ts';

const ROOT = join(import.meta.dirname, '../..');
const { files, problems } = loadContentFiles(join(ROOT, 'src/content'), ROOT);
const sourceIds = new Set(files.filter((f) => f.collection === 'sources').map((f) => f.entry.id));
const products = files.filter((f) => f.collection === 'neuromodulators' || f.collection === 'fillers');

type Data = Record<string, unknown> & {
	title: string;
	sources: string[];
	contraindications: SafetyStatement[];
	warnings: Array<SafetyStatement & { kind: string }>;
	interactions: SafetyStatement[];
	pregnancyAndBreastfeeding: { pregnancy: SafetyStatement; breastfeeding: SafetyStatement };
};
const dataOf = (f: (typeof products)[number]) => f.entry.data as Data;

/** Every statement of an entry with the field it sits in. */
function statementsOf(d: Data): Array<[string, SafetyStatement]> {
	return [
		...d.contraindications.map((s, i) => [`contraindications[${i}]`, s] as [string, SafetyStatement]),
		...d.warnings.map((s, i) => [`warnings[${i}]`, s] as [string, SafetyStatement]),
		...d.interactions.map((s, i) => [`interactions[${i}]`, s] as [string, SafetyStatement]),
		['pregnancyAndBreastfeeding.pregnancy', d.pregnancyAndBreastfeeding.pregnancy],
		['pregnancyAndBreastfeeding.breastfeeding', d.pregnancyAndBreastfeeding.breastfeeding],
	];
}

describe('label safety in the real content', () => {
	it('loads without problems', () => {
		expect(problems).toEqual([]);
		expect(products.filter((f) => f.collection === 'neuromodulators').length).toBeGreaterThanOrEqual(6);
		expect(products.filter((f) => f.collection === 'fillers').length).toBeGreaterThanOrEqual(5);
	});

	for (const file of products) {
		const id = `${file.collection}/${file.entry.id}`;
		it(`${id} has every safety field, each statement with a listed, existing source`, () => {
			const d = dataOf(file);
			for (const field of SAFETY_FIELDS) expect(d[field], `${id} ${field}`).toBeDefined();
			expect(d.contraindications.length).toBeGreaterThan(0);
			expect(d.warnings.length).toBeGreaterThan(0);
			for (const [field, s] of statementsOf(d)) {
				expect(s.text.length, `${id} ${field}.text`).toBeGreaterThan(10);
				expect(sourceIds.has(s.source), `${id} ${field}.source "${s.source}" exists`).toBe(true);
				expect(d.sources, `${id} lists ${s.source}`).toContain(s.source);
			}
		});
	}

	it('every brand warns of a serious allergic reaction, spread of toxin effect, and driving or machinery', () => {
		for (const file of products.filter((f) => f.collection === 'neuromodulators')) {
			const kinds = new Set(dataOf(file).warnings.map((w) => w.kind));
			for (const kind of ['allergic-reaction', 'distant-spread', 'driving-machinery', 'swallowing-breathing', 'neuromuscular-disorder']) {
				expect(kinds.has(kind), `${file.entry.id} ${kind}`).toBe(true);
			}
		}
	});

	it('every filler material warns of a blocked blood vessel', () => {
		for (const file of products.filter((f) => f.collection === 'fillers')) {
			expect(
				dataOf(file).warnings.some((w) => w.kind === 'vessel-occlusion'),
				file.entry.id,
			).toBe(true);
		}
	});
});

describe('the contraindications table guides render', () => {
	const subjects: SafetySubject[] = products.map((f) => ({
		title: dataOf(f).title,
		url: `/${f.collection}/${f.entry.id}/`,
		contraindications: dataOf(f).contraindications,
	}));
	const rowOf = (rows: ReturnType<typeof contraindicationRows>, url: string) => rows.find((r) => r.products.some((p) => p.url === url));

	it('lists every product, and under it every one of its contraindications and their sources', () => {
		const rows = contraindicationRows(subjects);
		expect(rows.flatMap((r) => r.products.map((p) => p.title)).sort()).toEqual(subjects.map((s) => s.title).sort());
		for (const s of subjects) {
			const row = rowOf(rows, s.url)!;
			expect(row.items).toEqual(s.contraindications.map((c) => c.text));
			for (const c of s.contraindications) expect(row.sources).toContain(c.source);
		}
	});

	it('gives products with the same contraindications one row, so the table stays short', () => {
		const rows = contraindicationRows(subjects);
		expect(rows.length).toBeLessThan(subjects.length);
		expect(rowOf(rows, '/neuromodulators/dysport/')!.products).toHaveLength(1);
	});

	it('drops a contraindication removed from the data', () => {
		const ha = subjects.find((s) => s.url === '/fillers/hyaluronic-acid/')!;
		const removed = ha.contraindications[1]!;
		const edited = subjects.map((s) => (s === ha ? { ...s, contraindications: s.contraindications.filter((c) => c !== removed) } : s));
		expect(rowOf(contraindicationRows(subjects), ha.url)!.items).toContain(removed.text);
		expect(rowOf(contraindicationRows(edited), ha.url)!.items).not.toContain(removed.text);
		expect(contraindicationRows(edited).flatMap((r) => r.items)).not.toContain(removed.text);
	});
});

describe('warnings by kind', () => {
	it('groups in heading order and leaves out empty kinds', () => {
		const groups = warningsByKind([
			{ kind: 'driving-machinery', text: 'Do not drive while weak.', source: 's' },
			{ kind: 'distant-spread', text: 'The effect can spread.', source: 's' },
			{ kind: 'distant-spread', text: 'Symptoms can start weeks later.', source: 's' },
		]);
		expect(groups.map((g) => [g.label, g.items.length])).toEqual([
			['Spread of the toxin effect', 2],
			['Driving and machinery', 1],
		]);
	});
});

describe('emergency cards', () => {
	it('cite only sources that exist, each with a short title to fit the card', () => {
		for (const id of emergencySources()) {
			expect(sourceIds.has(id), id).toBe(true);
			expect(files.find((f) => f.collection === 'sources' && f.entry.id === id)!.entry.data.shortTitle, id).toBeTruthy();
		}
	});

	it('give the US, UK, EU and Australian numbers', () => {
		expect(EMERGENCY_NUMBERS.map((n) => n.number)).toEqual(['911', '999', '112', '000']);
	});

	it('send isolated vision change or eyelid droop after toxin to a same-day review, and swallowing, speaking, breathing or unlicensed treatment to an emergency', () => {
		const [now, sameDay] = EMERGENCY_CARDS.toxin.tiers;
		expect(now!.urgency).toBe('call-now');
		expect(now!.signs.join(' ')).toMatch(/swallowing, speaking or breathing/);
		expect(now!.signs.join(' ')).toMatch(/unlicensed product or injector/);
		expect(now!.signs.join(' ')).toMatch(/loss of bladder control/);
		expect(sameDay!.urgency).toBe('same-day');
		expect(sameDay!.action).toMatch(/same day, even if it is the only sign/);
		expect(sameDay!.signs).toEqual(['Double or blurred vision', 'A new drooping eyelid']);
	});
});

describe('signsInSentence', () => {
	it('joins signs into one sentence, each after the first in lower case', async () => {
		const { signsInSentence } = await import('../../src/lib/facts/emergency.ts');
		expect(signsInSentence(['Double or blurred vision', 'A new drooping eyelid'])).toBe('double or blurred vision; a new drooping eyelid.');
	});
});
