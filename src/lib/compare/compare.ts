/**
 * Comparison pages: which pairs exist, their URLs and titles, the rows of the side-by-side table and
 * a plain-language summary of the real differences. Pure: every value comes from entry data passed in,
 * numbers are rendered by format.ts and facts.ts, and a sentence is written only when the data
 * supports it.
 */
import type { FillerData } from '../../schemas/filler.ts';
import type { NeuromodulatorData } from '../../schemas/neuromodulator.ts';
import { factText } from '../facts/facts.ts';
import { formatRange, listOf, type RangeLike } from '../text/format.ts';
import { META_TITLE_MAX } from '../../schemas/page.ts';
import { keyOf, urlFor, type EntryKey } from '../site/urls.ts';
import type { Review as ReviewDates } from '../corpus/review-window.ts';

export type ComparedCollection = 'neuromodulators' | 'fillers';

/** The slug of the one class-level page (neuromodulators as a class against fillers as a class). */
export const CLASS_SLUG = 'neuromodulators-vs-fillers';

/** Collections in the order their entries come first in a pair slug. */
const COLLECTION_ORDER: readonly ComparedCollection[] = ['neuromodulators', 'fillers'];

export type PairGroup = 'brands' | 'fillers' | 'brand-filler';

export interface Pair {
	a: EntryKey;
	b: EntryKey;
	/** "botox-cosmetic-vs-dysport": the URL segment under /compare/. */
	slug: string;
	group: PairGroup;
}

export const compareUrl = (slug: string) => `/compare/${slug}/`;

/**
 * Every pair once: each two brands, each two filler materials and each brand with each material.
 * Order is collection order (brands first), then id order, so `a-vs-b` exists and `b-vs-a` never does.
 * Throws if two pairs would share a slug (possible only if an id itself contains "-vs-").
 */
export function comparisonPairs(ids: Readonly<Record<ComparedCollection, readonly string[]>>): Pair[] {
	const sorted = Object.fromEntries(COLLECTION_ORDER.map((c) => [c, [...ids[c]].sort()])) as Record<ComparedCollection, string[]>;
	const pairs: Pair[] = [];
	const add = (ca: ComparedCollection, a: string, cb: ComparedCollection, b: string, group: PairGroup) =>
		pairs.push({ a: keyOf(ca, a), b: keyOf(cb, b), slug: `${a}-vs-${b}`, group });
	const within = (c: ComparedCollection, group: PairGroup) =>
		sorted[c].forEach((a, i) => sorted[c].slice(i + 1).forEach((b) => add(c, a, c, b, group)));
	within('neuromodulators', 'brands');
	within('fillers', 'fillers');
	for (const a of sorted.neuromodulators) for (const b of sorted.fillers) add('neuromodulators', a, 'fillers', b, 'brand-filler');
	const seen = new Set<string>([CLASS_SLUG]);
	for (const pair of pairs) {
		if (seen.has(pair.slug)) throw new Error(`two comparison pages would share the URL /compare/${pair.slug}/: rename one of the entries`);
		seen.add(pair.slug);
	}
	return pairs;
}

/** The pairs an entry takes part in, in page order. */
export const pairsWith = (pairs: readonly Pair[], key: EntryKey) => pairs.filter((p) => p.a === key || p.b === key);

