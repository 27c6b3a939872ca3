/**
 * The name a myth is shown by, everywhere: a question with the verdict first, never the bare belief.
 * "Is Botox safe in pregnancy? Not proven: avoid cosmetic use". A reader who sees only a title, a search result or
 * a link must not come away believing the claim the page exists to correct (issue #13).
 *
 * Plain TypeScript with no imports from Astro, so the schema (which derives each myth's `title` with it),
 * the build and the tests share one rule.
 */

/** How the evidence judges a belief, as the myth's `verdict` field types it. */
export const VERDICTS = ['false', 'mostly-false', 'partly-true', 'true', 'unproven'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** The verdict as the first words of an answer to the myth's question. */
export const VERDICT_ANSWERS: Record<Verdict, string> = {
	false: 'No',
	'mostly-false': 'Mostly no',
	'partly-true': 'Partly',
	true: 'Yes',
	unproven: 'Not proven',
};

/** The verdict as a label beside the page heading ("Verdict: Unproven"). */
export const VERDICT_LABELS: Record<Verdict, string> = {
	false: 'False',
	'mostly-false': 'Mostly false',
	'partly-true': 'Partly true',
	true: 'True',
	unproven: 'Unproven',
};

export interface MythNaming {
	/** The belief turned into a question, e.g. "Is Botox safe in pregnancy?". */
	question: string;
	verdict: Verdict;
	/** A few words that follow the verdict, e.g. "avoid cosmetic use". */
	answer: string;
}

/** "Is Botox safe in pregnancy? Not proven: avoid cosmetic use". */
export function mythTitle({ question, verdict, answer }: MythNaming): string {
	return `${question.trim()} ${VERDICT_ANSWERS[verdict]}: ${answer.trim()}`;
}
