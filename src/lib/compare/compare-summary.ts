/**
 * "The differences in short" on a comparison page: plain sentences built only from the two entries' data.
 * The difference that matters most comes first: for two brands, that their units differ and what dose each
 * label gives; for two fillers, whether each can be dissolved and how long it lasts; for a brand against a
 * filler, that they do different jobs. Every sentence is a full sentence in sentence case, compares figures
 * in one unit, and says plainly when something is missing instead of inventing a value.
 */
import type { BrandSubject, FillerSubject, Subject } from './subjects.ts';
import { inMonths, unitFactor } from '../text/time-units.ts';
import { formatRange, listOf, type RangeLike } from '../text/format.ts';

// ---- Names inside sentences ----

/** A brand keeps its capitals; a material's name is a common noun, so mid-sentence it starts lower-case ("hyaluronic acid fillers"), unless its first word is an acronym ("PMMA filler"). */
export function nameIn(s: Subject, atStart = false): string {
	if (s.collection === 'neuromodulators') return s.name;
	if (atStart) return s.name.charAt(0).toUpperCase() + s.name.slice(1);
	const first = s.name.split(/[\s-]/)[0]!;
	return /[A-Z].*[A-Z]/.test(first) ? s.name : s.name.charAt(0).toLowerCase() + s.name.slice(1);
}

/** "Hyaluronic acid fillers" names a family of products and takes a plural verb; every other name is singular. */
const isPlural = (s: Subject) => s.collection === 'fillers' && /\bfillers$/i.test(s.name);
const verb = (s: Subject, singular: string, plural: string) => (isPlural(s) ? plural : singular);

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

// ---- One unit per comparison ----

/** A duration restated in another unit; "about" and a half-unit rounding when the conversion is not exact (weeks to months). */
function restate(range: RangeLike, unit: 'months' | 'years'): { text: string } {
	if (range.unit === unit) return { text: formatRange(range) };
	const factor = unitFactor(range.unit, unit);
	const exact = Number.isInteger(range.min * factor * 2) && Number.isInteger(range.max * factor * 2);
	const round = (n: number) => Math.round(n * factor * 2) / 2;
	const text = formatRange({ ...range, min: round(range.min), max: round(range.max), unit });
	return { text: exact ? text : `about ${text}` };
}

/** The unit two durations are compared in: their own if they share one, else years when both last a year or more, else months. */
export function sharedUnit(a: RangeLike, b: RangeLike): string {
	if (a.unit === b.unit) return a.unit;
	return inMonths(a).min >= 12 && inMonths(b).min >= 12 ? 'years' : 'months';
}

/** Both durations in the one unit of `sharedUnit`. */
function inSharedUnit(a: RangeLike, b: RangeLike): [string, string] {
	const unit = sharedUnit(a, b);
	if (unit === a.unit && unit === b.unit) return [formatRange(a), formatRange(b)];
	return [restate(a, unit as 'months' | 'years').text, restate(b, unit as 'months' | 'years').text];
}

/** Compares typical durations in one unit; says "longer" only when the ranges do not overlap. */
export function durationSentence(a: Subject, b: Subject): string {
	const [ma, mb] = [inMonths(a.duration), inMonths(b.duration)];
	const [ta, tb] = inSharedUnit(a.duration, b.duration);
	if (ma.min === mb.min && ma.max === mb.max && a.duration.note === b.duration.note)
		return `Results usually last about as long with either: ${ta}.`;
	const longer = ma.min > mb.max ? ([a, ta, b, tb] as const) : mb.min > ma.max ? ([b, tb, a, ta] as const) : undefined;
	if (longer) {
		const [long, longText, short, shortText] = longer;
		return `Results usually last longer with ${nameIn(long)}: ${longText}, against ${shortText} with ${nameIn(short)}.`;
	}
	return `Results last a similar time: ${ta} with ${nameIn(a)}, and ${tb} with ${nameIn(b)}.`;
}

// ---- Two brands: units and dose first ----

/** Each brand measures its units with its own test; every US label says they cannot be converted into another brand's. */
export function unitsSentence(a: BrandSubject, b: BrandSubject): string {
	return `A unit of ${a.name} is not a unit of ${b.name}: each maker measures potency with its own test, and each label says its units cannot be compared with or converted into another brand's.`;
}

const units = (d: { min: number; max: number }) => formatRange({ ...d, unit: 'units' });

