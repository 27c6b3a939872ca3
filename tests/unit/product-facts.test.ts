/**
 * One source of truth for product facts: prose renders approval dates, PMA and supplement numbers and
 * minimum ages from the product data (<Fact> in a body, {a.field:area} in a pair paragraph), and the
 * linter fails, naming file, line and field, when an editor types one of them instead.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fillPairFacts, productFactText, typedProductFacts } from '../../src/lib/facts/product-facts.ts';
import { loadContentFiles } from '../../src/disk/content-files.ts';
import { formatProblems } from '../../src/lib/corpus/graph.ts';
import { lintCorpus } from '../../src/lib/corpus/corpus-rules.ts';

const kysse = {
	title: 'Restylane Kysse',
	pma: 'P140029',
	approvals: [{ date: new Date('2020-03-26'), supplement: 'S021', areas: ['lips', 'lip-lines'], minimumAge: 22 }],
};
const voluma = {
	title: 'Juvéderm Voluma XC',
	pma: 'P110033',
	approvals: [
		{ date: new Date('2013-10-22'), areas: ['cheeks'], minimumAge: 22 },
		{ date: new Date('2020-06-12'), supplement: 'S047', areas: ['chin'], minimumAge: 22 },
	],
};

describe('productFactText', () => {
	it('renders each field from the approval that covers the area', () => {
		expect(productFactText(kysse, 'pma')).toBe('P140029');
		expect(productFactText(kysse, 'approvalDate', 'lips')).toBe('26 March 2020');
		expect(productFactText(kysse, 'approvalMonth', 'lip-lines')).toBe('March 2020');
		expect(productFactText(voluma, 'approvalYear', 'chin')).toBe('2020');
		expect(productFactText(voluma, 'supplement', 'chin')).toBe('S047');
		expect(productFactText(voluma, 'minimumAge', 'cheeks')).toBe('22 and older');
	});
	it('fails, saying what to do, for an area without an approval or an original PMA asked for its supplement', () => {
		expect(() => productFactText(kysse, 'approvalDate', 'cheeks')).toThrow(
			'Restylane Kysse has no approval for the area "cheeks"; use one of its approval areas: lips, lip-lines',
		);
		expect(() => productFactText(voluma, 'supplement', 'cheeks')).toThrow(
			'is the original PMA, which has no supplement number; use field="pma"',
		);
	});
});

describe('fillPairFacts', () => {
	it('fills {a.field:area} and {b.field} tokens from the two products', () => {
		expect(
			fillPairFacts(
				'Voluma XC since {a.approvalMonth:cheeks} ({a.pma}); Kysse since {b.approvalYear:lips}, in adults {b.minimumAge:lips}.',
				{ a: voluma, b: kysse },
			),
		).toBe('Voluma XC since October 2013 (P110033); Kysse since 2020, in adults 22 and older.');
	});
	it('fails on an unknown field, naming the token', () => {
		expect(() => fillPairFacts('since {a.approved:cheeks}', { a: voluma, b: kysse })).toThrow(
			'{a.approved:cheeks}: unknown fact "approved"',
		);
	});
});

describe('typedProductFacts', () => {
	it('finds a date, month, year, PMA, supplement or age the data holds, in any form, with its line', () => {
		const text = 'Approved on 26 March 2020.\nSince March 2020, as S021 to P140029.\nIn 2020, for adults over 21 or 22 and older.';
		expect(typedProductFacts(text, [kysse]).map((t) => `${t.line}:${t.text}`)).toEqual([
			'1:26 March 2020',
			'2:March 2020',
			'2:P140029',
			'2:S021',
			'3:2020',
			'3:over 21',
			'3:22 and older',
		]);
		expect(typedProductFacts('Approved on March 26, 2020.', [kysse]).map((t) => t.text)).toEqual(['March 26, 2020']);
	});
	it('ignores what components render and facts the data does not hold', () => {
		const text =
			'Approved on <Fact of="products/restylane-kysse" field="approvalDate" area="lips" /> for adults {a.minimumAge:lips}. The FDA warned in 2015; 103 of 118 patients; 20 mg/mL.';
		expect(typedProductFacts(text, [kysse])).toEqual([]);
	});
	it("counts another product's PMA number as retyped", () => {
		expect(typedProductFacts('Older lips products sit under P040024.', [kysse], ['P040024']).map((t) => t.text)).toEqual(['P040024']);
	});
});

describe('the linter on an editor who types a product fact', () => {
	const dir = mkdtempSync(join(tmpdir(), 'atlas-product-facts-'));
	const content = join(dir, 'content');
	cpSync(join(import.meta.dirname, '../../src/content'), content, { recursive: true });
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const lint = () => {
		const { files, problems } = loadContentFiles(content, dir);
		expect(problems).toEqual([]);
		return formatProblems(lintCorpus(files, { today: new Date('2026-12-01'), coverage: {} }).errors);
	};
	const edit = (file: string, from: string, to: string) => {
		const path = join(content, file);
		const text = readFileSync(path, 'utf8');
		expect(text).toContain(from);
		writeFileSync(path, text.replace(from, to));
		return () => writeFileSync(path, text);
	};

	it('passes the real content', () => {
		expect(lint()).toBe('');
	});
	it('fails a product body that types the approval date, naming file, line and field', () => {
		const restore = edit(
			'products/restylane-kysse.mdx',
			'on <Fact of="products/restylane-kysse" field="approvalDate" area="lips" />',
			'on 26 March 2020',
		);
		const out = lint();
		restore();
		expect(out).toMatch(
			/products\/restylane-kysse\.mdx:\d+: body: types "26 March 2020", which the product data already holds: render it from the approval: <Fact/,
		);
	});
	it('fails a pair paragraph that types a month, and one whose token names an area the product lacks', () => {
		let restore = edit('product-pairs/juvederm-ultra-xc-vs-restylane-kysse.yaml', '{b.approvalMonth:lips}', 'March 2020');
		let out = lint();
		restore();
		expect(out).toMatch(/product-pairs\/juvederm-ultra-xc-vs-restylane-kysse\.yaml:\d+: difference: types "March 2020"/);
		restore = edit('product-pairs/juvederm-ultra-xc-vs-restylane-kysse.yaml', '{b.approvalMonth:lips}', '{b.approvalMonth:cheeks}');
		out = lint();
		restore();
		expect(out).toMatch(
			/juvederm-ultra-xc-vs-restylane-kysse\.yaml:\d+: difference: .*Restylane Kysse has no approval for the area "cheeks"/,
		);
	});
});
