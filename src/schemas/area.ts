/** A treatment area. Which products are approved or used off-label there is derived from brand and
 * filler entries, so it is typed once. */
import { z } from 'astro/zod';
import { pageFields, withPageRules } from './page.ts';

export const AREA_CAUSES = ['dynamic-lines', 'static-lines', 'volume-loss', 'muscle-activity', 'sweating'] as const;

/** Where on the body an area is, head to toe (the finder asks in this order). */
export const AREA_REGIONS = ['upper-face', 'mid-face', 'lower-face', 'neck', 'body'] as const;

export const areaSchema = withPageRules(
	z.strictObject({
		...pageFields,
		/** Where on the body the area is. */
		region: z.enum(AREA_REGIONS, {
			error: `must be one of: ${AREA_REGIONS.join(', ')}`,
		}),
		/** What causes the concern: lines from movement, lines at rest, lost volume, muscle activity, sweating. */
		causes: z
			.array(z.enum(AREA_CAUSES, { error: `must be one of: ${AREA_CAUSES.join(', ')}` }))
			.min(1, { error: 'list at least one cause' }),
		/** Position on the front-view face map, in percent of its width and height; omit for areas off the face. */
		map: z
			.strictObject({
				x: z.number().min(0).max(100),
				y: z.number().min(0).max(100),
			})
			.optional(),
	}),
);
export type AreaData = z.output<typeof areaSchema>;
