/** Citation numbering: a page's sources are numbered in the order its frontmatter lists them. */

/**
 * The 1-based number of `id` in the page's source list. Throws when the page did not declare its
 * sources or does not list this one, so every inline citation appears in the reference list.
 */
export function citationNumber(pageSources: readonly string[] | undefined, id: string): number {
	if (!pageSources) throw new Error(`<Cite id="${id}"> is used outside an entry page, where sources are not numbered`);
	const index = pageSources.indexOf(id);
	if (index === -1) {
		throw new Error(`<Cite id="${id}">: add "${id}" to this entry's sources list in its frontmatter`);
	}
	return index + 1;
}
