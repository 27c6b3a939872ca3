/**
 * "First approval", one rule for every page that states it: a brand's key facts, the <Fact> component,
 * comparison tables and product tables.
 */

/** An approval as any collection writes it: a date (brands, products) or a year (filler materials); brands add their use. */
export interface ApprovalLike {
	date?: Date | undefined;
	year?: number | undefined;
	use?: string | undefined;
}

/** The year of one approval. */
export const approvalYear = (a: ApprovalLike): number | undefined => a.year ?? a.date?.getUTCFullYear();

/** The year of the first of these approvals, or undefined when there is none. */
export function firstApprovalYear(approvals: readonly ApprovalLike[]): number | undefined {
	const years = approvals.map(approvalYear).filter((y): y is number => y !== undefined);
	return years.length > 0 ? Math.min(...years) : undefined;
}

/** The date of the first of these approvals (a product always has at least one). */
export const firstApprovalDate = (approvals: ReadonlyArray<{ date: Date }>): Date =>
	approvals.reduce((oldest, a) => (a.date.getTime() < oldest.getTime() ? a.date : oldest), approvals[0]!.date);

/**
 * A brand's first approval, and its first cosmetic approval when that came later. Botox Cosmetic shares
 * its toxin with the medical Botox, approved 13 years earlier: pages show both years rather than let
 * "first approval" suggest the cosmetic product dates from 1989.
 */
export function firstApprovals(approvals: readonly ApprovalLike[]): { first: number; cosmeticLater?: number } | undefined {
	const first = firstApprovalYear(approvals);
	if (first === undefined) return undefined;
	const cosmetic = firstApprovalYear(approvals.filter((a) => a.use === 'aesthetic'));
	return cosmetic !== undefined && cosmetic !== first ? { first, cosmeticLater: cosmetic } : { first };
}
