/**
 * The golden set: queries readers type and the page that must come first for each. Data only, read by
 * tests/e2e/search-golden.spec.ts (all queries in one page, each failure reported by name). Add a line to
 * add a check; when a new kind of page joins search (products, say), add its queries here.
 */
export interface Golden {
	query: string;
	/**
	 * The URL of the result that must be first, or for a brand family with pages of its own (Juvéderm is a
	 * material's brand and the name of several products) the URLs any of which may be first.
	 */
	first: string | readonly string[];
}

const g = (query: string, first: string | readonly string[]): Golden => ({ query, first });
/** Right first for a family name: the material page or any product of the family. */
const family = (material: string, productPrefix: string, products: readonly string[]) => [
	material,
	...products.filter((p) => p.startsWith(productPrefix)).map((p) => `/products/${p}/`),
];
const PRODUCTS = ['juvederm-ultra-xc', 'juvederm-volbella-xc', 'juvederm-vollure-xc', 'juvederm-voluma-xc', 'juvederm-volux-xc'];

const BOTOX = '/neuromodulators/botox-cosmetic/';
const DYSPORT = '/neuromodulators/dysport/';
const XEOMIN = '/neuromodulators/xeomin/';
const HA = '/fillers/hyaluronic-acid/';
const CAHA = '/fillers/calcium-hydroxylapatite/';
const PLLA = '/fillers/poly-l-lactic-acid/';
const SIDE_EFFECTS = '/guides/side-effects-and-emergencies/';
const PREGNANCY = '/myths/botox-is-safe-in-pregnancy/';
const REVERSING = '/guides/reversing-fillers/';
const COST = '/guides/cost-and-frequency/';

/** "A vs B" queries: the comparison page of the two must be first. */
export const VERSUS: Golden[] = [
	g('botox vs dysport', '/compare/botox-cosmetic-vs-dysport/'),
	g('dysport vs botox', '/compare/botox-cosmetic-vs-dysport/'),
	g('xeomin vs botox', '/compare/botox-cosmetic-vs-xeomin/'),
	g('sculptra vs radiesse', '/compare/calcium-hydroxylapatite-vs-poly-l-lactic-acid/'),
	g('radiesse vs juvederm', '/compare/calcium-hydroxylapatite-vs-hyaluronic-acid/'),
	g('daxxify vs botox', '/compare/botox-cosmetic-vs-daxxify/'),
	g('jeuveau vs dysport', '/compare/dysport-vs-jeuveau/'),
	g('letybo vs xeomin', '/compare/letybo-vs-xeomin/'),
	g('botox or dysport', '/compare/botox-cosmetic-vs-dysport/'),
	g('dysport versus xeomin', '/compare/dysport-vs-xeomin/'),
	g('bellafill vs sculptra', '/compare/bellafill-vs-sculptra-aesthetic/'),
	g('fat transfer vs hyaluronic acid', '/compare/autologous-fat-vs-hyaluronic-acid/'),
	g('botox vs juvederm', '/compare/botox-cosmetic-vs-hyaluronic-acid/'),
	g('restylane vs sculptra', '/compare/hyaluronic-acid-vs-poly-l-lactic-acid/'),
	g('daxify vs dysport', '/compare/daxxify-vs-dysport/'),
	g('Jeuveau vs. Xeomin', '/compare/jeuveau-vs-xeomin/'),
	g('radiesse vs fat transfer', '/compare/autologous-fat-vs-calcium-hydroxylapatite/'),
	g('zeomin vs dysport', '/compare/dysport-vs-xeomin/'),
	g('jeuveau or botox', '/compare/botox-cosmetic-vs-jeuveau/'),
	g('voluma vs restylane lyft', '/compare/juvederm-voluma-xc-vs-restylane-lyft/'),
	g('kysse vs volbella', '/compare/juvederm-volbella-xc-vs-restylane-kysse/'),
	g('rha 4 vs voluma', '/compare/juvederm-voluma-xc-vs-rha-4/'),
];

