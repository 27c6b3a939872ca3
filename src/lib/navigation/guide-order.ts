/**
 * The reading order of the guides: grouped by category, safety first (a reader with a problem after a
 * treatment must find the emergencies guide at once), then basics, treatment, choosing and medical.
 * Within a category, guides with an `order` come first (lowest first), the rest follow by title. The guides index and each guide's previous/next links share this order.
 */
import type { GUIDE_CATEGORIES } from '../../schemas/guide.ts';

export type GuideCategory = (typeof GUIDE_CATEGORIES)[number];

/** Every category, in the order the index shows them, with its heading. */
export const GUIDE_CATEGORY_ORDER: ReadonlyArray<{ category: GuideCategory; heading: string }> = [
	{ category: 'safety', heading: 'Safety' },
	{ category: 'basics', heading: 'The basics' },
	{ category: 'treatment', heading: 'Having treatment' },
	{ category: 'choosing', heading: 'Choosing and paying' },
	{ category: 'medical', heading: 'Medical uses' },
];

export interface GuideLike {
	id: string;
	title: string;
	category: GuideCategory;
	/** Place within the category; guides without one follow those with one. */
	order?: number | undefined;
}

export interface GuideGroup<G extends GuideLike> {
	category: GuideCategory;
	heading: string;
	guides: G[];
}

const byPlace = (a: GuideLike, b: GuideLike) => (a.order ?? Infinity) - (b.order ?? Infinity) || a.title.localeCompare(b.title, 'en');

/** The guides grouped by category in reading order; empty categories are left out. */
export function groupGuides<G extends GuideLike>(guides: readonly G[]): GuideGroup<G>[] {
	return GUIDE_CATEGORY_ORDER.map(({ category, heading }) => ({
		category,
		heading,
		guides: guides.filter((g) => g.category === category).sort(byPlace),
	})).filter((group) => group.guides.length > 0);
}

/** The guides in reading order, flattened. */
export const orderGuides = <G extends GuideLike>(guides: readonly G[]): G[] => groupGuides(guides).flatMap((g) => g.guides);

/** The guides before and after `id` in reading order (undefined at either end). */
export function adjacentGuides<G extends GuideLike>(guides: readonly G[], id: string): { previous?: G; next?: G } {
	const found = guideNeighbours(guides).get(id);
	if (!found) throw new Error(`guides/${id} is not among the guides being ordered`);
	return found;
}

/**
 * Every guide's previous and next guide in reading order, by id: ordered once, so a build that asks for
 * each of N guides' neighbours sorts the guides once rather than N times (N² log N comparisons at 1,000 guides).
 */
export function guideNeighbours<G extends GuideLike>(guides: readonly G[]): Map<string, { previous?: G; next?: G }> {
	const order = orderGuides(guides);
	return new Map(
		order.map((g, at) => [
			g.id,
			{ ...(at > 0 ? { previous: order[at - 1]! } : {}), ...(at < order.length - 1 ? { next: order[at + 1]! } : {}) },
		]),
	);
}
