/**
 * One popular belief and what the evidence says. The editor writes the belief (`claim`), the belief as a
 * question (`question`), the verdict and a few words of answer; the page's `title` is derived from them
 * by one rule (src/lib/facts/myth-title.ts), so no title, heading, card, link or search result can state the
 * belief without its verdict. The summary is the short answer.
 */
import { z } from 'astro/zod';
import { plainText, withReviewOrder } from './fragments.ts';
import { META_TITLE_MAX, pageFields } from './page.ts';
import { mythTitle, VERDICTS } from '../lib/facts/myth-title.ts';

export { VERDICTS };

// A myth's title is derived, never typed: the editor-written fields replace `title` and `metaTitle`.
const { title: _title, metaTitle: _metaTitle, ...sharedFields } = pageFields;

const mythFields = z.strictObject({
	...sharedFields,
	/** The belief as people say it ("Botox is safe during pregnancy"). Shown only in the body, marked as the claim. */
	claim: plainText('the belief as people say it, e.g. "Botox is safe during pregnancy"').pipe(
		z.string().max(100, { error: 'is too long: keep the claim to 100 characters' }),
	),
	/** The belief as the question a reader asks, ending with "?" ("Is Botox safe in pregnancy?"). */
	question: plainText('the belief as a question, e.g. "Is Botox safe in pregnancy?"').pipe(
		z.string().endsWith('?', { error: 'must be a question ending with "?", e.g. "Is Botox safe in pregnancy?"' }),
	),
	/** How the evidence judges the belief; its first words lead the title ("No", "Not proven"...). */
	// YAML reads an unquoted `false` or `true` as a boolean; accept it as the verdict word it spells.
	verdict: z.preprocess(
		(v) => (typeof v === 'boolean' ? String(v) : v),
		z.enum(VERDICTS, { error: `must be one of: ${VERDICTS.join(', ')}` }),
	),
	/** A few words after the verdict in the title, e.g. "avoid cosmetic use" (title: "... Not proven: avoid cosmetic use"). */
	answer: plainText('a few words that follow the verdict, e.g. "avoid cosmetic use"', 3),
});

export const mythSchema = withReviewOrder(mythFields)
	.refine((d) => mythTitle(d).length <= META_TITLE_MAX, {
		error: (issue) => {
			const d = issue.input as Parameters<typeof mythTitle>[0];
			const title = mythTitle(d);
			return `makes the title "${title}" (${title.length} characters); browser tabs and search results show at most ${META_TITLE_MAX}: shorten the question or the answer`;
		},
		path: ['answer'],
	})
	.transform((d) => ({ ...d, title: mythTitle(d), metaTitle: undefined as string | undefined }));
export type MythData = z.output<typeof mythSchema>;
