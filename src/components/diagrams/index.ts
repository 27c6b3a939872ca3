/** The hand-drawn diagrams <Diagram name="..."> can place, by name. */
import FillerFold from './FillerFold.astro';
import NerveSignal from './NerveSignal.astro';
import OcclusionSigns from './OcclusionSigns.astro';

export const DIAGRAMS = {
	'nerve-signal': NerveSignal,
	'filler-fold': FillerFold,
	'occlusion-signs': OcclusionSigns,
} as const;
export type DiagramName = keyof typeof DIAGRAMS;
