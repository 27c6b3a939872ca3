/**
 * Editorial rules over the whole corpus, beyond what one file's schema can say: citations listed,
 * enough sources per page, nothing unused or orphaned, reviews not overdue, and coverage of the
 * mission's topics. Pure: takes loaded files, returns problems.
 */
import type { CollectionName } from '../schemas/fragments.ts';
import type { LoadedFile } from './content-files.ts';
import { buildGraph, type Problem, type SiteEntries } from './graph.ts';
import { bodyReferences } from './references.ts';
import { keyOf, parseKey } from './urls.ts';
import { COLLECTIONS } from '../schemas/fragments.ts';
import { isoDay } from './format.ts';

/** The fewest sources each kind of page must cite. */
export const MIN_SOURCES: Partial<Record<CollectionName, number>> = {
	neuromodulators: 3,
	fillers: 3,
	areas: 3,
	guides: 5,
	myths: 2,
};

/** The fewest entries each collection must have for the corpus to cover the mission. */
export const COVERAGE: Record<CollectionName, number> = {
	neuromodulators: 6,
	fillers: 5,
	areas: 16,
	guides: 14,
	myths: 12,
	glossary: 40,
	sources: 40,
};

const PAGE_COLLECTIONS = new Set<CollectionName>(['neuromodulators', 'fillers', 'areas', 'guides', 'myths']);

export interface CorpusReport {
	errors: Problem[];
	warnings: Problem[];
}

interface Options {
	today: Date;
	/** Coverage minimums; pass {} to skip coverage (e.g. for fixture content). */
	coverage?: Partial<Record<CollectionName, number>>;
}

export function lintCorpus(files: readonly LoadedFile[], { today, coverage = COVERAGE }: Options): CorpusReport {
	const errors: Problem[] = [];
	const warnings: Problem[] = [];
	const site = Object.fromEntries(COLLECTIONS.map((c) => [c, files.filter((f) => f.collection === c).map((f) => f.entry)])) as SiteEntries;
	const graph = buildGraph(site);

	for (const { collection, entry } of files) {
		const data = entry.data as { sources?: string[]; nextReview?: Date };
		const listed = new Set(data.sources ?? []);
		// Inline citations must appear in the numbered reference list.
		for (const ref of bodyReferences(entry.body ?? '')) {
			if (ref.collection === 'sources' && !listed.has(ref.id)) {
				errors.push({
					file: entry.filePath,
					line: (entry.bodyStartLine ?? 1) + (ref.bodyLine ?? 1) - 1,
					field: 'sources',
					message: `<Cite id="${ref.id}"> is used in the body but "${ref.id}" is not in sources: add it to the list`,
				});
			}
		}
		const min = MIN_SOURCES[collection];
		if (min && listed.size < min) {
			errors.push({ file: entry.filePath, field: 'sources', message: `cites ${listed.size} source(s); a ${collection} page needs at least ${min}` });
		}
		if (data.nextReview instanceof Date && data.nextReview.getTime() < today.getTime()) {
			warnings.push({ file: entry.filePath, field: 'nextReview', message: `review overdue since ${isoDay(data.nextReview)}: ${collection}/${entry.id} needs checking` });
		}
		const key = keyOf(collection, entry.id);
		const usedByPages = (graph.incoming.get(key) ?? []).filter((k) => PAGE_COLLECTIONS.has(parseKey(k).collection));
		if (usedByPages.length === 0) {
			if (collection === 'sources') errors.push({ file: entry.filePath, field: 'id', message: `source "${entry.id}" is cited by no page: cite it or delete the file` });
			else if (collection === 'glossary') errors.push({ file: entry.filePath, field: 'id', message: `term "${entry.id}" is used by no page: link it with <Term id="${entry.id}"> where it appears` });
			else errors.push({ file: entry.filePath, field: 'id', message: `${collection}/${entry.id} is an orphan: no other page links to it; add it to a related list or link it with <EntryLink>` });
		}
	}

	for (const [collection, minimum] of Object.entries(coverage) as Array<[CollectionName, number]>) {
		const count = site[collection].length;
		if (count < minimum) {
			errors.push({ file: `src/content/${collection}/`, field: 'coverage', message: `has ${count} entries; the corpus needs at least ${minimum}` });
		}
	}
	return { errors, warnings };
}