/** The labelled dose for each area both brands are approved for, then the areas only one of them is approved for. */
export function doseSentences(a: BrandSubject, b: BrandSubject): string[] {
	const sentences: string[] = [];
	const byArea = (s: BrandSubject) => new Map(s.approvals.flatMap((x) => (x.area ? [[x.area.id, x] as const] : [])));
	const [areasA, areasB] = [byArea(a), byArea(b)];
	for (const [id, x] of areasA) {
		const y = areasB.get(id);
		if (!y) continue;
		const area = lowerFirst(x.area!.name);
		if (!x.doseUnits || !y.doseUnits) {
			sentences.push(`Both are FDA-approved for ${area}.`);
		} else if (x.doseUnits.min === y.doseUnits.min && x.doseUnits.max === y.doseUnits.max) {
			sentences.push(`For ${area}, both labels give ${units(x.doseUnits)}, each in its own brand's units.`);
		} else {
			sentences.push(`For ${area}, the labelled dose is ${units(x.doseUnits)} of ${a.name} and ${units(y.doseUnits)} of ${b.name}.`);
		}
	}
	for (const [only, mine, theirs] of [
		[a, areasA, areasB],
		[b, areasB, areasA],
	] as const) {
		const names = [...mine.values()].filter((x) => !theirs.has(x.area!.id)).map((x) => lowerFirst(x.area!.name));
		if (names.length > 0) sentences.push(`Only ${only.name} is FDA-approved for ${listOf(names)}.`);
	}
	return sentences;
}

function onsetSentence(a: BrandSubject, b: BrandSubject): string | undefined {
	if (a.onset && b.onset)
		return `In the studies behind each figure, ${a.name} started working in ${formatRange(a.onset)} and ${b.name} in ${formatRange(b.onset)}; these are different studies, not a head-to-head result.`;
	const missing = [a, b].filter((s) => !s.onset);
	if (missing.length === 2) return `No label or checkable trial states when either starts working, so onset cannot be compared.`;
	return `No label or checkable trial states when ${missing[0]!.name} starts working, so onset cannot be compared.`;
}

// ---- What each one is ----

const CLASS_NOUN: Record<FillerSubject['fillerClass'], [singular: string, plural: string]> = {
	temporary: ['a temporary filler', 'temporary fillers'],
	biostimulator: ['a biostimulator', 'biostimulators'],
	permanent: ['a permanent filler', 'permanent fillers'],
	autologous: ['a filler made of your own tissue', 'fillers made of your own tissue'],
};

const MECHANISM_CLAUSE: Record<FillerSubject['mechanism'], [singular: string, plural: string]> = {
	volume: ['fills space directly', 'fill space directly'],
	biostimulation: ['prompts your own collagen over weeks', 'prompt your own collagen over weeks'],
	both: ['fills space and prompts your own collagen', 'fill space and prompt your own collagen'],
};

/** "Hyaluronic acid fillers (HA) are temporary fillers that fill space directly." */
export function fillerKindSentence(s: FillerSubject, withShortName = true): string {
	const form = isPlural(s) ? 1 : 0;
	const short = withShortName && s.shortName.toLowerCase() !== s.name.toLowerCase().split(' ')[0] ? ` (${s.shortName})` : '';
	return `${nameIn(s, true)}${short} ${verb(s, 'is', 'are')} ${CLASS_NOUN[s.fillerClass][form]} that ${MECHANISM_CLAUSE[s.mechanism][form]}.`;
}

function kindSentences(a: Subject, b: Subject): string {
	if (a.collection === 'neuromodulators' && b.collection === 'neuromodulators') {
		return `Both are botulinum toxin type A brands: ${a.name} is ${a.genericName}, made by ${a.maker}, and ${b.name} is ${b.genericName}, made by ${b.maker}.`;
	}
	if (a.collection === 'fillers' && b.collection === 'fillers') return `${fillerKindSentence(a)} ${fillerKindSentence(b)}`;
	const [brand, material] = (a.collection === 'neuromodulators' ? [a, b] : [b, a]) as [BrandSubject, FillerSubject];
	return `They do different jobs. ${brand.name} is a neuromodulator: it relaxes the muscles that cause lines when you move. ${fillerKindSentence(material)}`;
}

// ---- Approvals, reversal, areas, risks ----

