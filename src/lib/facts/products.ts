/**
 * Filler products as derived data: which products are approved in an area (the area pages' table and
 * the finder), which products are made of a material (the material pages), the rows of a product
 * comparison, the search aliases a product name implies, and the checks on curated product pairs.
 * Pure: plain data in, plain data out, so the build, the linter and unit tests share it.
 */
import { formatDate, listOf } from '../text/format.ts';
import { firstApprovalDate } from './approvals.ts';
import { compareUrl } from '../site/urls.ts';

/** What the derivations need of a product; a validated `products` entry fits it. */
export interface ProductLike {
	id: string;
	data: {
		title: string;
		maker: string;
		material: string;
		pma: string;
		status: 'marketed' | 'discontinued';
		lidocaine: boolean;
		approvals: ReadonlyArray<{
			indication: string;
			date: Date;
			supplement?: string | undefined;
			areas: readonly string[];
			minimumAge: number;
			source: string;
		}>;
		labelDuration?: { text: string; months: number; area: string; source: string } | undefined;
		otherNames?: ReadonlyArray<{ name: string; where: string }> | undefined;
	};
}

/** One row of an area's table of approved products. */
export interface AreaProductRow {
	id: string;
	title: string;
	maker: string;
	material: string;
	/** The first approval covering the area: its date and indication. */
	approved: Date;
	indication: string;
	minimumAge: number;
	lidocaine: boolean;
	/** The label's duration wording, only when it was measured in this area. */
	labelDuration?: { text: string; months: number } | undefined;
	status: 'marketed' | 'discontinued';
}

/**
 * The products approved for `areaId`, one row each, oldest approval first (ties by title). A product's
 * row uses its first approval that names the area; its label duration is shown only when the label
 * measured it in this area, so no row claims a duration for a place it was not studied.
 */
export function productsForArea(products: readonly ProductLike[], areaId: string): AreaProductRow[] {
	return products
		.flatMap((p): AreaProductRow[] => {
			const approval = p.data.approvals.find((a) => a.areas.includes(areaId));
			if (!approval) return [];
			const duration =
				p.data.labelDuration?.area === areaId ? { text: p.data.labelDuration.text, months: p.data.labelDuration.months } : undefined;
			return [
				{
					id: p.id,
					title: p.data.title,
					maker: p.data.maker,
					material: p.data.material,
					approved: approval.date,
					indication: approval.indication,
					minimumAge: approval.minimumAge,
					lidocaine: p.data.lidocaine,
					labelDuration: duration,
					status: p.data.status,
				},
			];
		})
		.sort((a, b) => a.approved.getTime() - b.approved.getTime() || a.title.localeCompare(b.title));
}

/**
 * An area's approved products split by whether a reader can have them today: the marketed ones are the
 * area's approved options (its table); the discontinued ones are history, listed apart so that no reader
 * takes a product no longer sold for a choice. Each keeps the order of productsForArea.
 */
export function areaProductGroups(
	products: readonly ProductLike[],
	areaId: string,
): { marketed: AreaProductRow[]; discontinued: AreaProductRow[] } {
	const rows = productsForArea(products, areaId);
	return { marketed: rows.filter((r) => r.status === 'marketed'), discontinued: rows.filter((r) => r.status === 'discontinued') };
}

/** The products made of a material, by title. */
export function productsOfMaterial<P extends ProductLike>(products: readonly P[], materialId: string): P[] {
	return products.filter((p) => p.data.material === materialId).sort((a, b) => a.data.title.localeCompare(b.data.title));
}

/** The date a product was first approved (its oldest approval). */
export const firstApproved = (p: ProductLike): Date => firstApprovalDate(p.data.approvals);

/**
 * For each area id, the marketed products approved there with the indication that covers it (the finder
 * names them): "approved for the cheeks" alone would hide that one product's cheek approval is for acne
 * scars. Discontinued products are left out: the finder lists what a reader can have today.
 */
export function approvedProductsByArea(
	products: readonly ProductLike[],
): Map<string, Array<{ id: string; title: string; indication: string }>> {
	const byArea = new Map<string, Array<{ id: string; title: string; indication: string }>>();
	for (const p of products) {
		if (p.data.status !== 'marketed') continue;
		for (const area of new Set(p.data.approvals.flatMap((a) => a.areas))) {
			const indication = p.data.approvals.find((a) => a.areas.includes(area))!.indication;
			byArea.set(area, [...(byArea.get(area) ?? []), { id: p.id, title: p.data.title, indication }]);
		}
	}
	for (const list of byArea.values()) list.sort((a, b) => a.title.localeCompare(b.title));
	return byArea;
}

/**
 * The names readers type for a product beyond its title, derived so editors need not list them: the
 * name without "XC" or "(+)", "plus" for "+", "with lidocaine" for "XC", and without the maker's family
 * accent ("Juvéderm" → "Juvederm" is handled by search normalising). Editors add misspellings by hand.
 */
