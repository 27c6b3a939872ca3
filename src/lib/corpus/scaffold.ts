/**
 * `npm run new -- <collection> <id>`: the pure part. Checks the request (known collection, valid and
 * unused id) and writes the text of a new entry from a template that passes the schemas as it is.
 *
 * Every template starts as `draft: true`, so a half-written entry never reaches the site, and marks
 * every place the editor must still write with the word TODO; the content linter refuses a published
 * entry that still contains it (see PLACEHOLDER in corpus-rules.ts). Schemas need real source ids, so
 * page templates cite one existing source as a stand-in, with a comment saying to replace it.
 */
import { SLUG_PATTERN } from '../../schemas/fragments.ts';
import { COLLECTION_FILES, COLLECTIONS, KINDS, kindOf, type CollectionName, type PageCollection } from '../site/kinds.ts';
import { closestId } from './graph.ts';
import { isoDay } from '../text/format.ts';
import { MIN_SOURCES, PLACEHOLDER } from './corpus-rules.ts';
import { PMA_PLACEHOLDER } from '../../schemas/product.ts';

/** How long after today a new entry is due for review. Shorten it by hand for fast-moving topics. */
export const REVIEW_INTERVAL_MONTHS = 12;

/** Everything a template needs besides the id; injected so tests are deterministic. */
export interface ScaffoldContext {
	today: Date;
	/** An existing source id that page templates cite until the editor replaces it. */
	placeholderSource?: string | undefined;
	/** An existing filler material and area that a product template names until the editor replaces them. */
	placeholderMaterial?: string | undefined;
	placeholderArea?: string | undefined;
}

export type ScaffoldCheck = { ok: true; collection: CollectionName; id: string } | { ok: false; reason: string };

/** Common names editors use for a collection, mapped to its real name (the registry's scaffold aliases). */
const COLLECTION_HINTS: Record<string, CollectionName> = Object.fromEntries(
	COLLECTIONS.flatMap((c) => KINDS[c].scaffold.aliases.map((alias) => [alias, c])),
);

/** "Lip Flip (Botox)" -> "lip-flip-botox": lower case ASCII words joined by hyphens. */
export function slugify(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** "tear-troughs" -> "Tear troughs": a starting title the editor will usually rewrite. */
export function titleFromId(id: string): string {
	const words = id.replace(/-/g, ' ');
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The same calendar day `months` later (UTC); a day that does not exist rolls into the next month. */
export function addMonths(date: Date, months: number): Date {
	return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, date.getUTCDate()));
}

/**
 * Checks `npm run new` arguments against the ids that exist, per collection. Refuses with a reason an
 * editor can act on: the usage, an unknown collection (with the closest name), an id that is not a slug
 * (with its slugified form), or an id already taken.
 */
export function checkRequest(
	args: readonly string[],
	existing: Readonly<Partial<Record<CollectionName, ReadonlySet<string>>>>,
): ScaffoldCheck {
	const [collectionArg, id, ...extra] = args;
	if (!collectionArg || !id || extra.length > 0) {
		return {
			ok: false,
			reason: `usage: npm run new -- <collection> <id>, e.g. npm run new -- areas tear-troughs. Collections: ${COLLECTIONS.join(', ')}`,
		};
	}
	if (!(COLLECTIONS as readonly string[]).includes(collectionArg)) {
		const guess = COLLECTION_HINTS[collectionArg.toLowerCase()] ?? closestId(collectionArg.toLowerCase(), COLLECTIONS);
		return {
			ok: false,
			reason: `unknown collection "${collectionArg}"${guess ? `; did you mean "${guess}"?` : ''} Collections: ${COLLECTIONS.join(', ')}`,
		};
	}
	const collection = collectionArg as CollectionName;
	if (!SLUG_PATTERN.test(id)) {
		const slug = slugify(id);
		return {
			ok: false,
			reason:
				`"${id}" is not a valid id: use lower-case letters and digits joined by single hyphens (it becomes the file name and the URL)` +
				(slug ? `; try "${slug}"` : ''),
		};
	}
	if (collection === 'product-pairs') {
		const [a, b, ...rest] = id.split('-vs-');
		const products = existing.products ?? new Set<string>();
		if (!a || !b || rest.length > 0)
			return {
				ok: false,
				reason: `a product comparison's id is two product ids joined by -vs-, e.g. juvederm-voluma-xc-vs-sculptra-aesthetic`,
			};
		for (const side of [a, b]) {
			if (!products.has(side)) {
				const guess = closestId(side, products);
				return {
					ok: false,
					reason: `"${side}" is not a product in src/content/products/${guess ? `; did you mean "${guess}"?` : ''} Create it first with npm run new -- products ${side}`,
				};
			}
		}
		if (a >= b) return { ok: false, reason: `write the two product ids in alphabetical order: ${b}-vs-${a}` };
	}
	if (existing[collection]?.has(id)) {
		return { ok: false, reason: `${collection}/${id} already exists: edit src/content/${collection}/ instead, or choose another id` };
	}
	return { ok: true, collection, id };
}

