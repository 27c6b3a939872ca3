/**
 * Issue #16 asks that every product safety statement rest on a source that says it. The schema checks that a
 * source id exists; these checks add what it cannot: the statement's source is listed on the page (so the
 * reference list numbers it), a source cannot document an approval it predates, and a foreign label (read
 * because the US one could not be) never stands in for an FDA approval.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/disk/content-files.ts';

const CONTENT = join(import.meta.dirname, '../../src/content');

interface Source {
	title: string;
	year: number;
}
interface Statement {
	text: string;
	source: string;
}
interface Product {
	id: string;
	sources: string[];
	approvals: Array<{ date: Date | string; source: string; indication: string }>;
	contraindications: Statement[];
	warnings: Statement[];
	/** Absent only on a discontinued product, which has no current label (src/schemas/product.ts). */
	interactions?: Statement[];
	pregnancyAndBreastfeeding?: { pregnancy: Statement; breastfeeding: Statement };
}

const files = (dir: string, ext: string) => readdirSync(join(CONTENT, dir)).filter((name) => name.endsWith(ext) && !name.startsWith('_'));

const sources = new Map(
	files('sources', '.yaml').map((name) => [
		name.replace(/\.yaml$/, ''),
		parse(readFileSync(join(CONTENT, 'sources', name), 'utf8')) as Source,
	]),
);
const products: Product[] = files('products', '.mdx').map((name) => {
	const split = splitFrontmatter(readFileSync(join(CONTENT, 'products', name), 'utf8'));
	if (!split) throw new Error(`${name}: no frontmatter`);
	return { id: name.replace(/\.mdx$/, ''), ...(parse(split.yaml) as Omit<Product, 'id'>) };
});

/** Every safety statement of a product, labelled by the field it sits in. */
export function safetyStatements(p: Product): Array<{ field: string } & Statement> {
	return [
		...p.contraindications.map((s, i) => ({ field: `contraindications[${i}]`, ...s })),
		...p.warnings.map((s, i) => ({ field: `warnings[${i}]`, ...s })),
		...(p.interactions ?? []).map((s, i) => ({ field: `interactions[${i}]`, ...s })),
		...(p.pregnancyAndBreastfeeding
			? [
					{ field: 'pregnancyAndBreastfeeding.pregnancy', ...p.pregnancyAndBreastfeeding.pregnancy },
					{ field: 'pregnancyAndBreastfeeding.breastfeeding', ...p.pregnancyAndBreastfeeding.breastfeeding },
				]
			: []),
	];
}

/** Approvals whose source was published before the decision it is cited for. */
export function approvalsPredatingSource(p: Product, lookup: Map<string, Pick<Source, 'year'>>): string[] {
	return p.approvals
		.filter((a) => {
			const year = lookup.get(a.source)?.year;
			return year !== undefined && year < new Date(a.date).getUTCFullYear();
		})
		.map((a) => `${p.id}: "${a.indication}" (${new Date(a.date).toISOString().slice(0, 10)}) cites ${a.source}, dated earlier`);
}

describe('product safety statements', () => {
	it('cite a source listed in the entry, so the reference list shows it', () => {
		const offenders = products.flatMap((p) =>
			safetyStatements(p)
				.filter((s) => !p.sources.includes(s.source))
				.map((s) => `${p.id}: ${s.field} cites "${s.source}", which is not in sources`),
		);
		expect(offenders).toEqual([]);
	});
});

describe('product approvals', () => {
	it('never cite a source dated before the decision', () => {
		expect(products.flatMap((p) => approvalsPredatingSource(p, sources))).toEqual([]);
	});

	it('never rest on a label that is not the US one', () => {
		const offenders = products.flatMap((p) =>
			p.approvals
				.filter((a) => /not the US label/i.test(sources.get(a.source)?.title ?? ''))
				.map((a) => `${p.id}: an approval cites ${a.source}, a non-US label`),
		);
		expect(offenders).toEqual([]);
	});

	it('flags a source that predates the approval (the rule itself)', () => {
		const p = { id: 'x', approvals: [{ date: '2020-06-12', source: 'old', indication: 'chin' }] } as unknown as Product;
		expect(approvalsPredatingSource(p, new Map([['old', { year: 2013 }]]))).toHaveLength(1);
		expect(approvalsPredatingSource(p, new Map([['old', { year: 2020 }]]))).toEqual([]);
	});
});
