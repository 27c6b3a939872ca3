/**
 * Finds every reference an entry makes: in frontmatter fields (the fields its schema declares with
 * `ref()`, read from the schema itself) and in MDX components in its body.
 * Pure: it sees only plain data, so the build, the linter and tests share it.
 */
import { COLLECTIONS, schemas, type CollectionName } from '../../schemas/index.ts';

/** A reference from one place in an entry to another entry. */
export interface Reference {
	/** Where it was written: a frontmatter path such as "approvals[2].area", or "body line 14". */
	field: string;
	collection: CollectionName;
	id: string;
	/** 1-based line in the body, for body references. */
	bodyLine?: number;
}

/** The minimum an entry needs for reference finding: its collection's data and its MDX body. */
export interface EntryLike {
	id: string;
	data: Record<string, unknown>;
	body?: string | undefined;
}

/**
 * One step of a reference field's path in a schema: a property name, or `[]` for "each item of a list".
 * "approvals[].area" is ['approvals', '[]', 'area'].
 */
type Step = string;

/** A reference field found in a schema: where it is, and which collection it names (`any`: "collection/id"). */
export interface RefField {
	path: readonly Step[];
	collection: CollectionName | 'any';
}

/** The parts of a Zod 4 schema the walk reads: its definition and the description `ref()` sets. */
interface ZodLike {
	description?: string;
	_zod: {
		def: {
			type: string;
			shape?: Record<string, ZodLike>;
			element?: ZodLike;
			innerType?: ZodLike;
			in?: ZodLike;
			out?: ZodLike;
			options?: ZodLike[];
			left?: ZodLike;
			right?: ZodLike;
		};
	};
}

/**
 * Every reference field of a schema, in the schema's own order. `ref()` and `anyRef` in
 * src/schemas/fragments.ts tag each one with a `ref:<collection>` description; this walk finds the tags
 * through objects, lists, optional and default values, unions, and refinements and transforms (whose
 * input it reads), so a reference field added to a schema is checked with no second list to update.
 */
export function refFields(schema: ZodLike, path: readonly Step[] = []): RefField[] {
	const tag = schema.description;
	if (tag?.startsWith('ref:')) return [{ path, collection: tag.slice(4) as RefField['collection'] }];
	const def = schema._zod.def;
	switch (def.type) {
		case 'object':
			return Object.entries(def.shape ?? {}).flatMap(([key, value]) => refFields(value, [...path, key]));
		case 'array':
			return def.element ? refFields(def.element, [...path, '[]']) : [];
		case 'optional':
		case 'nullable':
		case 'default':
		case 'prefault':
		case 'nonoptional':
		case 'readonly':
		case 'catch':
			return def.innerType ? refFields(def.innerType, path) : [];
		case 'pipe':
			return def.in ? refFields(def.in, path) : [];
		case 'union': {
			// Each option may hold the same field: keep one per path.
			const seen = new Map<string, RefField>();
			for (const option of def.options ?? []) for (const f of refFields(option, path)) seen.set(f.path.join('.'), f);
			return [...seen.values()];
		}
		case 'intersection':
			return [...(def.left ? refFields(def.left, path) : []), ...(def.right ? refFields(def.right, path) : [])];
		default:
			return [];
	}
}

/** Each collection's reference fields, read once from its schema. */
const REF_FIELDS = Object.fromEntries(COLLECTIONS.map((c) => [c, refFields(schemas[c] as unknown as ZodLike)])) as Record<
	CollectionName,
	RefField[]
>;

/** The reference fields of a collection's schema (for tests and the documentation). */
export const refFieldsOf = (collection: CollectionName): readonly RefField[] => REF_FIELDS[collection];

/** The values at `path` in `data`, each with its field name as problems write it ("approvals[2].area"). */
function valuesAt(data: unknown, path: readonly Step[], field = ''): Array<{ field: string; value: unknown }> {
	if (path.length === 0) return data === undefined || data === null ? [] : [{ field, value: data }];
	const [step, ...rest] = path as [Step, ...Step[]];
	if (step === '[]') return Array.isArray(data) ? data.flatMap((item, i) => valuesAt(item, rest, `${field}[${i}]`)) : [];
	if (typeof data !== 'object' || data === null) return [];
	return valuesAt((data as Record<string, unknown>)[step], rest, field ? `${field}.${step}` : step);
}

