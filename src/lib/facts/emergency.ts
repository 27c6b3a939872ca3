/**
 * What the emergency care cards say: which signs need which response, how urgently, and which number to
 * call. Typed once here and rendered by one component (src/components/safety/EmergencyCard.astro), so the
 * side-effects guide, every brand and filler page, aftercare and what-to-expect all say the same thing.
 *
 * The tiers follow the labels and the CDC: the Botox Cosmetic Medication Guide says to get medical help
 * right away for trouble swallowing, speaking or breathing and for signs of spread (including loss of
 * bladder control); the CDC advises immediate care for botulism-like signs after injections of counterfeit
 * product or by unlicensed people; the FDA filler safety communication names vision change, stroke signs,
 * blanching and unusual pain as reasons for prompt care. Pure data: no `astro:*` imports.
 */
import { landmarkUrl } from '../site/landmarks.ts';

/** An emergency telephone number and where it applies. */
export interface EmergencyNumber {
	number: string;
	where: string;
}

/** The numbers every card shows, in this order. */
export const EMERGENCY_NUMBERS: readonly EmergencyNumber[] = [
	{ number: '911', where: 'US and Canada' },
	{ number: '999', where: 'UK' },
	{ number: '112', where: 'EU' },
	{ number: '000', where: 'Australia' },
];

/** How urgently to act, from most to least urgent. Decides the wording and colour of a tier. */
export type Urgency = 'call-now' | 'within-minutes' | 'same-day';

/** One group of signs that share a response. */
export interface EmergencyTier {
	urgency: Urgency;
	/** What to do, as one short instruction. */
	action: string;
	/** The signs, each a short phrase. */
	signs: readonly string[];
	/** Ids in src/content/sources/ that support this tier. */
	sources: readonly string[];
}

/** The kinds of card: after toxin, after filler, or both (guides about either). */
export type EmergencyVariant = 'toxin' | 'filler' | 'general';

export interface EmergencyCardContent {
	title: string;
	tiers: readonly EmergencyTier[];
}

const ALLERGY_SIGNS = ['A severe allergic reaction: swelling of the lips, tongue or throat, wheezing, spreading hives, feeling faint'];

const TOXIN_TIERS: readonly EmergencyTier[] = [
	{
		urgency: 'call-now',
		action: 'Call now if, hours to weeks after a toxin injection, you have',
		signs: [
			'Trouble swallowing, speaking or breathing',
			'Weakness spreading beyond the treated area, or loss of bladder control',
			...ALLERGY_SIGNS,
			'Any vision change or drooping eyelid after an unlicensed product or injector',
		],
		sources: ['fda-label-botox-cosmetic', 'cdc-han-counterfeit-botulinum-toxin'],
	},
	{
		urgency: 'same-day',
		action: 'Get a medical review the same day, even if it is the only sign, for',
		signs: ['Double or blurred vision', 'A new drooping eyelid'],
		sources: ['fda-label-botox-cosmetic'],
	},
];

const FILLER_TIERS: readonly EmergencyTier[] = [
	{
		urgency: 'call-now',
		action: 'Call now if, after filler, you have',
		signs: [
			'Any change in or loss of vision, or eye pain',
			'Signs of a stroke: a drooping face, arm weakness, slurred speech, confusion',
			...ALLERGY_SIGNS,
		],
		sources: ['fda-filler-blood-vessel-safety-communication', 'fda-dermal-fillers'],
	},
	{
		urgency: 'within-minutes',
		action: 'Call your injector within minutes, or go to emergency care if you cannot reach them, if',
		signs: ['Skin near the injection turns white, grey-blue, dusky or blotchy like a net', 'Pain is severe or keeps getting worse'],
		sources: ['fda-filler-blood-vessel-safety-communication', 'jcad-vascular-occlusion'],
	},
];

/**
 * Signs written as one sentence ("double or blurred vision; a new drooping eyelid."): each sign after the
 * action's colon starts in lower case, as every sign here starts with a common word.
 */
export function signsInSentence(signs: readonly string[]): string {
	return `${signs.map((s) => s.charAt(0).toLowerCase() + s.slice(1)).join('; ')}.`;
}

/** Every card's content, by variant. */
export const EMERGENCY_CARDS: Record<EmergencyVariant, EmergencyCardContent> = {
	toxin: { title: 'Emergency signs after a toxin injection', tiers: TOXIN_TIERS },
	filler: { title: 'Emergency signs after filler: a blocked blood vessel', tiers: FILLER_TIERS },
	general: {
		title: 'Emergency signs after Botox or filler',
		tiers: [
			{ ...TOXIN_TIERS[0]!, action: 'Call now if, hours to weeks after a toxin injection, you have' },
			{ ...FILLER_TIERS[0]!, action: 'Call now if, after filler, you have', signs: FILLER_TIERS[0]!.signs.slice(0, 2) },
			FILLER_TIERS[1]!,
			{ ...TOXIN_TIERS[1]!, action: 'After toxin, get a medical review the same day, even if it is the only sign, for' },
		],
	},
};

/** The guides that carry a card under their H1, and which one. */
export const GUIDE_CARDS: Readonly<Record<string, EmergencyVariant>> = {
	'side-effects-and-emergencies': 'general',
	aftercare: 'general',
	'what-to-expect': 'general',
};

/** The id of the card's element: the target of the site-wide "Emergency help" link. */
export const EMERGENCY_ANCHOR = 'emergency-help';

/** Where the site-wide "Emergency help" link goes: the card at the top of the side-effects guide. */
export const EMERGENCY_HREF = `${landmarkUrl('emergencies')}#${EMERGENCY_ANCHOR}`;

/** Every source id the cards cite, so a test can check each one exists. */
export const emergencySources = (): string[] =>
	[...new Set(Object.values(EMERGENCY_CARDS).flatMap((c) => c.tiers.flatMap((t) => t.sources)))].sort();
