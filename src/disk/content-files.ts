/**
 * Reads content straight from disk (no Astro), validates it with the collections' own schemas and
 * resolves references with the same graph builder the build uses. Powers `npm run lint:content` and
 * the editor-mistake tests. Every problem carries the file, the line where possible, and the field.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { COLLECTION_FILES, COLLECTIONS, schemas, type CollectionName } from '../schemas/index.ts';
import { buildGraph, type LoadedFile, type Problem, type SiteEntries, type SiteEntry } from '../lib/corpus/graph.ts';
import { editorError } from '../lib/corpus/editor-errors.ts';
import { ParsedYamlCache } from './yaml-cache.ts';

export type { LoadedFile };

export interface LoadResult {
	files: LoadedFile[];
	problems: Problem[];
}

/** Splits an MDX file into frontmatter text and body, with the line the frontmatter YAML starts on. */
export function splitFrontmatter(text: string): { yaml: string; body: string; yamlStartLine: number; bodyStartLine: number } | undefined {
	const lines = text.split('\n');
	if (lines[0]?.trim() !== '---') return undefined;
	const close = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
	if (close === -1) return undefined;
	return {
		yaml: lines.slice(1, close).join('\n'),
		body: lines.slice(close + 1).join('\n'),
		yamlStartLine: 2,
		bodyStartLine: close + 2,
	};
}

/** Every content file below `dir`, recursively, skipping `_`-prefixed partials. */
function filesIn(dir: string, extension: string): string[] {
	let names: string[];
	try {
		names = readdirSync(dir);
	} catch {
		return [];
	}
	return names.flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return filesIn(path, extension);
		return name.endsWith(`.${extension}`) && !name.startsWith('_') ? [path] : [];
	});
}

/** The 1-based file line of the YAML node at `path`, or of the nearest ancestor that exists. */
function lineOf(doc: Document, counter: LineCounter, path: ReadonlyArray<PropertyKey>, firstLine: number): number {
	for (let depth = path.length; depth >= 0; depth--) {
		const node = doc.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
		// For a map key that exists, point at the key's line rather than the value's.
		const parent = depth > 0 ? doc.getIn(path.slice(0, depth - 1) as unknown[], true) : doc.contents;
		if (isMap(parent) && depth > 0) {
			const pair = parent.items.find((p) => (p.key as { value?: unknown })?.value === path[depth - 1]);
			const keyRange = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
			if (keyRange) return counter.linePos(keyRange[0]).line + firstLine - 1;
		}
		if (isSeq(parent) && node?.range) return counter.linePos(node.range[0]).line + firstLine - 1;
		if (depth === 0) return firstLine;
	}
	return firstLine;
}

/** ["approvals", 2, "area"] from "approvals[2].area": the inverse of fieldName. */
export const fieldPath = (field: string): Array<string | number> =>
	field
		.split(/\.|\[(\d+)\]/)
		.flatMap((part, i): Array<string | number> => (part === undefined || part === '' ? [] : i % 2 === 1 ? [Number(part)] : [part]));

