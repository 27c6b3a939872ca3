/**
 * Small rules for text that components assemble from data, so that the joins between pieces read as
 * written prose: one full stop at the end of a citation part, and glossary terms in sentence case.
 */

/** Ends a citation part with exactly one full stop: "Brin MF, et al." stays as is, "Smith J" gets one. */
export function withFullStop(text: string): string {
	const trimmed = text.trim();
	return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * A glossary term as it reads mid-sentence. Terms are written as headings ("Lidocaine"), so the first
 * letter is lowered ("contain lidocaine") unless the term starts with a proper name ("Tyndall effect",
 * marked `properName: true` in its glossary file) or an abbreviation ("PMMA", "SNAP-25"), whose case is
 * part of the spelling. Generic drug names keep their inner capital: "OnabotulinumtoxinA" becomes
 * "onabotulinumtoxinA", as the labels write it in running text.
 */
export function termInProse(term: string, properName = false): string {
	if (properName) return term;
	const first = term.split(/[\s(]/, 1)[0] ?? '';
	// Two leading capitals (PMMA, SNAP-25) or a capital inside the word (BoNT) mark an abbreviation;
	// a capital only at the end is the toxin-name suffix ("onabotulinumtoxinA").
	if (/^[A-Z]{2}/.test(first) || /^.+[A-Z].+$/.test(first)) return term;
	return term.charAt(0).toLowerCase() + term.slice(1);
}

/** The first sentence of a definition, for the short in-place view; the glossary shows the rest. */
export function firstSentence(text: string): string {
	// A stop after a lone capital is an initial ("U.S. Food and Drug Administration"), not a sentence end.
	const match = /^.+?(?<!\b[A-Z])[.!?](?=\s+[A-Z]|\s*$)/s.exec(text.trim());
	return (match ? match[0] : text).replace(/\s+/g, ' ').trim();
}

/** The A–Z heading a glossary term files under: its first letter, upper-case; a digit or sign files under "#". */
export function letterOf(term: string): string {
	const first = term.normalize('NFD').charAt(0).toUpperCase();
	return /[A-Z]/.test(first) ? first : '#';
}

/** Items grouped under their letters, in A–Z order, each group in the order given. */
export function byLetter<T>(items: readonly T[], nameOf: (item: T) => string): Array<{ letter: string; items: T[] }> {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		const letter = letterOf(nameOf(item));
		groups.set(letter, [...(groups.get(letter) ?? []), item]);
	}
	return [...groups]
		.sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)))
		.map(([letter, items]) => ({ letter, items }));
}