/** The file a new entry is written to, relative to the content folder. */
export const entryFile = (collection: CollectionName, id: string) => `${collection}/${id}.${COLLECTION_FILES[collection]}`;

/** What the editor does after `npm run new`, printed under the path. */
export function nextSteps(collection: CollectionName, path: string): string[] {
	const steps = [
		`Open ${path} and replace every ${PLACEHOLDER}; the comments and AUTHORING.md explain each field.`,
		collection === 'product-pairs'
			? 'Check that both products exist (a and b are ids in src/content/products/) and cite what the paragraph relies on.'
			: COLLECTION_FILES[collection] === 'mdx'
				? 'Replace the stand-in source with the real ones, cite each claim with <Cite id> and list it in sources.'
				: collection === 'sources'
					? "Cite the source from a page: <Cite id> in its body and its id in that page's sources."
					: 'Link the term from a page where it appears: <Term id="...">words</Term>.',
		'Preview with npm run dev, and check with npm run lint:content (its warnings are what remains before publishing).',
		'Set draft: false when it is ready, then run npm run lint:content again.',
	];
	return steps.map((s, i) => `${i + 1}. ${s}`);
}

/** Collections whose entries are MDX pages with the shared page fields. */
type PageKind = PageCollection;

/** The frontmatter every page entry shares, commented. */
function pageHead(collection: CollectionName, id: string, source: string, ctx: ScaffoldContext, titleHint: string): string {
	const today = isoDay(ctx.today);
	const min = MIN_SOURCES[collection] ?? 1;
	return `# New ${collection} entry, created by npm run new on ${today}. AUTHORING.md explains every field.
# Replace every ${PLACEHOLDER}, replace the stand-in source "${source}" with the real ones, then set draft: false.
# ${titleHint}
${collection === 'myths' ? 'claim' : 'title'}: ${titleFromId(id)}
# 50-160 characters: the text search engines and link previews show.
description: ${PLACEHOLDER} one or two sentences saying what question this page answers for a reader.
# The answer first, in 2-3 plain sentences a reader could stop at (shown in the summary box).
summary: ${PLACEHOLDER} the short answer in two or three plain sentences a reader could stop at.
# Ids of files in src/content/sources/, numbered in this order; a ${collection} page needs at least ${min}.
sources:
  - ${source} # stand-in so the draft validates: replace it with the real sources
# Words readers type for this page (misspellings, lay terms); search uses them. e.g. [botox, botx]
aliases: []
# Hand-picked related pages written collection/id, e.g. [guides/botox-vs-fillers, areas/lips].
related: []
# true keeps the entry out of the site; set false when it is written, cited and reviewed.
draft: true
# When every fact was last checked against its sources, and when to check again (must be later).
lastReviewed: ${today}
nextReview: ${isoDay(addMonths(ctx.today, REVIEW_INTERVAL_MONTHS))}
`;
}

