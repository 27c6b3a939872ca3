/**
 * Facts rendered into prose by the <Fact> MDX component. Prose never retypes a number: it names the
 * entry and the field, and the value comes from the entry's data.
 */
import { formatRange, type RangeLike } from '../text/format.ts';
import { approvalYear, firstApprovalYear } from './approvals.ts';

export const FACT_FIELDS = [
	'onset',
	'duration',
	'genericName',
	'manufacturer',
	'firstApproved',
	'approvalYear',
	'dose',
	'doseLimit',
	'sessionMax',
] as const;
export type FactField = (typeof FACT_FIELDS)[number];

export interface FactSubject {
	title: string;
	genericName?: string;
	manufacturer?: string;
	onset?: RangeLike;
	duration?: RangeLike;
	doseLimit?: { units: number; months: number } | undefined;
	sessionMax?: { units: number } | undefined;
	approvals?: ReadonlyArray<{
		area?: string | undefined;
		date?: Date;
		year?: number;
		doseUnits?: { min: number; max: number } | undefined;
	}>;
}

/**
 * The display text of one fact. Throws, naming what is missing, when the entry lacks the field or
 * (for approvalYear and dose) has no approval for the area, so a wrong <Fact> fails the build.
 */
export function factText(subject: FactSubject, field: FactField, area?: string): string {
	const missing = (what: string) => new Error(`<Fact field="${field}"${area ? ` area="${area}"` : ''}>: ${subject.title} has no ${what}`);
	switch (field) {
		case 'onset':
		case 'duration': {
			const value = subject[field];
			if (!value) throw missing(field);
			return formatRange(value);
		}
		case 'genericName':
		case 'manufacturer': {
			const value = subject[field];
			if (!value) throw missing(field);
			return value;
		}
		case 'doseLimit': {
			if (!subject.doseLimit) throw missing('dose limit');
			// The labels' caps apply to adults; children's limits are set by weight.
			return `${subject.doseLimit.units} units in any ${subject.doseLimit.months}-month period in adults`;
		}
		case 'sessionMax': {
			if (!subject.sessionMax) throw missing('combined maximum per session');
			return `${subject.sessionMax.units} units`;
		}
		case 'firstApproved': {
			const first = firstApprovalYear(subject.approvals ?? []);
			if (first === undefined) throw missing('approvals');
			return String(first);
		}
		case 'approvalYear':
		case 'dose': {
			if (!area) throw new Error(`<Fact field="${field}"> needs an area="..." attribute`);
			const approval = subject.approvals?.find((a) => a.area === area);
			if (!approval) throw missing(`approval for the area "${area}"`);
			if (field === 'approvalYear') return String(approvalYear(approval));
			if (!approval.doseUnits) throw missing(`labelled dose for the area "${area}"`);
			return formatRange({ ...approval.doseUnits, unit: 'units' });
		}
	}
}
