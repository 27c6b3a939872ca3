/**
 * The cross-link graph of the whole site, built from plain entries. Resolution is strict: every
 * reference to a missing entry becomes a problem naming the file, the field and the missing id, and
 * callers refuse to build while any problem remains.
 */
import { COLLECTIONS, type CollectionName } from '../../schemas/fragments.ts';
import { referencesOf, type EntryLike, type Reference } from './references.ts';
import { keyOf, type EntryKey } from '../site/urls.ts';
import { editDistance } from '../text/edit-distance.ts';

export interface SiteEntry extends EntryLike {
	/** Path of the source file, relative to the project, for error messages. */
	filePath: string;
	/** The file line on which the body starts, so body problems point at the right line. */
	bodyStartLine?: number;
}

export type SiteEntries = Record<CollectionName, SiteEntry[]>;

/** One content file as the disk pipeline (src/disk/content-files.ts) loads it, for the rules that read files. */
export interface LoadedFile {
	collection: CollectionName;
	entry: SiteEntry;
	/** The validated data (undefined when the schema rejected the file). */
	valid?: unknown;
	/** The file line of a frontmatter field written as in problems ("sources", "approvals[1].area"). */
	lineOf?: (field: string) => number;
}

export interface Problem {
	file: string;
	field: string;
	message: string;
	line?: number;
}

export interface Graph {
	/** Entry key -> keys it references (deduplicated, in first-seen order). */
	outgoing: Map<EntryKey, EntryKey[]>;
	/** Entry key -> keys of entries that reference it. */
	incoming: Map<EntryKey, EntryKey[]>;
	problems: Problem[];
}

/** A graph as buildGraph makes it: with every entry's references, which an entry's page reads again. */
export interface BuiltGraph extends Graph {
	/** Entry key -> every reference the entry makes (referencesOf), found once while the graph is built. */
	references: Map<EntryKey, readonly Reference[]>;
}

/** Suggests the closest existing id, so a typo's fix is one glance away. */
export function closestId(wanted: string, candidates: Iterable<string>): string | undefined {
	let best: string | undefined;
	let bestScore = Infinity;
	for (const candidate of candidates) {
		const score = editDistance(wanted, candidate);
		if (score < bestScore) [best, bestScore] = [candidate, score];
	}
	return best !== undefined && bestScore <= Math.max(2, Math.floor(wanted.length / 3)) ? best : undefined;
}

/** The collections other than `wanted` that hold `id`, e.g. a brand named where a filler material belongs. */
function elsewhere(id: string, wanted: CollectionName, all: ReadonlyMap<CollectionName, Set<string>>): CollectionName[] {
	return [...all].filter(([c, ids]) => c !== wanted && ids.has(id)).map(([c]) => c);
}

function danglingProblem(
	entry: SiteEntry,
	ref: Reference,
	ids: Set<string> | undefined,
	all: ReadonlyMap<CollectionName, Set<string>> = new Map(),
): Problem {
	if (!ids) {
		return {
			file: entry.filePath,
			field: ref.field,
			message: `refers to unknown collection "${ref.collection}"; use one of: ${COLLECTIONS.join(', ')}`,
			...(ref.bodyLine ? { line: (entry.bodyStartLine ?? 1) + ref.bodyLine - 1 } : {}),
		};
	}
	const suggestion = closestId(ref.id, ids);
	const other = elsewhere(ref.id, ref.collection, all);
	// An id that exists in the wrong collection (material: botox-cosmetic) says so, with the ids that fit.
	if (other.length > 0 && !ref.bodyLine) {
		const choices = [...ids].sort();
		return {
			file: entry.filePath,
			field: ref.field,
			message:
				`"${ref.id}" is in ${other.join(', ')}, not ${ref.collection}: this field takes an id from src/content/${ref.collection}/` +
				(choices.length <= 12 ? ` (one of: ${choices.join(', ')})` : ''),
		};
	}
	return {
		file: entry.filePath,
		field: ref.field,
		message:
			`references "${ref.id}" in ${ref.collection}, but no such entry exists` +
			(suggestion
				? `; did you mean "${suggestion}"?`
				: `; fix the id, or create the entry with npm run new -- ${ref.collection} ${ref.id}`),
		...(ref.bodyLine ? { line: (entry.bodyStartLine ?? 1) + ref.bodyLine - 1 } : {}),
	};
}

/** Builds the graph and lists every dangling reference and duplicate id. */
export function buildGraph(site: SiteEntries): BuiltGraph {
	const ids = new Map<CollectionName, Set<string>>();
	const problems: Problem[] = [];
	for (const collection of COLLECTIONS) {
		const seen = new Map<string, string>();
		for (const entry of site[collection] ?? []) {
			const earlier = seen.get(entry.id);
			if (earlier) {
				problems.push({
					file: entry.filePath,
					field: 'id',
					message: `duplicate id "${entry.id}" in ${collection}: ${earlier} has it too; rename one file`,
				});
			}
			seen.set(entry.id, entry.filePath);
		}
		ids.set(collection, new Set(seen.keys()));
	}

	const outgoing = new Map<EntryKey, EntryKey[]>();
	const incoming = new Map<EntryKey, EntryKey[]>();
	const references = new Map<EntryKey, readonly Reference[]>();
	for (const collection of COLLECTIONS) {
		for (const entry of site[collection] ?? []) {
			const from = keyOf(collection, entry.id);
			const targets: EntryKey[] = [];
			const refs = referencesOf(collection, entry);
			references.set(from, refs);
			for (const ref of refs) {
				const known = ids.get(ref.collection);
				if (!known?.has(ref.id)) {
					problems.push(danglingProblem(entry, ref, known, ids));
					continue;
				}
				const to = keyOf(ref.collection, ref.id);
				if (to === from || targets.includes(to)) continue;
				targets.push(to);
				// Appended in place: copying the list on every reference made popular targets quadratic.
				const sources = incoming.get(to);
				if (sources) sources.push(from);
				else incoming.set(to, [from]);
			}
			outgoing.set(from, targets);
		}
	}
	return { outgoing, incoming, references, problems };
}

/** One line per problem: "file:line: field: message". */
export function formatProblems(problems: readonly Problem[]): string {
	return problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ''}: ${p.field}: ${p.message}`).join('\n');
}
