/** One popular belief and what the evidence says. The title is the belief; the summary is the short answer. */
import { z } from 'astro/zod';
import { pageFields, withPageRules } from './page.ts';

export const VERDICTS = ['false', 'mostly-false', 'partly-true', 'true', 'unproven'] as const;

export const mythSchema = withPageRules(
	z.strictObject({
		...pageFields,
		/** How the evidence judges the belief. */
		// YAML reads an unquoted `false` or `true` as a boolean; accept it as the verdict word it spells.
		verdict: z.preprocess(
			(v) => (typeof v === 'boolean' ? String(v) : v),
			z.enum(VERDICTS, { error: `must be one of: ${VERDICTS.join(', ')}` }),
		),
	}),
);
export type MythData = z.output<typeof mythSchema>;
