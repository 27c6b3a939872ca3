/**
 * "Next steps": the few links a page ends with. A reader who reached the end wants somewhere new to go,
 * so a page the body or the facts already link to is never repeated; the editor's hand-picked `related`
 * entries come first, then the link graph's ranking, with no more than half the list from one collection
 * so a page does not end with six guides when a myth or an area would serve the reader better.
 */
import type { Reference } from '../corpus/references.ts';
import { hasOwnPage, keyOf, parseKey, type EntryKey } from '../site/urls.ts';

export const NEXT_STEPS_LIMIT = 6;

/**
 * Page entries an entry's own page already links to: every reference it makes except its hand-picked
 * `related` list (shown only among the next steps) and its sources (a separate list).
 */
export function linkedFromPage(refs: readonly Reference[]): Set<EntryKey> {
	const linked = new Set<EntryKey>();
	for (const ref of refs) {
		if (ref.field.startsWith('related[') || !hasOwnPage(ref.collection)) continue;
		linked.add(keyOf(ref.collection, ref.id));
	}
	return linked;
}

export interface NextStepsInput {
	/** The page's own key; never listed. */
	self: EntryKey;
	/** The editor's `related` keys, in their order. */
	handPicked: readonly EntryKey[];
	/** The graph's candidates, best first (see relatedEntries). */
	ranked: readonly EntryKey[];
	/** Pages the page already links to in its body or facts. */
	alreadyLinked: ReadonlySet<EntryKey>;
	limit?: number;
}

/** At most `limit` keys (6 by default), none already linked on the page, hand-picked first. */
export function nextSteps({ self, handPicked, ranked, alreadyLinked, limit = NEXT_STEPS_LIMIT }: NextStepsInput): EntryKey[] {
	const chosen: EntryKey[] = [];
	const perCollection = new Map<string, number>();
	const cap = Math.max(1, Math.ceil(limit / 2));
	const consider = (key: EntryKey, capped: boolean) => {
		if (chosen.length >= limit || key === self || chosen.includes(key) || alreadyLinked.has(key)) return;
		const { collection } = parseKey(key);
		if (!hasOwnPage(collection)) return;
		const count = perCollection.get(collection) ?? 0;
		if (capped && count >= cap) return;
		chosen.push(key);
		perCollection.set(collection, count + 1);
	};
	// The editor chose these: no cap, they are listed as written.
	for (const key of handPicked) consider(key, false);
	for (const key of ranked) consider(key, true);
	// If the cap left the list short, fill it from the ranking rather than end with fewer links.
	for (const key of ranked) consider(key, false);
	return chosen;
}
