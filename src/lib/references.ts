/**
 * Finds every reference an entry makes: in frontmatter fields and in MDX components in its body.
 * Pure: it sees only plain data, so the build, the linter and tests share it.
 */
import type { CollectionName } from '../schemas/fragments.ts';

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

type Extractor = (data: any) => Array<Omit<Reference, 'bodyLine'>>;

const list = (values: unknown, field: string, collection: CollectionName) =>
	Array.isArray(values)
		? values.map((id, i) => ({ field: `${field}[${i}]`, collection, id: String(id) }))
		: [];

const fromAnyRefs = (values: unknown, field: string) =>
	Array.isArray(values)
		? values.map((key, i) => {
				const [collection, id] = String(key).split('/');
				return { field: `${field}[${i}]`, collection: collection as CollectionName, id: id ?? '' };
			})
		: [];

const pageRefs: Extractor = (d) => [...list(d.sources, 'sources', 'sources'), ...fromAnyRefs(d.related, 'related')];

/** Approval-like arrays carry an optional area and a required source on each item. */
function approvalRefs(approvals: unknown): Array<Omit<Reference, 'bodyLine'>> {
	if (!Array.isArray(approvals)) return [];
	return approvals.flatMap((a, i) => [
		...(a?.area ? [{ field: `approvals[${i}].area`, collection: 'areas' as const, id: String(a.area) }] : []),
		{ field: `approvals[${i}].source`, collection: 'sources' as const, id: String(a?.source) },
	]);
}

/** The source of a nested object that cites one (a range, the formulation, the dose limit). */
const nestedSource = (value: any, field: string) =>
	value?.source ? [{ field: `${field}.source`, collection: 'sources' as const, id: String(value.source) }] : [];

/** The source of every safety statement (contraindications, warnings, interactions, pregnancy and breastfeeding). */
export function safetyRefs(d: any): Array<Omit<Reference, 'bodyLine'>> {
	const listed = (field: string) =>
		Array.isArray(d[field]) ? d[field].flatMap((s: any, i: number) => nestedSource(s, `${field}[${i}]`)) : [];
	return [
		...listed('contraindications'),
		...listed('warnings'),
		...listed('interactions'),
		...nestedSource(d.pregnancyAndBreastfeeding?.pregnancy, 'pregnancyAndBreastfeeding.pregnancy'),
		...nestedSource(d.pregnancyAndBreastfeeding?.breastfeeding, 'pregnancyAndBreastfeeding.breastfeeding'),
	];
}

const EXTRACTORS: Record<CollectionName, Extractor> = {
	neuromodulators: (d) => [
		...pageRefs(d),
		...approvalRefs(d.approvals),
		...nestedSource(d.onset, 'onset'),
		...nestedSource(d.duration, 'duration'),
		...nestedSource(d.doseLimit, 'doseLimit'),
		...nestedSource(d.sessionMax, 'sessionMax'),
		...list(d.sessionMax?.areas, 'sessionMax.areas', 'areas'),
		...nestedSource(d.formulation, 'formulation'),
		...list(d.offLabelAreas, 'offLabelAreas', 'areas'),
		...safetyRefs(d),
	],
	fillers: (d) => [
		...pageRefs(d),
		...approvalRefs(d.approvals),
		...nestedSource(d.duration, 'duration'),
		...list(d.offLabelAreas, 'offLabelAreas', 'areas'),
		...list(d.mainRisks?.sources, 'mainRisks.sources', 'sources'),
		...safetyRefs(d),
	],
	areas: pageRefs,
	guides: pageRefs,
	// Products name their material, each approval's areas and source, and the source of every label
	// statement (safety fields and the label duration): each is a reference the resolver must check.
	products: (d) => [
		...pageRefs(d),
		...(d.material ? [{ field: 'material', collection: 'fillers' as const, id: String(d.material) }] : []),
		...(Array.isArray(d.approvals)
			? d.approvals.flatMap((a: any, i: number) => [
					...list(a?.areas, `approvals[${i}].areas`, 'areas'),
					{ field: `approvals[${i}].source`, collection: 'sources' as const, id: String(a?.source) },
				])
			: []),
		...(d.labelDuration?.area ? [{ field: 'labelDuration.area', collection: 'areas' as const, id: String(d.labelDuration.area) }] : []),
		...nestedSource(d.labelDuration, 'labelDuration'),
		...nestedSource(d.discontinued, 'discontinued'),
		...safetyRefs(d),
	],
	'product-pairs': (d) => [
		...(d.a ? [{ field: 'a', collection: 'products' as const, id: String(d.a) }] : []),
		...(d.b ? [{ field: 'b', collection: 'products' as const, id: String(d.b) }] : []),
		...list(d.sources, 'sources', 'sources'),
	],
	myths: pageRefs,
	glossary: (d) => [...list(d.seeAlso, 'seeAlso', 'glossary'), ...list(d.sources, 'sources', 'sources')],
	sources: () => [],
};

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
	return [...EXTRACTORS[collection](entry.data), ...(entry.body ? bodyReferences(entry.body) : [])];
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
