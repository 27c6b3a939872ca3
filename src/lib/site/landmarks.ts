/**
 * The entries the site's own templates link to by name, rather than content linking to them: the
 * flagship guide, the guide on reversing fillers, the myth on units, the definition of "off-label" and
 * the emergencies guide. Routes and components reach them through here, never by a written id or URL,
 * and the content linter (lintCorpus) fails when one is missing or still a draft.
 */
import { urlForKey, type EntryKey } from './urls.ts';

export const LANDMARKS = {
	/** The home page's and the class comparison's "read the full comparison". */
	flagshipGuide: 'guides/botox-vs-fillers',
	/** What can be dissolved: linked from every comparison with a filler in it. */
	reversingFillers: 'guides/reversing-fillers',
	/** Why units differ between brands: linked from every two-brand comparison. */
	unitsMyth: 'myths/units-are-the-same-across-brands',
	/** The definition of "off-label", linked wherever a page says a use is not approved. */
	offLabel: 'glossary/off-label',
	/** Side effects and emergencies: the header's and the emergency cards' link. */
	emergencies: 'guides/side-effects-and-emergencies',
} as const satisfies Record<string, EntryKey>;

export type Landmark = keyof typeof LANDMARKS;

/** The URL of a landmark entry. */
export const landmarkUrl = (name: Landmark): string => urlForKey(LANDMARKS[name]);
