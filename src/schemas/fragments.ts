/**
 * Small schema fragments shared by every collection. Plain Zod (from `astro/zod`) with no `astro:*`
 * imports, so the same rules run in the Astro build, in `npm run lint:content` and in unit tests.
 *
 * Messages are written for editors: each says what is wrong and what to write instead.
 */
import { z } from 'astro/zod';

/** An entry id: lower-case words joined by hyphens, as used in URLs. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The collections an entry can reference: the registry of page kinds names them (src/lib/site/kinds.ts). */
import { COLLECTIONS, type CollectionName } from '../lib/site/kinds.ts';
export { COLLECTIONS, type CollectionName };

/** A reference to one entry of `collection`, written as its id (the file name without extension). */
export const ref = (collection: CollectionName) =>
	z
		.string({
			error: (issue) =>
				issue.input === undefined
					? `is required: write the id of an entry in src/content/${collection}/ (a file name without extension)`
					: `must be the id of an entry in ${collection} (a file name without extension)`,
		})
		.regex(SLUG_PATTERN, {
			error: `must be an id from src/content/${collection}/ written in lower case with hyphens, e.g. "botox-cosmetic"`,
		})
		.describe(`ref:${collection}`);

/** A reference that may point into any page collection, written "collection/id". */
export const anyRef = z
	.string()
	.regex(new RegExp(`^(${COLLECTIONS.join('|')})/[a-z0-9]+(?:-[a-z0-9]+)*$`), {
		error: 'must be written "collection/id", e.g. "areas/lips" or "guides/botox-vs-fillers"',
	})
	.describe('ref:any');

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar date written YYYY-MM-DD. YAML parsers disagree on whether an unquoted date is a string or a
 * Date, so both are accepted and normalised to a Date at midnight UTC.
 */
export const isoDate = z
	.union([z.date(), z.string()], { error: 'must be a date written YYYY-MM-DD, e.g. 2026-11-21' })
	.transform((value, ctx) => {
		if (value instanceof Date) {
			if (!Number.isNaN(value.getTime())) return value;
		} else if (ISO_DATE.test(value)) {
			const parsed = new Date(`${value}T00:00:00Z`);
			if (!Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value)) return parsed;
		}
		ctx.addIssue({ code: 'custom', message: `must be a real date written YYYY-MM-DD, e.g. 2026-11-21 (got "${String(value)}")` });
		return z.NEVER;
	});

/** The search-result and meta description of a page. */
export const description = z
	.string({ error: 'is required: one or two sentences (50-160 characters) saying what the page answers' })
	.trim()
	.min(50, { error: 'is too short: write 50-160 characters saying what the page answers' })
	.max(160, { error: 'is too long: keep it to 160 characters so search engines show it whole' });

/** The ids of the sources an entry cites; every page-bearing entry cites at least one. */
export const sourceRefs = z
	.array(ref('sources'), { error: 'must be a list of source ids from src/content/sources/' })
	.min(1, { error: 'needs at least one source: add the id of a file in src/content/sources/' });

/** A short plain-text sentence or paragraph shown as-is (no Markdown). */
export const plainText = (what: string, min = 1) =>
	z
		.string({ error: `is required: ${what}` })
		.trim()
		.min(min, { error: `is too short: ${what}` });

/**
 * A numeric range such as an onset of 2-5 days, with the source that states it. Ranges are typed once
 * here and rendered on every page that shows them.
 */
export const range = (units: readonly [string, ...string[]]) =>
	z
		.strictObject({
			/** The low end of the range. */
			min: z.number({ error: 'must be a number' }).nonnegative(),
			/** The high end of the range; equal to `min` for a single value. */
			max: z.number({ error: 'must be a number' }).nonnegative(),
			/** The unit both ends are measured in. */
			unit: z.enum(units, { error: `must be one of: ${units.join(', ')}` }),
			/** The source (an id in src/content/sources/) that states this range. */
			source: ref('sources'),
			/** Optional qualifier shown after the range, e.g. "in most people". */
			note: z.string().optional(),
		})
		.refine((r) => r.min <= r.max, { error: 'min must not be larger than max', path: ['max'] });

/** Review dates; `nextReview` must come after `lastReviewed`. */
export const reviewFields = {
	/** When an editor last checked every fact on the page against its sources. */
	lastReviewed: isoDate,
	/** When the page is due to be checked again; must be after `lastReviewed`. */
	nextReview: isoDate,
};

/** Adds the "nextReview after lastReviewed" rule to an object schema that has both fields. */
export function withReviewOrder<T extends z.ZodType<{ lastReviewed: Date; nextReview: Date }>>(schema: T) {
	return schema.refine((d) => d.nextReview.getTime() > d.lastReviewed.getTime(), {
		error: 'must be a date after lastReviewed',
		path: ['nextReview'],
	});
}
