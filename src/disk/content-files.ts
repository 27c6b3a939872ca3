/**
 * Reads content straight from disk (no Astro), validates it with the collections' own schemas and
 * resolves references with the same graph builder the build uses. Powers `npm run lint:content` and
 * the editor-mistake tests. Every problem carries the file, the line where possible, and the field.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { COLLECTION_FILES, COLLECTIONS, schemas, type CollectionName } from '../schemas/index.ts';
import { buildGraph, type LoadedFile, type Problem, type SiteEntries, type SiteEntry } from '../lib/corpus/graph.ts';
import { editorError } from '../lib/corpus/editor-errors.ts';

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

function parseFile(collection: CollectionName, root: string, path: string, problems: Problem[]): LoadedFile | undefined {
	const file = relative(root, path);
	const text = readFileSync(path, 'utf8');
	const isMdx = COLLECTION_FILES[collection] === 'mdx';
	const parts = isMdx ? splitFrontmatter(text) : { yaml: text, body: undefined, yamlStartLine: 1, bodyStartLine: undefined };
	if (!parts) {
		problems.push({ file, line: 1, field: 'frontmatter', message: 'an MDX entry must start with frontmatter between two "---" lines' });
		return undefined;
	}
	const counter = new LineCounter();
	const doc = parseDocument(parts.yaml, { lineCounter: counter });
	if (doc.errors.length > 0) {
		const error = doc.errors[0]!;
		const line = counter.linePos(error.pos[0]).line + parts.yamlStartLine - 1;
		problems.push({ file, line, field: 'frontmatter', message: `is not valid YAML: ${error.message.split('\n')[0]}` });
		return undefined;
	}
	const raw = (doc.toJS() ?? {}) as Record<string, unknown>;
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
	const fieldLine = (field: string) => lineOf(doc, counter, fieldPath(field), parts.yamlStartLine);
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
				problems.push({ file, line: lineOf(doc, counter, path, parts.yamlStartLine), field: fieldName(path), message });
			}
		}
		return { collection, entry, lineOf: fieldLine };
	}
	return { collection, entry: { ...entry, data: result.data }, valid: result.data, lineOf: fieldLine };
}

/**
 * Loads every collection under `contentDir`, validates each file and resolves all references.
 * `root` is what file paths in problems are relative to (the project root by default).
 */
export function loadContentFiles(contentDir: string, root = process.cwd()): LoadResult {
	const problems: Problem[] = [];
	const files: LoadedFile[] = [];
	for (const collection of COLLECTIONS) {
		for (const path of filesIn(join(contentDir, collection), COLLECTION_FILES[collection])) {
			const loaded = parseFile(collection, root, path, problems);
			if (loaded) files.push(loaded);
		}
	}
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