/** When the FDA first approved each; a brand's first cosmetic approval, and plain words when there is none. */
export function approvalSentence(a: Subject, b: Subject): string {
	const year = (s: Subject): string | undefined => {
		if (s.collection === 'neuromodulators') {
			const cosmetic = s.approvals.map((x) => x.year);
			return cosmetic.length > 0 ? `${nameIn(s)} for a cosmetic use in ${Math.min(...cosmetic)}` : undefined;
		}
		return s.firstApproved ? `${nameIn(s)} in ${s.firstApproved}` : undefined;
	};
	const none = (s: Subject, atStart: boolean) =>
		s.collection === 'neuromodulators'
			? `${nameIn(s, atStart)} is approved only for medical uses${s.firstApproved ? `, first in ${s.firstApproved}` : ''}`
			: `${nameIn(s, atStart)} ${verb(s, 'has', 'have')} no FDA approval as a filler product`;
	const [ya, yb] = [year(a), year(b)];
	if (ya && yb) return `The FDA first approved ${ya} and ${yb}.`;
	if (ya || yb) return `The FDA first approved ${ya ?? yb}; ${none(ya ? b : a, false)}.`;
	return `Neither has an FDA approval as a filler product.`;
}

function reversalSentence(a: Subject, b: Subject): string | undefined {
	const can = (s: Subject) => s.collection === 'fillers' && s.reversible;
	const wearsOff = (s: Subject) => (s.collection === 'neuromodulators' ? `, but its effect wears off` : '');
	if (can(a) && can(b)) return `Both can be dissolved with hyaluronidase if needed.`;
	if (can(a) || can(b)) {
		const [yes, no] = can(a) ? [a, b] : [b, a];
		return `${nameIn(yes, true)} can be dissolved with hyaluronidase; ${nameIn(no)} cannot${wearsOff(no)}.`;
	}
	if (a.collection === 'neuromodulators' && b.collection === 'neuromodulators') return undefined;
	const brand = [a, b].find((s) => s.collection === 'neuromodulators');
	return `Neither can be reversed with an injection${brand ? `; the effect of ${brand.name} wears off` : ''}.`;
}

function areasSentence(a: Subject, b: Subject): string | undefined {
	const approvedB = new Set(b.approvals.flatMap((x) => (x.area ? [x.area.id] : [])));
	const shared = [...new Set(a.approvals.flatMap((x) => (x.area && approvedB.has(x.area.id) ? [lowerFirst(x.area.name)] : [])))];
	if (shared.length > 0) return `Both are FDA-approved for ${listOf(shared)}.`;
	if (a.approvals.length > 0 && b.approvals.length > 0) return `They have no FDA-approved cosmetic area in common.`;
	return undefined;
}

function risksSentences(a: Subject, b: Subject): string[] {
	if (a.collection === 'neuromodulators' && b.collection === 'neuromodulators') {
		return [`Both carry a boxed warning that the toxin's effect can spread beyond the injection site.`];
	}
	const serious = (s: Subject) =>
		s.collection === 'fillers' ? lowerFirst(s.risks.at(-1)!) : `the toxin's effect spreading beyond the injection site (its boxed warning)`;
	return [a, b].map((s) => `The most serious risk listed for ${nameIn(s)} is ${serious(s)}.`);
}

/** The differences that matter, most important first, as short full sentences built only from the two entries' data. */
export function differenceSummary(a: Subject, b: Subject): string[] {
	let sentences: Array<string | undefined>;
	if (a.collection === 'neuromodulators' && b.collection === 'neuromodulators') {
		sentences = [
			unitsSentence(a, b),
			...doseSentences(a, b),
			durationSentence(a, b),
			onsetSentence(a, b),
			kindSentences(a, b),
			approvalSentence(a, b),
			...risksSentences(a, b),
		];
	} else if (a.collection === 'fillers' && b.collection === 'fillers') {
		sentences = [
			reversalSentence(a, b),
			durationSentence(a, b),
			kindSentences(a, b),
			approvalSentence(a, b),
			areasSentence(a, b),
			...risksSentences(a, b),
		];
	} else {
		sentences = [
			kindSentences(a, b),
			reversalSentence(a, b),
			durationSentence(a, b),
			approvalSentence(a, b),
			areasSentence(a, b),
			...risksSentences(a, b),
		];
	}
	return sentences.filter((s): s is string => s !== undefined).map(capitalise);
}
