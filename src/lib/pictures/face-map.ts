/**
 * Geometry and colour coding of the face map. The drawing follows the data: each area's `map: {x, y}`
 * (percent of the map's width and height) places its marker, and what treats the area (derived from
 * brand and filler data) picks its colour and shape.
 */
import type { treatmentKind } from '../facts/treatments.ts';
import { shortTitle } from '../text/titles.ts';

/** neuromodulator, filler, both or none: what treats an area. */
export type MapKind = ReturnType<typeof treatmentKind>;

/** The face drawing's coordinate system (SVG viewBox units). */
export const MAP_SIZE = { width: 240, height: 300 } as const;

/** Marker radius in viewBox units: big enough to hit with a finger when the map is phone-width. */
export const MARKER_RADIUS = 9;

/**
 * Each kind has its own shape as well as its own colour, so the legend never relies on colour alone.
 * `className` picks the colour in the component's stylesheet.
 */
export const KIND_STYLE: Record<MapKind, { shape: 'circle' | 'square' | 'diamond' | 'ring'; className: string; label: string }> = {
	neuromodulator: { shape: 'circle', className: 'k-toxin', label: 'Neuromodulator' },
	filler: { shape: 'square', className: 'k-filler', label: 'Filler' },
	both: { shape: 'diamond', className: 'k-both', label: 'Neuromodulator or filler' },
	none: { shape: 'ring', className: 'k-none', label: 'No product listed for it yet' },
};

export interface MapArea {
	id: string;
	title: string;
	url: string;
	map?: { x: number; y: number } | undefined;
	kind: MapKind;
}

export interface Marker {
	id: string;
	/** 1-based number shown in the marker and in the key, in reading order (top to bottom, left to right). */
	number: number;
	name: string;
	url: string;
	kind: MapKind;
	cx: number;
	cy: number;
	/** SVG path of the marker's shape. */
	d: string;
	/** The link's accessible name, e.g. "4. Frown lines: neuromodulator or filler". */
	label: string;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The path of a marker shape of radius r centred on (cx, cy). */
export function shapePath(shape: (typeof KIND_STYLE)[MapKind]['shape'], cx: number, cy: number, r = MARKER_RADIUS): string {
	const [x, y] = [round(cx), round(cy)];
	switch (shape) {
		case 'square': {
			const s = round(r * 0.9);
			return `M${round(x - s)} ${round(y - s)}h${2 * s}v${2 * s}h${-2 * s}z`;
		}
		case 'diamond': {
			const s = round(r * 1.25);
			return `M${x} ${round(y - s)}l${s} ${s}l${-s} ${s}l${-s} ${-s}z`;
		}
		default:
			// A circle (filled, or hollow for a ring) as two arcs, so every shape is one <path>.
			return `M${round(x - r)} ${y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0z`;
	}
}

/** Where a map position lands in the drawing. */
export const toPoint = (map: { x: number; y: number }) => ({
	cx: round((map.x / 100) * MAP_SIZE.width),
	cy: round((map.y / 100) * MAP_SIZE.height),
});

/** The areas placed on the map (numbered in reading order) and those without a position. */
export function layoutFaceMap(areas: readonly MapArea[]): { markers: Marker[]; unplaced: MapArea[] } {
	const placed = areas
		.filter((a): a is MapArea & { map: { x: number; y: number } } => a.map !== undefined)
		.map((a) => ({ area: a, ...toPoint(a.map) }))
		.sort((a, b) => a.cy - b.cy || a.cx - b.cx || a.area.id.localeCompare(b.area.id));
	const markers = placed.map(({ area, cx, cy }, i): Marker => {
		const style = KIND_STYLE[area.kind];
		const name = shortTitle(area.title);
		return {
			id: area.id,
			number: i + 1,
			name,
			url: area.url,
			kind: area.kind,
			cx,
			cy,
			d: shapePath(style.shape, cx, cy),
			// The visible number starts the name, so speech users can say what they see (WCAG 2.5.3).
			label: `${i + 1}. ${name}: ${style.label.toLowerCase()}`,
		};
	});
	return { markers, unplaced: areas.filter((a) => a.map === undefined) };
}

/**
 * Pairs of markers drawn so close that they overlap and cannot be told apart or tapped. The content
 * linter refuses such a pair, naming both areas (crowdedAreas), so an editor moves one of them; the map
 * checks again when it renders.
 */
export function crowdedPairs(
	markers: ReadonlyArray<{ id: string; cx: number; cy: number }>,
	minDistance = 2 * MARKER_RADIUS,
): Array<[string, string]> {
	const pairs: Array<[string, string]> = [];
	markers.forEach((a, i) =>
		markers.slice(i + 1).forEach((b) => {
			if (Math.hypot(a.cx - b.cx, a.cy - b.cy) < minDistance) pairs.push([a.id, b.id]);
		}),
	);
	return pairs;
}

/** Pairs of areas whose map positions would draw overlapping markers, by id (the content linter's rule). */
export function crowdedAreas(areas: ReadonlyArray<{ id: string; map: { x: number; y: number } }>): Array<[string, string]> {
	return crowdedPairs(areas.map((a) => ({ id: a.id, ...toPoint(a.map) })));
}
