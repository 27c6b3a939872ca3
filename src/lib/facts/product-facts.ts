/**
 * A product's approval facts (PMA and supplement numbers, approval dates, minimum ages) as prose shows
 * them, and the check that prose never retypes them. Product bodies render them with
 * <Fact of="products/<id>" field="approvalDate" area="lips" />; a product-pair paragraph, which is plain
 * YAML text, writes a token such as {a.approvalMonth:lips}. Either way the value comes from the
 * product's frontmatter, so a corrected date changes every page at once.
 * Pure: the build, the linter and the unit tests share it.
 */
import { formatDate } from '../text/format.ts';

/** The approval facts of one product that prose may show. */
export interface ProductFactsSource {
	title: string;
	pma: string;
	approvals: ReadonlyArray<{ date: Date; supplement?: string | undefined; areas: readonly string[]; minimumAge: number }>;
}

export const PRODUCT_FACT_FIELDS = ['pma', 'supplement', 'approvalDate', 'approvalMonth', 'minimumAge'] as const;
export type ProductFactField = (typeof PRODUCT_FACT_FIELDS)[number];
/** A pair paragraph can also show an approval's year; in MDX, <Fact field="approvalYear"> already does. */
export const PAIR_FACT_FIELDS = [...PRODUCT_FACT_FIELDS, 'approvalYear'] as const;
export type PairFactField = (typeof PAIR_FACT_FIELDS)[number];

const MONTH_YEAR = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * The display text of one product fact. `area` picks the approval (the first that covers that area);
 * without it, the first approval. Throws, naming what is missing, so a wrong fact fails the build.
 */
export function productFactText(product: ProductFactsSource, field: PairFactField, area?: string): string {
	if (field === 'pma') return product.pma;
	const approval = area ? product.approvals.find((a) => a.areas.includes(area)) : product.approvals[0];
	const where = area ? ` area="${area}"` : '';
	if (!approval)
		throw new Error(
			`<Fact field="${field}"${where}>: ${product.title} has no approval for the area "${area}"; use one of its approval areas: ${product.approvals.flatMap((a) => a.areas).join(', ')}`,
		);
	switch (field) {
		case 'supplement':
			if (!approval.supplement)
				throw new Error(
					`<Fact field="supplement"${where}>: that approval of ${product.title} is the original PMA, which has no supplement number; use field="pma"`,
				);
			return approval.supplement;
		case 'approvalDate':
			return formatDate(approval.date);
		case 'approvalMonth':
			return MONTH_YEAR.format(approval.date);
		case 'approvalYear':
			return String(approval.date.getUTCFullYear());
		case 'minimumAge':
			// Labels say "over the age of 21"; the data holds the first age allowed, so this reads "22 and older".
			return `${approval.minimumAge} and older`;
	}
}

/** A token in a pair paragraph: {a.field} or {a.field:area}, where a or b names the pair's product. */
const PAIR_TOKEN = /\{([ab])\.(\w+)(?::([\w-]+))?\}/g;

/**
 * A pair paragraph with its fact tokens replaced by the products' data. Throws on an unknown field or
 * area, naming the token, so the build and the linter fail on it.
 */
export function fillPairFacts(text: string, products: { a: ProductFactsSource; b: ProductFactsSource }): string {
	return text.replace(PAIR_TOKEN, (token, side: 'a' | 'b', field: string, area: string | undefined) => {
		if (!(PAIR_FACT_FIELDS as readonly string[]).includes(field)) {
			throw new Error(`${token}: unknown fact "${field}"; write one of ${PAIR_FACT_FIELDS.join(', ')}, e.g. {a.approvalMonth:lips}`);
		}
		return productFactText(products[side], field as PairFactField, area);
	});
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** Ages written as labels write them: "over 21", "aged 22", "22 and older", "22 or older", "21+". */
const AGE_PHRASES = [
	/\b(?:over|older than|aged|age of|ages?)\s+(\d{1,2})\b/gi,
	/\b(\d{1,2})\s*(?:years?(?: of age| old)?\s+)?(?:and|or)\s+(?:older|over|above)\b/gi,
	/\b(\d{1,2})\+/g,
];

/** One fact typed in prose that the data already holds. */
export interface TypedFact {
	/** What was typed, as written. */
	text: string;
	/** 1-based line within the text checked. */
	line: number;
	/** What to write instead. */
	fix: string;
}

/**
 * Facts that prose types although a product's data holds them: an approval year (in any date form,
 * "26 March 2020", "March 2020" or a bare "2020"), a PMA or supplement number, or a minimum age
 * ("over 21" when the data says 22). `products` are the products the text is about; `allPmas` are every
 * product's PMA numbers, since a body naming a sibling's PMA is retyping it too. Components and pair
 * tokens are removed first: what they render comes from data.
 */
export function typedProductFacts(text: string, products: readonly ProductFactsSource[], allPmas: readonly string[] = []): TypedFact[] {
	const years = new Set(products.flatMap((p) => p.approvals.map((a) => a.date.getUTCFullYear())));
	const supplements = new Set(products.flatMap((p) => p.approvals.flatMap((a) => (a.supplement ? [a.supplement] : []))));
	const pmas = new Set([...allPmas, ...products.map((p) => p.pma)]);
	const ages = new Set(products.flatMap((p) => p.approvals.flatMap((a) => [a.minimumAge, a.minimumAge - 1])));
	const found: TypedFact[] = [];
	// Blank out components (<Fact ... />, <Cite ... />), their attributes and pair tokens, keeping line numbers.
	const prose = text.replace(/<[^>]*>/g, (m) => m.replace(/[^\n]/g, ' ')).replace(PAIR_TOKEN, (m) => ' '.repeat(m.length));
	prose.split('\n').forEach((line, i) => {
		const add = (t: string, fix: string) => found.push({ text: t, line: i + 1, fix });
		const dateRe = new RegExp(`\\b(?:\\d{1,2}\\s+)?(?:(?:${MONTHS})\\s+)?(?:\\d{1,2},\\s+)?((?:19|20)\\d{2})\\b`, 'g');
		for (const m of line.matchAll(dateRe)) {
			if (years.has(Number(m[1])))
				add(
					m[0].trim(),
					'render it from the approval: <Fact of="products/<id>" field="approvalDate|approvalMonth|approvalYear" area="<area>" /> (in a pair paragraph, {a.approvalMonth:<area>})',
				);
		}
		for (const m of line.matchAll(/\bP\d{6}\b/g)) {
			if (pmas.has(m[0])) add(m[0], 'render it: <Fact of="products/<id>" field="pma" /> (in a pair paragraph, {a.pma})');
		}
		for (const m of line.matchAll(/\bS\d{3}\b/g)) {
			if (supplements.has(m[0]))
				add(m[0], 'render it: <Fact of="products/<id>" field="supplement" area="<area>" /> (in a pair paragraph, {a.supplement:<area>})');
		}
		for (const re of AGE_PHRASES) {
			for (const m of line.matchAll(re)) {
				if (ages.has(Number(m[1])))
					add(m[0], 'render it: <Fact of="products/<id>" field="minimumAge" area="<area>" /> (in a pair paragraph, {a.minimumAge:<area>})');
			}
		}
	});
	return found;
}