/** The references in one set of reference fields of an entry's data. */
function referencesIn(fields: readonly RefField[], data: unknown): Array<Omit<Reference, 'bodyLine'>> {
	return fields.flatMap(({ path, collection }) =>
		valuesAt(data, path).map(({ field, value }) => {
			if (collection !== 'any') return { field, collection, id: String(value) };
			const [c, id] = String(value).split('/');
			return { field, collection: c as CollectionName, id: id ?? '' };
		}),
	);
}

/** The top-level fields that hold label safety statements (src/schemas/safety.ts). */
const SAFETY_FIELDS: ReadonlySet<string> = new Set(['contraindications', 'warnings', 'interactions', 'pregnancyAndBreastfeeding']);

/** The source of every safety statement (contraindications, warnings, interactions, pregnancy and breastfeeding). */
export function safetyRefs(collection: CollectionName, d: unknown): Array<Omit<Reference, 'bodyLine'>> {
	return referencesIn(
		REF_FIELDS[collection].filter((f) => SAFETY_FIELDS.has(f.path[0] ?? '')),
		d,
	);
}

/**
 * MDX components that point at entries. Each pattern captures the target; `<Term id>` and `<Cite id>`
 * name a glossary term and a source, `<EntryLink to>` and `<Fact of>` take "collection/id".
 */
const BODY_PATTERNS: Array<{ re: RegExp; component: string; collection?: CollectionName }> = [
	{ re: /<Term\s[^>]*?\bid="([^"]*)"/g, component: 'Term', collection: 'glossary' },
	{ re: /<Cite\s[^>]*?\bid="([^"]*)"/g, component: 'Cite', collection: 'sources' },
	{ re: /<EntryLink\s[^>]*?\bto="([^"]*)"/g, component: 'EntryLink' },
	{ re: /<Fact\s[^>]*?\bof="([^"]*)"/g, component: 'Fact' },
];

/**
 * Blanks out MDX comments (`{/* ... *\/}`), keeping their line breaks so line numbers stay right:
 * a commented-out component is never rendered, so it is not a reference (templates show examples there).
 */
export function withoutComments(body: string): string {
	return body.replace(/\{\/\*[\s\S]*?\*\/\}/g, (comment) => comment.replace(/[^\n]/g, ' '));
}

/** References written in an MDX body, each with its line number; commented-out components are skipped. */
export function bodyReferences(body: string): Reference[] {
	const found: Reference[] = [];
	const lines = withoutComments(body).split('\n');
	lines.forEach((line, index) => {
		for (const { re, component, collection } of BODY_PATTERNS) {
			for (const match of line.matchAll(re)) {
				const target = match[1] ?? '';
				const [c, id] = collection ? [collection, target] : (target.split('/') as [CollectionName, string]);
				found.push({ field: `body <${component}>`, collection: c, id: id ?? '', bodyLine: index + 1 });
			}
		}
	});
	return found;
}

/** Every reference an entry of `collection` makes, frontmatter first, then body. */
export function referencesOf(collection: CollectionName, entry: EntryLike): Reference[] {
	return [...referencesIn(REF_FIELDS[collection], entry.data), ...(entry.body ? bodyReferences(entry.body) : [])];
}

/**
 * `<EntryLink to="myths/...">words</EntryLink>` links, by body line: a link to a myth must show the
 * myth's verdict-first title, so it is written self-closing; words of the editor's own would restate the
 * belief without its verdict ("see Botox is safe in pregnancy").
 */
export function mythLinksWithText(body: string): Array<{ id: string; bodyLine: number }> {
	const text = withoutComments(body);
	const found: Array<{ id: string; bodyLine: number }> = [];
	for (const match of text.matchAll(/<EntryLink\s[^>]*?\bto="myths\/([^"]*)"[^>]*?(\/?)>/g)) {
		if (match[2] === '/') continue;
		found.push({ id: match[1] ?? '', bodyLine: text.slice(0, match.index).split('\n').length });
	}
	return found;
}
