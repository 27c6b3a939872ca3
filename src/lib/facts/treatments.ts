/**
 * Which products treat an area, derived from brand and filler data so that approval status is typed
 * once, on the product, and every area page agrees with it.
 */
export interface ProductLike {
	id: string;
	title: string;
	approvals: ReadonlyArray<{ area?: string | undefined; indication: string; date?: Date; year?: number }>;
	offLabelAreas: readonly string[];
}

export interface AreaTreatment {
	collection: 'neuromodulators' | 'fillers';
	id: string;
	title: string;
	status: 'approved' | 'off-label';
	/** The approved indication, for approved uses. */
	indication?: string;
	/** The year the use was first approved, for approved uses. */
	year?: number;
}

const yearOf = (a: { date?: Date; year?: number }) => a.year ?? a.date?.getUTCFullYear();

function forCollection(collection: AreaTreatment['collection'], products: readonly ProductLike[], areaId: string): AreaTreatment[] {
	return products.flatMap((p): AreaTreatment[] => {
		const approval = p.approvals.find((a) => a.area === areaId);
		if (approval) {
			const year = yearOf(approval);
			return [{ collection, id: p.id, title: p.title, status: 'approved', indication: approval.indication, ...(year ? { year } : {}) }];
		}
		return p.offLabelAreas.includes(areaId) ? [{ collection, id: p.id, title: p.title, status: 'off-label' }] : [];
	});
}

/** Every product used in the area: approved uses first, then off-label, each alphabetical. */
export function treatmentsForArea(
	areaId: string,
	neuromodulators: readonly ProductLike[],
	fillers: readonly ProductLike[],
): AreaTreatment[] {
	const all = [...forCollection('neuromodulators', neuromodulators, areaId), ...forCollection('fillers', fillers, areaId)];
	const rank = (t: AreaTreatment) => (t.status === 'approved' ? 0 : 1);
	return all.sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title));
}

/** What kind of treatment fits an area: neuromodulator, filler or both (for legends and the face map). */
export function treatmentKind(treatments: readonly AreaTreatment[]): 'neuromodulator' | 'filler' | 'both' | 'none' {
	const toxin = treatments.some((t) => t.collection === 'neuromodulators');
	const filler = treatments.some((t) => t.collection === 'fillers');
	return toxin && filler ? 'both' : toxin ? 'neuromodulator' : filler ? 'filler' : 'none';
}