export const GOLDEN: Golden[] = [
	// Brands and their misspellings
	g('botox', BOTOX),
	g('botoks', BOTOX),
	g('Botox Cosmetic', BOTOX),
	g('dysport', DYSPORT),
	g('disport', DYSPORT),
	g('dysprot', DYSPORT),
	g('xeomin', XEOMIN),
	g('zeomin', XEOMIN),
	g('xiomen', XEOMIN),
	g('jeuveau', '/neuromodulators/jeuveau/'),
	g('newtox', '/neuromodulators/jeuveau/'),
	g('daxxify', '/neuromodulators/daxxify/'),
	g('daxify', '/neuromodulators/daxxify/'),
	g('letybo', '/neuromodulators/letybo/'),
	// Filler materials, product families and misspellings
	g('juvederm', family(HA, 'juvederm-', PRODUCTS)),
	g('Juvéderm', family(HA, 'juvederm-', PRODUCTS)),
	g('juvaderm', HA),
	g('restylane', '/products/restylane/'),
	g('restalyne', HA),
	g('restilane', '/products/restylane/'),
	g('hyaluronic acid filler', HA),
	g('radiesse', [CAHA, '/products/radiesse/']),
	g('radiese', [CAHA, '/products/radiesse/']),
	g('sculptra', [PLLA, '/products/sculptra-aesthetic/']),
	g('sculptura', PLLA),
	g('bellafill', '/products/bellafill/'),
	g('permanent filler', '/fillers/pmma/'),
	g('fat transfer', '/fillers/autologous-fat/'),
	// Areas, by their medical and everyday names
	g('smile lines', '/areas/nasolabial-folds/'),
	g('laugh lines', '/areas/nasolabial-folds/'),
	g('11 lines', '/areas/frown-lines/'),
	g('11s', '/areas/frown-lines/'),
	g('frown lines', '/areas/frown-lines/'),
	g('crows feet', '/areas/crows-feet/'),
	g("crow's feet botox", '/areas/crows-feet/'),
	g('forehead lines', '/areas/forehead-lines/'),
	g('turkey neck', '/areas/neck-bands/'),
	g('lip filler', '/areas/lips/'),
	g('lip filer', '/areas/lips/'),
	g('lip flip', '/areas/lips/'),
	g('tear trough filler', '/areas/under-eye-hollows/'),
	g('under eye filler', '/areas/under-eye-hollows/'),
	g('cheek filler', '/areas/cheeks/'),
	g('jawline filler', '/areas/jawline/'),
	g('chin filler', '/areas/chin/'),
	g('marionette lines', '/areas/marionette-lines/'),
	g('teeth grinding', '/areas/masseter/'),
	g('gummy smile', '/areas/gummy-smile/'),
	g('bunny lines', '/areas/bunny-lines/'),
	g('temple filler', '/areas/temples/'),
	g('excessive sweating', '/areas/underarm-sweating/'),
	g('smokers lines', '/areas/lip-lines/'),
	// Questions
	g('how long does lip filler last', '/areas/lips/'),
	g('how long does botox last', BOTOX),
	g('how long do fillers last', '/guides/how-fillers-work/'),
	g('how long does botox take to work', '/guides/what-to-expect/'),
	g('can filler be dissolved', REVERSING),
	g('dissolve filler', REVERSING),
	g('dissolv filer', REVERSING),
	g('can I get botox while breastfeeding', PREGNANCY),
	g('botox while pregnant', PREGNANCY),
	g('pregnant', PREGNANCY),
	g('pregnat', PREGNANCY),
	g('is botox safe', '/myths/botox-is-a-dangerous-poison/'),
	g('is botox poison', '/myths/botox-is-a-dangerous-poison/'),
	g('does botox freeze your face', '/myths/botox-freezes-your-face/'),
	g('what happens if you stop botox', '/myths/stopping-makes-wrinkles-worse/'),
	g('are fillers permanent', '/myths/results-are-permanent/'),
	g('botox not working anymore', '/guides/how-neuromodulators-work/'),
	g('how does botox work', '/guides/how-neuromodulators-work/'),
	g('who should not get botox', '/guides/who-should-avoid-injectables/'),
	g('can I exercise after botox', '/guides/aftercare/'),
	g('botox and filler same day', '/guides/combining-treatments/'),
	g('questions to ask injector', '/guides/consultation-questions/'),
	g('botox for migraine', '/guides/medical-uses-of-botulinum-toxin/'),
	g('baby botox', '/guides/preventive-treatment/'),
	// Side effects and emergencies
	g('botox side effects', SIDE_EFFECTS),
	g('filler side effects', SIDE_EFFECTS),
	g('droopy eyelid after botox', SIDE_EFFECTS),
	g('filler went white', SIDE_EFFECTS),
	g('blocked blood vessel after filler', SIDE_EFFECTS),
	// Costs
	g('botox cost', COST),
	g('how much is lip filler', COST),
	g('botox price per unit', COST),
	// Glossary terms
	g('ptosis', '/glossary/#ptosis'),
	g('tyndall effect', '/glossary/#tyndall-effect'),
	g('vascular occlusion', '/glossary/#vascular-occlusion'),
	g('acetylcholine', '/glossary/#acetylcholine'),
	g('hyaluronidase', '/glossary/#hyaluronidase'),
	g('off-label', '/glossary/#off-label'),
	g('lidocaine', '/glossary/#lidocaine'),
	g('botulism', '/glossary/#botulism'),
	// More of what readers type
	g('how long does dysport last', DYSPORT),
	g('how long does sculptra last', PLLA),
	g('jeuveau side effects', '/neuromodulators/jeuveau/'),
	g('jaw slimming', '/areas/masseter/'),
	g('under eye bags', '/areas/under-eye-hollows/'),
	g('elevens', '/areas/frown-lines/'),
	g('fake botox', '/guides/choosing-an-injector/'),
	g('hyperhidrosis', '/glossary/#hyperhidrosis'),
	g('what is a neuromodulator', '/glossary/#neuromodulator'),
	g('blue under eyes after filler', '/glossary/#tyndall-effect'),
	// Guides by name
	g('aftercare', '/guides/aftercare/'),
	g('choosing an injector', '/guides/choosing-an-injector/'),
	g('botox vs fillers', '/guides/botox-vs-fillers/'),
	...VERSUS,
	g('voluma', '/products/juvederm-voluma-xc/'),
	g('restylane kysse', '/products/restylane-kysse/'),
	g('rha 4', '/products/rha-4/'),
	g('volux', '/products/juvederm-volux-xc/'),
	g('belotero', '/products/belotero-balance-plus/'),
	g('juvederm ultra plus xc', '/products/juvederm-ultra-plus-xc/'),
	g('juvaderm ultra plus', '/products/juvederm-ultra-plus-xc/'),
	g('restylane-l', '/products/restylane-l/'),
	g('restalyne l', '/products/restylane-l/'),
	g('ultra plus vs ultra xc', '/compare/juvederm-ultra-plus-xc-vs-juvederm-ultra-xc/'),
];
