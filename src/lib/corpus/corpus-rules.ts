/**
 * Editorial rules over the whole corpus, beyond what one file's schema can say: citations listed,
 * enough sources per page, nothing unused or orphaned, no published link to a draft, no template
 * placeholder left in a published entry, reviews not overdue, and coverage of the mission's topics.
 * Pure: takes loaded files, returns problems.
 *
 * Drafts (`draft: true`) are left out of production builds, so the rules that say "this is not ready
 * to publish" (too few sources, orphaned, unused) are warnings for them: a freshly scaffolded entry
 * passes, and the warnings are its checklist before publishing.
 */
import type { CollectionName } from '../../schemas/fragments.ts';
import { buildGraph, type LoadedFile, type Problem, type SiteEntries } from './graph.ts';
import { bodyReferences, mythLinksWithText, referencesOf, safetyRefs, withoutComments } from './references.ts';
import { keyOf, parseKey, type EntryKey } from '../site/urls.ts';
import { COLLECTIONS } from '../../schemas/fragments.ts';
import { COVERAGE, MIN_SOURCES, OWN_PAGE_COLLECTIONS } from '../site/kinds.ts';
import { LANDMARKS } from '../site/landmarks.ts';
import { crowdedAreas, MAP_SIZE, MARKER_RADIUS } from '../pictures/face-map.ts';
import { isoDay } from '../text/format.ts';
import { comparisonPairs } from '../compare/pairs.ts';
import { pairProblems } from '../facts/products.ts';
import { fillPairFacts, typedProductFacts, type ProductFactsSource } from '../facts/product-facts.ts';

/** The floors come from the registry of page kinds (src/lib/site/kinds.ts). */
export { COVERAGE, MIN_SOURCES };

/**
 * Links the site renders from data rather than from a written reference: a material's page lists its
 * products, so a product is linked from its (published) material page even if no page names it; each
 * product page lists its curated comparisons, so a pair is linked from its two products.
 */
function derivedLinks(files: readonly LoadedFile[]): Map<EntryKey, EntryKey[]> {
	const links = new Map<EntryKey, EntryKey[]>();
	for (const { collection, entry } of files) {
		const material = (entry.data as { material?: unknown }).material;
		if (collection === 'products' && typeof material === 'string') links.set(keyOf('products', entry.id), [keyOf('fillers', material)]);
		const { a, b } = entry.data as { a?: unknown; b?: unknown };
		if (collection === 'product-pairs')
			links.set(keyOf('product-pairs', entry.id), [keyOf('products', String(a)), keyOf('products', String(b))]);
	}
	return links;
}

export interface CorpusReport {
	errors: Problem[];
	warnings: Problem[];
}

interface Options {
	today: Date;
	/** Coverage minimums; pass {} to skip coverage (e.g. for fixture content). */
	coverage?: Partial<Record<CollectionName, number>>;
	/**
	 * Entries the site's own templates link to by name (src/lib/site/landmarks.ts), which must exist and
	 * be published. By default checked with the coverage, since fixture content holds none of them.
	 */
	landmarks?: readonly EntryKey[];
}

/** The word templates put where an editor must still write something; a published entry may not keep it. */
export const PLACEHOLDER = 'TODO';
const PLACEHOLDER_WORD = new RegExp(`\\b${PLACEHOLDER}\\b`);

const isDraft = (data: Record<string, unknown>) => data.draft === true;

/** Every top-level frontmatter field, then every body line, that still holds the placeholder word. */
export function placeholdersIn(data: Record<string, unknown>, body: string | undefined): Array<{ field: string; bodyLine?: number }> {
	const fields = Object.entries(data)
		.filter(([, value]) => PLACEHOLDER_WORD.test(JSON.stringify(value) ?? ''))
		.map(([field]) => ({ field }));
	// Comments are not rendered, so guidance left in them is fine.
	const lines = withoutComments(body ?? '')
		.split('\n')
		.flatMap((line, i) => (PLACEHOLDER_WORD.test(line) ? [{ field: 'body', bodyLine: i + 1 }] : []));
	return [...fields, ...lines];
}