/** "approvals[2].area" from a Zod issue path. */
export const fieldName = (path: ReadonlyArray<PropertyKey>) =>
	path.reduce<string>(
		(name, part) => (typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${String(part)}` : String(part)),
		'',
	) || '(whole entry)';

function parseFile(
	collection: CollectionName,
	root: string,
	path: string,
	problems: Problem[],
	yamlCache?: ParsedYamlCache,
): LoadedFile | undefined {
	const file = relative(root, path);
	const text = readFileSync(path, 'utf8');
	const isMdx = COLLECTION_FILES[collection] === 'mdx';
	const parts = isMdx ? splitFrontmatter(text) : { yaml: text, body: undefined, yamlStartLine: 1, bodyStartLine: undefined };
	if (!parts) {
		problems.push({ file, line: 1, field: 'frontmatter', message: 'an MDX entry must start with frontmatter between two "---" lines' });
		return undefined;
	}
	// The document with line positions, parsed only when needed: always without a cache, and with one
	// only for a text the cache does not hold or to name the line of a problem.
	let parsed: { doc: Document; counter: LineCounter } | undefined;
	const parse = () => {
		if (!parsed) {
			const counter = new LineCounter();
			parsed = { doc: parseDocument(parts.yaml, { lineCounter: counter }), counter };
		}
		return parsed;
	};
	let raw = yamlCache?.get(parts.yaml) as Record<string, unknown> | undefined;
	if (raw === undefined) {
		const { doc, counter } = parse();
		if (doc.errors.length > 0) {
			const error = doc.errors[0]!;
			const line = counter.linePos(error.pos[0]).line + parts.yamlStartLine - 1;
			problems.push({ file, line, field: 'frontmatter', message: `is not valid YAML: ${error.message.split('\n')[0]}` });
			return undefined;
		}
		raw = (doc.toJS() ?? {}) as Record<string, unknown>;
		yamlCache?.set(parts.yaml, raw);
	}
	const id = path
		.split('/')
		.pop()!
		.replace(/\.(mdx|yaml)$/, '');
	const entry: SiteEntry = {
		id,
		filePath: file,
		data: raw,
		body: parts.body,
		...(parts.bodyStartLine ? { bodyStartLine: parts.bodyStartLine } : {}),
	};
	// A field's line is asked for only when a rule finds a problem, long after parsing: the YAML is parsed
	// again then rather than keeping every file's syntax tree alive (about 200 MB at 5,000 guides, kept
	// for the whole build by contentFilesOnce).
	const yaml = parts.yaml;
	const firstLine = parts.yamlStartLine;
	let tree: { doc: Document; counter: LineCounter } | undefined;
	const fieldLine = (field: string) => {
		if (!tree) {
			const again = new LineCounter();
			tree = { doc: parseDocument(yaml, { lineCounter: again }), counter: again };
		}
		return lineOf(tree.doc, tree.counter, fieldPath(field), firstLine);
	};
	const result = schemas[collection].safeParse(raw, { error: editorError });
	if (!result.success) {
		for (const issue of result.error.issues) {
			// An unknown key is reported on the key itself, not on the object holding it.
			const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
			for (const key of keys) {
				const path = key === undefined ? issue.path : [...issue.path, key];
				const message =
					issue.code === 'unrecognized_keys'
						? `unknown field "${key}": remove it or check its spelling against AUTHORING.md`
						: issue.message;
				problems.push({ file, line: lineOf(parse().doc, parse().counter, path, parts.yamlStartLine), field: fieldName(path), message });
			}
		}
		parsed = undefined;
		return { collection, entry, lineOf: fieldLine };
	}
	// Closures made in one scope share its variables: without this, fieldLine would keep the first tree alive.
	parsed = undefined;
	return { collection, entry: { ...entry, data: result.data }, valid: result.data, lineOf: fieldLine };
}

/**
 * Loads every collection under `contentDir`, validates each file and resolves all references.
 * `root` is what file paths in problems are relative to (the project root by default).
 */
export function loadContentFiles(contentDir: string, root = process.cwd()): LoadResult {
	const problems: Problem[] = [];
	const files = readContentFiles(contentDir, root, problems);
	const site = Object.fromEntries(COLLECTIONS.map((c) => [c, files.filter((f) => f.collection === c).map((f) => f.entry)])) as SiteEntries;
	// The graph sees plain data; point its frontmatter problems (a dangling reference) at their line.
	const byPath = new Map(files.map((f) => [f.entry.filePath, f]));
	// A value the schema already rejected (e.g. "Source Beta" as an id) is reported once, by the schema.
	const rejected = new Set(problems.map((p) => `${p.file}\u0000${p.field}`));
	for (const problem of buildGraph(site).problems) {
		if (rejected.has(`${problem.file}\u0000${problem.field}`)) continue;
		const line = problem.line ?? (problem.field === 'id' ? undefined : byPath.get(problem.file)?.lineOf?.(problem.field));
		problems.push(line ? { ...problem, line } : problem);
	}
	return { files, problems };
}

/** Every content file under `contentDir`, parsed and validated by its schema; schema problems go into `problems`. */
function readContentFiles(contentDir: string, root: string, problems: Problem[], yamlCache?: ParsedYamlCache): LoadedFile[] {
	const files: LoadedFile[] = [];
	for (const collection of COLLECTIONS) {
		for (const path of filesIn(join(contentDir, collection), COLLECTION_FILES[collection])) {
			const loaded = parseFile(collection, root, path, problems, yamlCache);
			if (loaded) files.push(loaded);
		}
	}
	return files;
}

const readOnce = new Map<string, LoadedFile[]>();
const YAML_CACHE_DIR = process.env.ATLAS_CONTENT_CACHE_DIR ?? '.cache/content-yaml';

/**
 * The content files, read and validated once per process for each folder, for the build's own steps
 * that read the content the build renders: the sitemap's review dates (astro.config.mjs) and the search
 * vocabulary (integrations/pagefind.ts). Reading and validating every file took about 2 s at 1,000
 * guides, paid twice per build. References are not resolved again: the build itself stops on a dangling
 * one (src/data/content.ts). Not for the linter or tests, which must see files as they change.
 */
export function contentFilesOnce(dir: string, yamlCacheDir = YAML_CACHE_DIR): LoadedFile[] {
	const key = resolve(dir);
	let files = readOnce.get(key);
	if (!files) {
		// Parsed YAML is kept between builds (src/disk/yaml-cache.ts): a rebuild parses only changed files.
		const yamlCache = new ParsedYamlCache(resolve(process.cwd(), yamlCacheDir));
		readOnce.set(key, (files = readContentFiles(dir, process.cwd(), [], yamlCache)));
		yamlCache.save();
	}
	return files;
}
