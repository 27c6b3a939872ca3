/**
 * The rows of a comparison table: one cell per subject for a pair, or every brand against every filler
 * material for the class-level page. Pure: cells are rendered from the subjects, numbers by format.ts.
 */
import type { FillerData } from '../../schemas/filler.ts';
import { formatRange, listOf } from '../text/format.ts';
import { urlFor } from '../site/urls.ts';
import { firstApprovalYear } from '../facts/approvals.ts';
import { FILLER_CLASS_LABELS, type AreaRef, type BrandSubject, type FillerSubject, type Subject } from './subjects.ts';

export interface CellItem {
	text: string;
	href?: string | undefined;
}
/** A table cell: plain text, or a list of items (each optionally a link). */
export type Cell = string | CellItem[];

/** Which fact a row shows, so a page can pick rows without matching on their wording. */
export type RowId =
	'kind' | 'maker' | 'firstApproval' | 'cosmeticUses' | 'onset' | 'duration' | 'reversal' | 'offLabel' | 'risks' | 'sources' | 'products';

export interface Row {
	id?: RowId | undefined;
	label: string;
	cells: Cell[];
}

const areaItem = (a: AreaRef, suffix = ''): CellItem => ({ text: `${a.name}${suffix}`, href: urlFor('areas', a.id) });

function whatItIs(s: Subject): string {
	return s.collection === 'neuromodulators'
		? `A botulinum toxin type A brand (${s.genericName})`
		: `A dermal filler (${s.shortName}): ${FILLER_CLASS_LABELS[s.fillerClass].toLowerCase()}`;
}

function approvalsCell(s: Subject): Cell {
	const items: CellItem[] = s.approvals.map((a) => ({
		text: `${a.text} (${a.year}${a.doseUnits ? `, ${formatRange({ ...a.doseUnits, unit: 'units' })}` : ''})`,
		...(a.area ? { href: urlFor('areas', a.area.id) } : {}),
	}));
	if (s.collection === 'neuromodulators' && s.medicalApprovals > 0)
		items.push({ text: `plus ${s.medicalApprovals} medical use${s.medicalApprovals === 1 ? '' : 's'}` });
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
	return s.collection === 'neuromodulators' && s.cosmeticLater
		? `${s.cosmeticLater} for cosmetic use (${s.firstApproved} for medical use)`
		: s.firstApproved;
}

// ---- The class-level page: all brands against all filler materials ----

/** One list item per subject: "Dysport: 3 to 4 months", linked to the subject's page. */
const perSubject = (list: readonly Subject[], text: (s: Subject) => string): CellItem[] =>
	list.map((s) => ({ text: `${s.name}: ${text(s)}`, href: s.url }));

/** The rows of the neuromodulators-vs-fillers table: every fact per brand or per material, never averaged. */
export function classRows(brands: readonly BrandSubject[], fillers: readonly FillerSubject[]): Row[] {
	const earliest = (list: readonly Subject[]) =>
		String(firstApprovalYear(list.flatMap((s) => (s.firstApproved ? [{ year: Number(s.firstApproved) }] : []))));
	const reversible = fillers.filter((f) => f.reversible).map((f) => f.name);
	return [
		{
			id: 'kind',
			label: 'What they are',
			cells: ['Botulinum toxin type A brands (neuromodulators)', 'Materials injected under the skin (dermal fillers)'],
		},
		{
			id: 'products',
			label: 'Products',
			cells: [brands.map((s) => ({ text: s.name, href: s.url })), fillers.map((s) => ({ text: s.name, href: s.url }))],
		},
		{
			id: 'firstApproval',
			label: 'First FDA approval',
			cells: [`${earliest(brands)} (the earliest brand)`, `${earliest(fillers)} (the earliest material)`],
		},
		{ id: 'onset', label: 'Effect starts', cells: [perSubject(brands, onsetCell), perSubject(fillers, onsetCell)] },
		{
			id: 'duration',
			label: 'Usually lasts',
			cells: [perSubject(brands, (s) => formatRange(s.duration)), perSubject(fillers, (s) => formatRange(s.duration))],
		},
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