export function productAliases(title: string, otherNames: ReadonlyArray<{ name: string }> = []): string[] {
	const out = new Set<string>();
	const add = (s: string) => {
		const clean = s.replace(/\s+/g, ' ').trim();
		if (clean && clean.toLowerCase() !== title.toLowerCase()) out.add(clean);
	};
	if (/\bXC\b/.test(title)) {
		add(title.replace(/\s*\bXC\b/, ''));
		add(title.replace(/\bXC\b/, 'with lidocaine'));
	}
	if (/\(\+\)|\+/.test(title)) {
		add(title.replace(/\s*\(\+\)|\s*\+/, ''));
		add(title.replace(/\s*\(\+\)|\s*\+/, ' Plus'));
	}
	if (/\bPlus\b/i.test(title)) add(title.replace(/\s*\bPlus\b/i, ' (+)'));
	for (const n of otherNames) add(n.name);
	return [...out];
}

/** The slug of a product pair page: the two ids in alphabetical order joined by "-vs-". */
export const productPairSlug = (a: string, b: string) => (a < b ? `${a}-vs-${b}` : `${b}-vs-${a}`);

/** One cell of a product comparison: plain text, or a list of items. */
export type PairCell = string | string[];

/** One row of a product comparison: a label and the two cells. */
export interface PairRow {
	label: string;
	a: PairCell;
	b: PairCell;
}

/** Names a pair table needs that live in other collections. */
export interface PairNames {
	material: (id: string) => string;
	area: (id: string) => string;
}

const yesNo = (v: boolean) => (v ? 'Yes' : 'No');

/**
 * The rows of a product comparison: whether each is still sold (only when one is not), maker, material,
 * first approval, each product's approved uses with their areas and dates, minimum age, lidocaine and the
 * label duration. Rows of (label, A, B)
 * so any table component can render them.
 */
export function productPairRows(a: ProductLike, b: ProductLike, names: PairNames): PairRow[] {
	const cell = (f: (p: ProductLike) => PairCell): Pick<PairRow, 'a' | 'b'> => ({ a: f(a), b: f(b) });
	const uses = (p: ProductLike) =>
		p.data.approvals.map((x) => `${listOf(x.areas.map(names.area))}, ${x.date.getUTCFullYear()}: ${x.indication}`);
	const ages = (p: ProductLike) => {
		const set = [...new Set(p.data.approvals.map((x) => x.minimumAge))].sort((m, n) => m - n);
		return set.length === 1 ? `${set[0]} and over` : `${set.join(' or ')} and over, by use`;
	};
	// Only when one of the two is no longer sold: then it is the first thing a reader must see.
	const status: PairRow[] =
		a.data.status === 'discontinued' || b.data.status === 'discontinued'
			? [{ label: 'Sold in the US', ...cell((p) => (p.data.status === 'marketed' ? 'Yes' : 'No longer (discontinued)')) }]
			: [];
	return [
		...status,
		{ label: 'Maker', ...cell((p) => p.data.maker) },
		{ label: 'Material', ...cell((p) => names.material(p.data.material)) },
		{ label: 'First FDA approval', ...cell((p) => `${formatDate(firstApproved(p))} (PMA ${p.data.pma})`) },
		{ label: 'Approved uses', ...cell(uses) },
		{ label: 'Approved ages', ...cell(ages) },
		{ label: 'Contains lidocaine', ...cell((p) => yesNo(p.data.lidocaine)) },
		{ label: 'How long it lasted in the label study', ...cell((p) => p.data.labelDuration?.text ?? 'Not stated on this site') },
	];
}

/** A problem with a curated pair that its own file cannot see: its name, or a duplicate of another. */
export interface PairProblem {
	id: string;
	field: 'id' | 'a' | 'b';
	message: string;
}

/** Checks that each pair file is named `<a>-vs-<b>` and that no slug clashes with another comparison. */
export function pairProblems(
	pairs: ReadonlyArray<{ id: string; a: string; b: string }>,
	otherSlugs: ReadonlySet<string> = new Set(),
): PairProblem[] {
	const problems: PairProblem[] = [];
	for (const pair of pairs) {
		const expected = productPairSlug(pair.a, pair.b);
		if (pair.id !== expected) {
			problems.push({
				id: pair.id,
				field: 'id',
				message: `the file must be named ${expected}.yaml for a: ${pair.a} and b: ${pair.b} (ids in alphabetical order joined by -vs-)`,
			});
		} else if (otherSlugs.has(pair.id)) {
			problems.push({
				id: pair.id,
				field: 'id',
				message: `${compareUrl(pair.id)} is already a generated comparison page: rename one of the products`,
			});
		}
	}
	return problems;
}

/** The meta description of a product comparison, 50-160 characters: the longest wording that fits. */
export function productPairDescription(a: string, b: string): string {
	const candidates = [
		`${a} and ${b} side by side: FDA-approved areas and ages, material, lidocaine, label study results, and what actually differs.`,
		`${a} vs ${b}: approved areas, material, lidocaine and what actually differs.`,
		`${a} vs ${b}: approvals and differences side by side.`,
	];
	return candidates.find((c) => c.length <= 160) ?? candidates.at(-1)!;
}