/** The entry's heading without its bracketed or trailing qualifier: "Dysport (abobotulinumtoxinA)" -> "Dysport". */
export const shortTitle = (title: string) => title.split(/ \(|, /)[0]!.trim();

/** The first candidate that fits `max` characters, else the last one. */
const firstFitting = (candidates: readonly string[], max: number) => candidates.find((c) => c.length <= max) ?? candidates.at(-1)!;

/** The page title of a pair: as descriptive as fits in a browser tab and a search result. */
export function pairTitle(a: string, b: string): string {
	return firstFitting([`${a} vs ${b}: differences compared`, `${a} vs ${b} compared`, `${a} vs ${b}`], META_TITLE_MAX);
}

/** The meta description of a pair, 50-160 characters. */
export function pairDescription(a: string, b: string): string {
	return firstFitting(
		[
			`${a} and ${b} side by side: approvals, how fast each works, how long it lasts, reversibility, areas and main risks, from cited sources.`,
			`${a} and ${b} side by side: approvals, timing, duration, reversibility and main risks, from cited sources.`,
			`${a} vs ${b}: approvals, duration and risks side by side.`,
		],
		160,
	);
}

// ---- Subjects: one entry reduced to what the table and the summary need ----

export interface AreaRef {
	id: string;
	name: string;
}

interface SubjectBase {
	key: EntryKey;
	collection: ComparedCollection;
	/** The short display name, e.g. "Dysport" or "Hyaluronic acid fillers". */
	name: string;
	url: string;
	/** Every FDA approval as (year, text); cosmetic ones only for brands, each with its labelled dose in the brand's own units. */
	approvals: Array<{ year: number; text: string; area?: AreaRef | undefined; doseUnits?: { min: number; max: number } | undefined }>;
	firstApproved?: string | undefined;
	duration: RangeLike;
	offLabel: AreaRef[];
	/** Source ids behind the compared facts, in first-use order. */
	sources: string[];
	/** When the entry was last checked and is next due: a comparison page is as fresh as its older entry. */
	review: ReviewDates;
}

export interface BrandSubject extends SubjectBase {
	collection: 'neuromodulators';
	genericName: string;
	maker: string;
	onset?: RangeLike | undefined;
	/** Medical (non-cosmetic) approvals are counted, not listed. */
	medicalApprovals: number;
	boxedWarning: string;
}

export interface FillerSubject extends SubjectBase {
	collection: 'fillers';
	shortName: string;
	fillerClass: FillerData['fillerClass'];
	mechanism: FillerData['mechanism'];
	makers: string[];
	reversible: boolean;
	risks: string[];
}

export type Subject = BrandSubject | FillerSubject;

/** Looks up an area's display name by id (the caller knows every area). */
export type AreaName = (id: string) => string;

const unique = <T>(items: readonly T[]) => [...new Set(items)];

export function brandSubject(id: string, d: NeuromodulatorData, areaName: AreaName): BrandSubject {
	const cosmetic = d.approvals.filter((a) => a.use === 'aesthetic');
	return {
		key: keyOf('neuromodulators', id),
		collection: 'neuromodulators',
		name: shortTitle(d.title),
		url: urlFor('neuromodulators', id),
		genericName: d.genericName,
		maker: shortTitle(d.manufacturer),
		approvals: cosmetic.map((a) => ({
			year: a.date.getUTCFullYear(),
			text: a.area ? areaName(a.area) : a.indication,
			area: a.area ? { id: a.area, name: areaName(a.area) } : undefined,
			doseUnits: a.doseUnits,
		})),
		medicalApprovals: d.approvals.length - cosmetic.length,
		firstApproved: factText(d, 'firstApproved'),
		onset: d.onset,
		duration: d.duration,
		offLabel: d.offLabelAreas.map((a) => ({ id: a, name: areaName(a) })),
		boxedWarning: d.boxedWarning,
		sources: unique([...cosmetic.map((a) => a.source), ...(d.onset ? [d.onset.source] : []), d.duration.source, d.formulation.source]),
		review: { lastReviewed: d.lastReviewed, nextReview: d.nextReview },
	};
}

export function fillerSubject(id: string, d: FillerData, areaName: AreaName): FillerSubject {
	return {
		key: keyOf('fillers', id),
		collection: 'fillers',
		name: shortTitle(d.title),
		url: urlFor('fillers', id),
		shortName: d.shortName,
		fillerClass: d.fillerClass,
		mechanism: d.mechanism,
		makers: unique(d.products.map((p) => shortTitle(p.maker))),
		approvals: d.approvals.map((a) => ({
			year: a.year,
			text: a.area ? areaName(a.area) : a.indication,
			area: a.area ? { id: a.area, name: areaName(a.area) } : undefined,
		})),
		firstApproved: d.approvals.length > 0 ? factText({ title: d.title, approvals: d.approvals }, 'firstApproved') : undefined,
		duration: d.duration,
		offLabel: d.offLabelAreas.map((a) => ({ id: a, name: areaName(a) })),
		reversible: d.reversible,
		risks: d.mainRisks.items,
		sources: unique([...d.approvals.map((a) => a.source), d.duration.source, ...d.mainRisks.sources]),
		review: { lastReviewed: d.lastReviewed, nextReview: d.nextReview },
	};
}

export const FILLER_CLASS_LABELS: Record<FillerData['fillerClass'], string> = {
	temporary: 'Temporary',
	biostimulator: 'Biostimulator (prompts collagen)',
	permanent: 'Permanent',
	autologous: 'Your own tissue (autologous)',
};


/** Where the site explains, with sources, that a neuromodulator cannot be reversed but wears off. */
export const TOXIN_REVERSAL_GUIDE = 'guides/reversing-fillers';

// ---- The table ----

export interface CellItem {
	text: string;
	href?: string | undefined;
}
/** A table cell: plain text, or a list of items (each optionally a link). */
export type Cell = string | CellItem[];

/** Which fact a row shows, so a page can pick rows without matching on their wording. */
export type RowId = 'kind' | 'maker' | 'firstApproval' | 'cosmeticUses' | 'onset' | 'duration' | 'reversal' | 'offLabel' | 'risks' | 'sources' | 'products';

export interface Row {
	id?: RowId | undefined;
	label: string;
	cells: Cell[];
}

const areaItem = (a: AreaRef, suffix = ''): CellItem => ({ text: `${a.name}${suffix}`, href: urlFor('areas', a.id) });

/** How long a subject lasts, in months, so weeks, months and years compare on one scale. */
export function inMonths(range: RangeLike): { min: number; max: number } {
	const factor = range.unit === 'weeks' ? 12 / 52 : range.unit === 'years' ? 12 : range.unit === 'days' ? 12 / 365 : 1;
	return { min: range.min * factor, max: range.max * factor };
}

function whatItIs(s: Subject): string {
	return s.collection === 'neuromodulators'
		? `A botulinum toxin type A brand (${s.genericName})`
		: `A dermal filler (${s.shortName}): ${FILLER_CLASS_LABELS[s.fillerClass].toLowerCase()}`;
}

function approvalsCell(s: Subject): Cell {
	const items: CellItem[] = s.approvals.map((a) => ({ text: `${a.text} (${a.year}${a.doseUnits ? `, ${formatRange({ ...a.doseUnits, unit: 'units' })}` : ''})`, ...(a.area ? { href: urlFor('areas', a.area.id) } : {}) }));
	if (s.collection === 'neuromodulators' && s.medicalApprovals > 0) items.push({ text: `plus ${s.medicalApprovals} medical use${s.medicalApprovals === 1 ? '' : 's'}` });
	return items.length > 0 ? items : 'None: the FDA does not approve it as a filler product';
}

/** When a material's effect shows follows from how it works (its typed mechanism). */
export const ONSET_BY_MECHANISM: Record<FillerData['mechanism'], string> = {
	volume: 'When injected: it fills space directly',
	biostimulation: 'Gradually: it prompts your own collagen over weeks',
	both: 'When injected, as it fills space; it also prompts collagen',
};

function onsetCell(s: Subject): string {
	if (s.collection === 'fillers') return ONSET_BY_MECHANISM[s.mechanism];
	return s.onset ? formatRange(s.onset) : 'Not stated in its label or a trial we could check';
}

function reversalCell(s: Subject): string {
	if (s.collection === 'neuromodulators') return 'No; the effect wears off';
	return s.reversible ? 'Yes, with hyaluronidase' : 'No';
}

function risksCell(s: Subject): Cell {
	if (s.collection === 'fillers') return s.risks.map((text) => ({ text }));
	return [{ text: `Boxed warning: ${firstSentence(s.boxedWarning)}` }];
}

const firstSentence = (text: string) => (text.match(/^.*?\.(?=\s|$)/)?.[0] ?? text).trim();

/** The rows of the side-by-side table, one cell per subject. `sourceTitle` names a source id. */
export function comparisonRows(subjects: readonly Subject[], sourceTitle: (id: string) => string): Row[] {
	const row = (id: RowId, label: string, cell: (s: Subject) => Cell): Row => ({ id, label, cells: subjects.map(cell) });
	return [
		row('kind', 'What it is', whatItIs),
		row('maker', 'Made by', (s) => (s.collection === 'neuromodulators' ? s.maker : listOf(s.makers))),
		row('firstApproval', 'First FDA approval', firstApprovalCell),
		row('cosmeticUses', 'FDA-approved cosmetic uses', approvalsCell),
		row('onset', 'Effect starts', onsetCell),
		row('duration', 'Usually lasts', (s) => formatRange(s.duration)),
		row('reversal', 'Can it be reversed?', reversalCell),
		row('offLabel', 'Used off-label in', (s) => (s.offLabel.length > 0 ? s.offLabel.map((a) => areaItem(a)) : 'None listed')),
		row('risks', 'Main risks', risksCell),
		row('sources', 'Sources', (s) => s.sources.map((id) => ({ text: sourceTitle(id), href: urlFor('sources', id) }))),
	];
}

/** A brand whose toxin was approved for medical use before its cosmetic use shows both years. */
function firstApprovalCell(s: Subject): Cell {
	if (!s.firstApproved) return 'None as a filler product';
	if (s.collection !== 'neuromodulators' || s.approvals.length === 0) return s.firstApproved;
	const cosmetic = String(Math.min(...s.approvals.map((a) => a.year)));
	return cosmetic === s.firstApproved ? cosmetic : `${cosmetic} for cosmetic use (${s.firstApproved} for medical use)`;
}

// ---- The class-level page: all brands against all filler materials ----

/** One list item per subject: "Dysport: 3 to 4 months", linked to the subject's page. */
const perSubject = (list: readonly Subject[], text: (s: Subject) => string): CellItem[] => list.map((s) => ({ text: `${s.name}: ${text(s)}`, href: s.url }));

/** The rows of the neuromodulators-vs-fillers table: every fact per brand or per material, never averaged. */
export function classRows(brands: readonly BrandSubject[], fillers: readonly FillerSubject[]): Row[] {
	const earliest = (list: readonly Subject[]) => String(Math.min(...list.flatMap((s) => (s.firstApproved ? [Number(s.firstApproved)] : []))));
	const reversible = fillers.filter((f) => f.reversible).map((f) => f.name);
	return [
		{ id: 'kind', label: 'What they are', cells: ['Botulinum toxin type A brands (neuromodulators)', 'Materials injected under the skin (dermal fillers)'] },
		{ id: 'products', label: 'Products', cells: [brands.map((s) => ({ text: s.name, href: s.url })), fillers.map((s) => ({ text: s.name, href: s.url }))] },
		{ id: 'firstApproval', label: 'First FDA approval', cells: [`${earliest(brands)} (the earliest brand)`, `${earliest(fillers)} (the earliest material)`] },
		{ id: 'onset', label: 'Effect starts', cells: [perSubject(brands, onsetCell), perSubject(fillers, onsetCell)] },
		{ id: 'duration', label: 'Usually lasts', cells: [perSubject(brands, (s) => formatRange(s.duration)), perSubject(fillers, (s) => formatRange(s.duration))] },
		{
			id: 'reversal',
			label: 'Can it be reversed?',
			cells: ['No; the effect wears off', reversible.length > 0 ? `Only ${listOf(reversible)}, with hyaluronidase` : 'No'],
		},
		{
			id: 'risks',
			label: 'Most serious risk',
			cells: [
				`Every brand carries a boxed warning that the toxin's effect can spread beyond the injection site`,
				perSubject(fillers, (s) => (s as FillerSubject).risks.at(-1)!.replace(/^./, (c) => c.toLowerCase())),
			],
		},
	];
}
