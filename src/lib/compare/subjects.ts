/**
 * One brand or filler material reduced to what a comparison shows (its table rows and its summary
 * sentences): names, approvals, timing, reversibility, risks and the sources behind them. Pure: every
 * value comes from the entry's data.
 */
import type { FillerData } from '../../schemas/filler.ts';
import type { NeuromodulatorData } from '../../schemas/neuromodulator.ts';
import type { RangeLike } from '../text/format.ts';
import { keyOf, urlFor, type EntryKey } from '../site/urls.ts';
import type { Review as ReviewDates } from '../corpus/review-window.ts';
import { shortMaker, shortTitle } from '../text/titles.ts';
import { firstApprovals, firstApprovalYear } from '../facts/approvals.ts';
import type { ComparedCollection } from './pairs.ts';

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
	/** The year of the first cosmetic approval, when it came after the first (medical) one. */
	cosmeticLater?: string | undefined;
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
	const first = firstApprovals(d.approvals);
	return {
		key: keyOf('neuromodulators', id),
		collection: 'neuromodulators',
		name: shortTitle(d.title),
		url: urlFor('neuromodulators', id),
		genericName: d.genericName,
		maker: shortMaker(d.manufacturer),
		approvals: cosmetic.map((a) => ({
			year: a.date.getUTCFullYear(),
			text: a.area ? areaName(a.area) : a.indication,
			area: a.area ? { id: a.area, name: areaName(a.area) } : undefined,
			doseUnits: a.doseUnits,
		})),
		medicalApprovals: d.approvals.length - cosmetic.length,
		firstApproved: first ? String(first.first) : undefined,
		cosmeticLater: first?.cosmeticLater !== undefined ? String(first.cosmeticLater) : undefined,
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
		makers: unique(d.products.map((p) => shortMaker(p.maker))),
		approvals: d.approvals.map((a) => ({
			year: a.year,
			text: a.area ? areaName(a.area) : a.indication,
			area: a.area ? { id: a.area, name: areaName(a.area) } : undefined,
		})),
		firstApproved: d.approvals.length > 0 ? String(firstApprovalYear(d.approvals)) : undefined,
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