export function lintCorpus(
	files: readonly LoadedFile[],
	{ today, coverage = COVERAGE, landmarks = coverage === COVERAGE ? Object.values(LANDMARKS) : [] }: Options,
): CorpusReport {
	const errors: Problem[] = [];
	const warnings: Problem[] = [];
	const site = Object.fromEntries(COLLECTIONS.map((c) => [c, files.filter((f) => f.collection === c).map((f) => f.entry)])) as SiteEntries;
	const graph = buildGraph(site);
	const drafts = new Set<EntryKey>(files.filter((f) => isDraft(f.entry.data)).map((f) => keyOf(f.collection, f.entry.id)));
	const derived = derivedLinks(files);
	const otherSlugs = new Set(
		comparisonPairs({ neuromodulators: site.neuromodulators.map((e) => e.id), fillers: site.fillers.map((e) => e.id) }).map((p) => p.slug),
	);
	for (const problem of pairProblems(
		site['product-pairs'].map((e) => ({ id: e.id, a: String(e.data.a), b: String(e.data.b) })),
		otherSlugs,
	)) {
		const file = site['product-pairs'].find((e) => e.id === problem.id)!.filePath;
		errors.push({ file, line: 1, field: problem.field, message: problem.message });
	}

	const productFacts = new Map(site.products.map((e) => [e.id, e.data as unknown as ProductFactsSource]));
	const allPmas = [...productFacts.values()].map((p) => p.pma);

	for (const { collection, entry, lineOf } of files) {
		const data = entry.data as { sources?: string[]; nextReview?: Date };
		const listed = new Set(data.sources ?? []);
		const draft = isDraft(entry.data);
		// What keeps a draft from being published is a warning (its checklist); on a published page, an error.
		const notReady = {
			push: (p: Problem) => (draft ? warnings.push({ ...p, message: `${p.message} (draft: fix before publishing)` }) : errors.push(p)),
		};
		const bodyLine = (line: number | undefined) => (entry.bodyStartLine ?? 1) + (line ?? 1) - 1;
		/** The line of a frontmatter field, when the loader knows it. */
		const at = (field: string) => {
			const line = lineOf?.(field);
			return line ? { line } : {};
		};
		// Inline citations must appear in the numbered reference list.
		for (const ref of bodyReferences(entry.body ?? '')) {
			if (ref.collection === 'sources' && !listed.has(ref.id)) {
				errors.push({
					file: entry.filePath,
					line: bodyLine(ref.bodyLine),
					field: 'sources',
					message: `<Cite id="${ref.id}"> is used in the body but "${ref.id}" is not in sources: add it to the list`,
				});
			}
		}
		for (const link of mythLinksWithText(entry.body ?? '')) {
			errors.push({
				file: entry.filePath,
				line: bodyLine(link.bodyLine),
				field: 'body <EntryLink>',
				message: `a link to myths/${link.id} has words of its own, which can state the belief without its verdict: write it self-closing, <EntryLink to="myths/${link.id}" />, so it shows the myth's verdict-first title`,
			});
		}
		// A safety statement's source is shown in the page's numbered references, so it must be listed there.
		if (collection === 'neuromodulators' || collection === 'fillers') {
			for (const ref of safetyRefs(collection, entry.data)) {
				if (listed.has(ref.id)) continue;
				errors.push({
					file: entry.filePath,
					...at(ref.field.split(/[.[]/)[0] ?? ref.field),
					field: ref.field,
					message: `cites "${ref.id}", which is not in sources: add "${ref.id}" to this entry's sources list`,
				});
			}
		}
		// A product page cites each approval and label statement inline, numbered from its sources list.
		if (collection === 'products') {
			for (const ref of referencesOf(collection, entry)) {
				if (ref.collection !== 'sources' || ref.bodyLine || ref.field.startsWith('sources[') || listed.has(ref.id)) continue;
				errors.push({
					file: entry.filePath,
					...at(ref.field),
					field: ref.field,
					message: `cites "${ref.id}", which is not in sources: add it to the sources list (the page numbers its citations from there)`,
				});
			}
		}
		// One source of truth: a product body or pair paragraph renders approval dates, PMA numbers and ages
		// from the products' data instead of retyping them (src/lib/product-facts.ts).
		if (collection === 'products') {
			const about = new Set([
				entry.id,
				...bodyReferences(entry.body ?? '')
					.filter((r) => r.collection === 'products')
					.map((r) => r.id),
			]);
			const subjects = [...about].flatMap((id) => (productFacts.has(id) ? [productFacts.get(id)!] : []));
			for (const typed of typedProductFacts(withoutComments(entry.body ?? ''), subjects, allPmas)) {
				errors.push({
					file: entry.filePath,
					line: bodyLine(typed.line),
					field: 'body',
					message: `types "${typed.text}", which the product data already holds: ${typed.fix}`,
				});
			}
		}
		if (collection === 'product-pairs') {
			const { a, b, difference } = entry.data as { a: string; b: string; difference: string };
			const pa = productFacts.get(a);
			const pb = productFacts.get(b);
			if (pa && pb) {
				try {
					fillPairFacts(difference, { a: pa, b: pb });
				} catch (error) {
					errors.push({ file: entry.filePath, ...at('difference'), field: 'difference', message: (error as Error).message });
				}
				for (const typed of typedProductFacts(difference, [pa, pb], allPmas)) {
					errors.push({
						file: entry.filePath,
						...at('difference'),
						field: 'difference',
						message: `types "${typed.text}", which the product data already holds: ${typed.fix}`,
					});
				}
			}
		}
		const min = MIN_SOURCES[collection];
		if (min && listed.size < min) {
			notReady.push({
				file: entry.filePath,
				...at('sources'),
				field: 'sources',
				message: `cites ${listed.size} source(s); a page in ${collection} needs at least ${min}: add ${min - listed.size} more source id(s) from src/content/sources/`,
			});
		}
		if (!draft) {
			// A draft is filtered out of the production build, so a published link to it would dangle there.
			for (const ref of referencesOf(collection, entry)) {
				if (!drafts.has(keyOf(ref.collection, ref.id))) continue;
				errors.push({
					file: entry.filePath,
					...(ref.bodyLine ? { line: bodyLine(ref.bodyLine) } : at(ref.field)),
					field: ref.field,
					message: `links to ${ref.collection}/${ref.id}, which is a draft and is left out of the site: publish it (draft: false) or remove the link`,
				});
			}
			for (const placeholder of placeholdersIn(entry.data, entry.body)) {
				errors.push({
					file: entry.filePath,
					...(placeholder.bodyLine ? { line: bodyLine(placeholder.bodyLine) } : at(placeholder.field)),
					field: placeholder.field,
					message: `still has the template placeholder "${PLACEHOLDER}": write the real text, or keep draft: true until it is done`,
				});
			}
		}
		if (data.nextReview instanceof Date && data.nextReview.getTime() < today.getTime()) {
			warnings.push({
				file: entry.filePath,
				...at('nextReview'),
				field: 'nextReview',
				message: `review overdue since ${isoDay(data.nextReview)}: check ${collection}/${entry.id} against its sources, then set lastReviewed to today and nextReview to the next date (npm run review-due lists them all)`,
			});
		}
		const key = keyOf(collection, entry.id);
		// Only published pages count: a link from a draft is not on the site.
		const usedByPages = [...(graph.incoming.get(key) ?? []), ...(derived.get(key) ?? [])].filter(
			(k) => OWN_PAGE_COLLECTIONS.has(parseKey(k).collection) && !drafts.has(k),
		);
		if (usedByPages.length === 0) {
			if (collection === 'sources')
				notReady.push({
					file: entry.filePath,
					field: 'id',
					message: `source "${entry.id}" is cited by no published page: cite it with <Cite id="${entry.id}" /> and list it in that page's sources, or delete the file`,
				});
			else if (collection === 'glossary')
				notReady.push({
					file: entry.filePath,
					field: 'id',
					message: `term "${entry.id}" is used by no published page: link it with <Term id="${entry.id}"> where it appears, or delete the file`,
				});
			else
				notReady.push({
					file: entry.filePath,
					field: 'id',
					message: `${collection}/${entry.id} is an orphan: no published page links to it; add "${key}" to another page's related list or link it with <EntryLink to="${key}">`,
				});
		}
	}

	// Face-map markers drawn on top of each other cannot be told apart or tapped (the home page's map).
	const onMap = files.flatMap((f) => {
		const map = (f.entry.data as { map?: { x?: unknown; y?: unknown } }).map;
		return f.collection === 'areas' && !isDraft(f.entry.data) && typeof map?.x === 'number' && typeof map.y === 'number'
			? [{ file: f, id: f.entry.id, map: { x: map.x, y: map.y } }]
			: [];
	});
	for (const [a, b] of crowdedAreas(onMap)) {
		const { file } = onMap.find((p) => p.id === b)!;
		const line = file.lineOf?.('map');
		errors.push({
			file: file.entry.filePath,
			...(line ? { line } : {}),
			field: 'map',
			message: `its face-map marker overlaps the marker of areas/${a}: move one of the two by changing "map: { x, y }" (centres at least ${2 * MARKER_RADIUS} px apart on the ${MAP_SIZE.width} x ${MAP_SIZE.height} map)`,
		});
	}

	for (const key of landmarks) {
		const { collection, id } = parseKey(key);
		const problem = !site[collection]?.some((e) => e.id === id) ? 'does not exist' : drafts.has(key) ? 'is a draft' : undefined;
		if (problem)
			errors.push({
				file: `src/content/${collection}/`,
				field: id,
				message: `${key} ${problem}, but the site's templates link to it by name (src/lib/site/landmarks.ts): publish it, or point that landmark at another entry`,
			});
	}

	for (const [collection, minimum] of Object.entries(coverage) as Array<[CollectionName, number]>) {
		const count = site[collection].length;
		if (count < minimum) {
			errors.push({
				file: `src/content/${collection}/`,
				field: 'coverage',
				message: `has ${count} entries; the corpus needs at least ${minimum}: add ${minimum - count} more (npm run new -- ${collection} <id>)`,
			});
		}
	}
	return { errors, warnings };
}