/** The commented MDX body every page template starts with. */
function body(source: string, sections: readonly string[]): string {
	return `{/*
  The body, in MDX. Start with the answer; use ## headings (they build the table of contents).
  Components that work without an import (AUTHORING.md has the details):
    <Cite id="source-id" />                               cite the sentence before it; the id must be in sources
    <Term id="glossary-id">words</Term>                   link a glossary term on its first use
    <EntryLink to="areas/lips">lip filler</EntryLink>     link another entry
    <Fact of="neuromodulators/botox-cosmetic" field="duration" />   a number from data: never retype it
    <Callout kind="note">...</Callout>                    kind is note, warning or emergency
  Comments like this one are not shown on the site.
*/}

${sections.map((s) => `## ${s}\n\n${PLACEHOLDER} write this section and cite each claim.<Cite id="${source}" />`).join('\n\n')}
`;
}

/** The four label-safety fields of a brand or filler template (src/schemas/safety.ts), with a first warning of `kind`. */
const labelSafety = (
	source: string,
	kind: string,
) => `# The label's safety, each statement in plain words with its source (usually the label).
# Who must not be treated (the label's contraindications).
contraindications:
  - { text: ${PLACEHOLDER} who must not be treated, source: ${source} }
# The label's warnings; kind is one of: distant-spread, allergic-reaction, swallowing-breathing, heart-disease,
# neuromuscular-disorder, eye, driving-machinery, vessel-occlusion, infection, nodules-granulomas,
# scarring-pigment, other.
warnings:
  - { kind: ${kind}, text: ${PLACEHOLDER} the warning in plain words, source: ${source} }
# Medicines the label says interact; write interactions: [] only if the label names none.
interactions:
  - { text: ${PLACEHOLDER} the interacting medicine and its effect, source: ${source} }
pregnancyAndBreastfeeding:
  pregnancy: { text: ${PLACEHOLDER} what the label says about pregnancy, source: ${source} }
  breastfeeding: { text: ${PLACEHOLDER} what the label says about breastfeeding, source: ${source} }
`;

/** The collection-specific frontmatter of each page template. */
const PAGE_FIELDS: Record<PageKind, (source: string, today: string, ctx: ScaffoldContext) => string> = {
	neuromodulators: (source, today) => `# The nonproprietary name on the label.
genericName: ${PLACEHOLDER} nonproprietary name, e.g. onabotulinumtoxinA
manufacturer: ${PLACEHOLDER} the company that holds the US licence
# Names the same product is sold under elsewhere, e.g. - { name: Vistabel, where: UK and much of Europe }
otherNames: []
# Every FDA approval, oldest first. use is aesthetic or medical; area (an area id) and doseUnits
# (20, or { min: 26, max: 36 }) are optional.
approvals:
  - date: ${today} # ${PLACEHOLDER}: the approval date, YYYY-MM-DD
    indication: ${PLACEHOLDER} what it was approved to treat
    use: aesthetic
    source: ${source}
# What is in the vial besides the toxin, with its source (usually the label).
formulation:
  complexingProteins: false
  humanAlbumin: true
  traits: [${PLACEHOLDER} storage or other traits a reader should know]
  source: ${source}
# Optional: when the effect is first seen, only if a label or checkable trial states it.
# onset: { min: 1, max: 2, unit: days, source: ${source} }
# How long the effect lasts (months or weeks); delete the note once the numbers match the source.
duration: { min: 3, max: 4, unit: months, source: ${source}, note: ${PLACEHOLDER} check against the source }
# Optional: the label's cap on total units per period. doseLimit: { units: 400, months: 3, source: ${source} }
# Area ids where it is used without FDA approval (off-label).
offLabelAreas: []
# The boxed warning in plain words (at least 40 characters).
boxedWarning: ${PLACEHOLDER} the boxed warning in plain words, as the label states it.
${labelSafety(source, 'distant-spread')}`,
	fillers: (source) => `# The abbreviation readers meet, e.g. HA or CaHA.
shortName: ${PLACEHOLDER}
# temporary | biostimulator | permanent | autologous
fillerClass: temporary
# volume | biostimulation | both
mechanism: volume
# true only if an injection can dissolve it (hyaluronic acid).
reversible: false
reversal: ${PLACEHOLDER} how it can be reversed or corrected
# How long results last (months or years); delete the note once the numbers match the source.
duration: { min: 6, max: 12, unit: months, source: ${source}, note: ${PLACEHOLDER} check against the source }
# Main product families and their makers.
products:
  - { family: ${PLACEHOLDER} product family, maker: ${PLACEHOLDER} maker }
fdaStatus: ${PLACEHOLDER} the FDA status in plain words
# FDA-approved uses, e.g. - { indication: Lip augmentation, year: 2011, area: lips, source: ${source} }
approvals: []
# Area ids where it is used without FDA approval (off-label).
offLabelAreas: []
${labelSafety(source, 'vessel-occlusion')}# 1-4 short phrases, the common risks first and the most serious last, with the sources that state them.
# Comparison pages and tables show them.
mainRisks:
  items:
    - ${PLACEHOLDER} the most common risk
  sources: [${source}]
`,
	products: (source, today, ctx) => `# The company that holds the approval, as readers know it.
maker: ${PLACEHOLDER} e.g. Allergan Aesthetics (an AbbVie company)
# The filler material: an id in src/content/fillers/ (hyaluronic-acid, calcium-hydroxylapatite, ...).
material: ${ctx.placeholderMaterial ?? 'hyaluronic-acid'}
# The original PMA number: "P" and six digits, e.g. P110033 (supplements go on each approval).
pma: ${PMA_PLACEHOLDER} # ${PLACEHOLDER}: the real PMA number from the FDA PMA database
# marketed | discontinued. A discontinued product also needs
# discontinued: { text: who stopped selling it and when, source: <the source that says so> }
# and may leave out interactions and pregnancyAndBreastfeeding (it has no current US label).
status: marketed
# Whether the product contains lidocaine.
lidocaine: true
# Each FDA-approved indication, oldest first: the decision date of the PMA or its supplement
# (supplement: S020, optional), the area ids it covers, the label's minimum age and the FDA record.
approvals:
  - indication: ${PLACEHOLDER} the approved use in plain words
    date: ${today} # ${PLACEHOLDER}: the decision date, YYYY-MM-DD
    areas: [${ctx.placeholderArea ?? 'cheeks'}]
    minimumAge: 21
    source: ${source}
# Optional: how long results lasted in the label's pivotal study, in the label's words.
# labelDuration: { text: up to 24 months in the cheek, months: 24, area: cheeks, source: ${source} }
# Optional: names used in other countries. e.g. - { name: Juvéderm Voluma with Lidocaine, where: Europe }
otherNames: []
# Safety, read from the label, each statement with its source (src/schemas/safety.ts).
contraindications:
  - { text: ${PLACEHOLDER} who must not be treated, source: ${source} }
# kind: distant-spread, allergic-reaction, swallowing-breathing, heart-disease, neuromuscular-disorder,
# eye, driving-machinery, vessel-occlusion, infection, nodules-granulomas, scarring-pigment or other
warnings:
  - { kind: vessel-occlusion, text: ${PLACEHOLDER} the label's warning in plain words, source: ${source} }
# [] if the label names none.
interactions: []
pregnancyAndBreastfeeding:
  pregnancy: { text: ${PLACEHOLDER} what the label says about pregnancy, source: ${source} }
  breastfeeding: { text: ${PLACEHOLDER} what the label says about breastfeeding, source: ${source} }
`,
	areas: () => `# upper-face | mid-face | lower-face | neck | body
region: mid-face
# Any of: dynamic-lines, static-lines, volume-loss, muscle-activity, sweating
causes: [volume-loss]
# Position on the face map in percent of its width (x) and height (y); delete it for areas off the face.
map: { x: 50, y: 50 }
# Which products are approved or used off-label here is not typed on the area: it comes from the
# approvals[].area and offLabelAreas of neuromodulators and fillers.
`,
	guides: () => `# basics | safety | treatment | medical | choosing
category: basics
# 3-6 points a skimming reader should leave with.
keyTakeaways:
  - ${PLACEHOLDER} first point
  - ${PLACEHOLDER} second point
  - ${PLACEHOLDER} third point
# Questions answered at the end of the page, in plain text, e.g. - { question: Does it hurt?, answer: ... }
faq: []
`,
	myths: () => `# How the evidence judges the belief: false | mostly-false | partly-true | true | unproven
verdict: unproven
# The page title is made from the next two fields and the verdict, never from the claim, e.g.
# "Is Botox safe in pregnancy? Not proven: avoid cosmetic use" (at most 60 characters in all).
# The belief as the question a reader asks, ending with "?".
question: ${PLACEHOLDER} the belief as a question?
# A few words that follow the verdict in the title.
answer: ${PLACEHOLDER} a few words
`,
};

/** The template's title hint and body headings, from the registry of page kinds. */
const titleHint = (collection: PageKind): string => kindOf(collection).scaffold.titleHint ?? '';
function sectionsOf(collection: PageKind): readonly string[] {
	const sections = kindOf(collection).scaffold.sections ?? [];
	return sections === 'editor' ? [`${PLACEHOLDER} first heading`, `${PLACEHOLDER} second heading`] : sections;
}

/**
 * The full text of a new entry. Page templates need `placeholderSource` (an existing source id):
 * without one, scaffold a source first.
 */
export function template(collection: CollectionName, id: string, ctx: ScaffoldContext): string {
	const today = isoDay(ctx.today);
	if (collection === 'glossary') {
		return `# New glossary term, created by npm run new on ${today}. AUTHORING.md explains every field.
# Replace every ${PLACEHOLDER}, link the term from a page with <Term id="${id}">words</Term>, then set draft: false.
# The term as a reader would see it written.
term: ${titleFromId(id)}
# Other spellings or names of the same thing; search uses them.
aliases: []
# One to three short plain sentences.
definition: ${PLACEHOLDER} a plain-language definition in one to three short sentences.
# Related glossary ids, e.g. [ptosis].
seeAlso: []
# Source ids, if the definition states a fact beyond common usage.
sources: []
# true keeps the term out of the site; set false once a page links it.
draft: true
`;
	}
	if (collection === 'sources') {
		return `# New source, created by npm run new on ${today}. AUTHORING.md explains every field.
# Replace every ${PLACEHOLDER}, cite it from a page (<Cite id="${id}" /> and the page's sources list),
# then set draft: false.
title: ${PLACEHOLDER} the title as the publisher gives it
publisher: ${PLACEHOLDER} who published it, e.g. U.S. Food and Drug Administration
# label | regulator | review | trial | guideline | society | health-service
kind: review
# A stable https address where a reader can check it.
url: https://example.org/${PLACEHOLDER}
# The year of publication, or of the label revision cited.
year: ${ctx.today.getUTCFullYear()}
# For journal articles: authors: Satriyasa BK, et al.   journal: Clinical, Cosmetic and Investigational Dermatology
# true keeps the source out of the site; set false once a published page cites it.
draft: true
`;
	}
	if (collection === 'product-pairs') {
		const [a, b] = id.split('-vs-');
		return `# New product comparison, created by npm run new on ${today}. AUTHORING.md explains every field.
# The file name is the two product ids in alphabetical order joined by -vs-; the page is /compare/${id}/.
# Replace every ${PLACEHOLDER}, then set draft: false.
a: ${a ?? `${PLACEHOLDER}-first-product-id`}
b: ${b ?? `${PLACEHOLDER}-second-product-id`}
# 2-4 plain sentences, written by us, on what actually differs (the table shows the data). Write dates, PMA
# numbers and ages as tokens filled from the products' data, e.g. {a.approvalMonth:lips} or {b.minimumAge:lips}.
difference: >-
  ${PLACEHOLDER} what actually differs between the two products, in two to four plain sentences a reader can act on.
# Source ids the paragraph relies on.
sources:
  - ${ctx.placeholderSource ?? `${PLACEHOLDER}-source-id`} # stand-in: replace with the real sources
# true keeps the comparison off the site; set false when it is written and checked.
draft: true
lastReviewed: ${today}
nextReview: ${isoDay(addMonths(ctx.today, REVIEW_INTERVAL_MONTHS))}
`;
	}
	const source = ctx.placeholderSource;
	if (!source) throw new Error(`a ${collection} entry must cite a source, and there is none yet: run npm run new -- sources <id> first`);
	return `---
${pageHead(collection, id, source, ctx, titleHint(collection))}${PAGE_FIELDS[collection](source, today, ctx)}---
${body(source, sectionsOf(collection))}`;
}
