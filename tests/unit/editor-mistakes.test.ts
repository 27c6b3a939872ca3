/**
 * Every mistake an editor can make fails validation with a message naming the file, the field (or the
 * missing id) and, where it helps, the line and the fix. The same loader backs `npm run lint:content`
 * and runs before every build.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentFiles } from '../../src/disk/content-files.ts';
import { formatProblems } from '../../src/lib/corpus/graph.ts';
import { copyFixture, edit, write } from './helpers.ts';

/** Applies one mistake to a fresh copy of the fixture and returns the formatted problems. */
function problemsAfter(mistake: (dir: string) => void): string {
	const dir = copyFixture();
	mistake(dir);
	return formatProblems(loadContentFiles(dir, dir).problems);
}

describe('the valid fixture', () => {
	it('has no problems, so each case below fails only for its own mistake', () => {
		const dir = copyFixture();
		expect(loadContentFiles(dir, dir).problems).toEqual([]);
	});
});

describe('editor mistakes', () => {
	it('missing required field', () => {
		const out = problemsAfter((d) => edit(d, 'neuromodulators/brand-one.mdx', /^manufacturer: .*\n/m, ''));
		expect(out).toBe('neuromodulators/brand-one.mdx:2: manufacturer: is required: the company that makes it');
	});

	it('title too long for a browser tab, with no metaTitle', () => {
		const long = 'A guide title that runs on well past the sixty characters a tab shows';
		const out = problemsAfter((d) => edit(d, 'guides/guide-one.mdx', /^title: .*$/m, `title: ${long}`));
		expect(out).toContain(
			`guides/guide-one.mdx:2: title: is ${long.length} characters; browser tabs and search results show at most 60. Shorten it, or add metaTitle:`,
		);
		const fixed = problemsAfter((d) => edit(d, 'guides/guide-one.mdx', /^title: .*$/m, `title: ${long}\nmetaTitle: A short guide title`));
		expect(fixed).toBe('');
	});

	it('filler without its main risks', () => {
		const out = problemsAfter((d) => edit(d, 'fillers/filler-one.mdx', /^mainRisks: .*\n/m, ''));
		expect(out).toMatch(/^fillers\/filler-one\.mdx:\d+: mainRisks: is required: list the main risks with their sources/m);
	});

	it('wrong type', () => {
		const out = problemsAfter((d) => edit(d, 'sources/source-alpha.yaml', 'year: 2024', 'year: twenty'));
		expect(out).toContain('sources/source-alpha.yaml:5: year: must be a year, e.g. 2023');
	});

	it('unknown key, reported on its own line', () => {
		const out = problemsAfter((d) => edit(d, 'myths/myth-one.mdx', 'verdict: false', 'verdict: false\nverdikt: true'));
		expect(out).toContain('myths/myth-one.mdx:7: verdikt: unknown field "verdikt": remove it or check its spelling against AUTHORING.md');
	});

	it('malformed date', () => {
		const out = problemsAfter((d) => edit(d, 'areas/area-one.mdx', 'lastReviewed: 2026-11-01', 'lastReviewed: 2026-13-45'));
		expect(out).toBe('areas/area-one.mdx:9: lastReviewed: must be a real date written YYYY-MM-DD, e.g. 2026-11-21 (got "2026-13-45")');
	});

	it('a combined session maximum naming an area the brand is not approved for', () => {
		const out = problemsAfter((d) =>
			edit(
				d,
				'neuromodulators/brand-one.mdx',
				/^onset: /m,
				'sessionMax: { units: 40, areas: [area-one, area-two], source: source-alpha }\nonset: ',
			),
		);
		expect(out).toMatch(/neuromodulators\/brand-one\.mdx:\d+: sessionMax\.areas\[1\]: "area-two" has no approval in approvals/);
	});

	it('missing date says what to write, not "received object"', () => {
		const out = problemsAfter((d) => edit(d, 'areas/area-one.mdx', /^lastReviewed: .*\n/m, ''));
		expect(out).toContain('areas/area-one.mdx:2: lastReviewed: must be a date written YYYY-MM-DD, e.g. 2026-11-21');
	});

	it('nextReview before lastReviewed', () => {
		const out = problemsAfter((d) => edit(d, 'guides/guide-two.mdx', 'nextReview: 2027-11-01', 'nextReview: 2025-01-01'));
		expect(out).toBe('guides/guide-two.mdx:10: nextReview: must be a date after lastReviewed');
	});

	it('description too short', () => {
		const out = problemsAfter((d) => edit(d, 'myths/myth-two.mdx', /^description: .*$/m, 'description: Too short.'));
		expect(out).toContain('myths/myth-two.mdx:3: description: is too short: write 50-160 characters');
	});

	it('description too long', () => {
		const out = problemsAfter((d) => edit(d, 'myths/myth-two.mdx', /^description: .*$/m, `description: ${'x'.repeat(161)}`));
		expect(out).toContain('myths/myth-two.mdx:3: description: is too long: keep it to 160 characters');
	});

	it('no sources at all', () => {
		const out = problemsAfter((d) => edit(d, 'myths/myth-two.mdx', /^sources: .*$/m, 'sources: []'));
		expect(out).toContain('myths/myth-two.mdx:5: sources: needs at least one source');
	});

	it('reference to a missing entry in frontmatter, with the closest id', () => {
		const out = problemsAfter((d) => edit(d, 'fillers/filler-one.mdx', 'related: [areas/area-two]', 'related: [areas/area-tow]'));
		expect(out).toBe(
			'fillers/filler-one.mdx:16: related[0]: references "area-tow" in areas, but no such entry exists; did you mean "area-two"?',
		);
	});

	it('reference to a missing entry in a nested field', () => {
		const out = problemsAfter((d) =>
			edit(
				d,
				'neuromodulators/brand-two.mdx',
				'duration: { min: 3, max: 4, unit: months, source: source-gamma }',
				'duration: { min: 3, max: 4, unit: months, source: source-nope }',
			),
		);
		expect(out).toBe(
			'neuromodulators/brand-two.mdx:15: duration.source: references "source-nope" in sources, but no such entry exists; fix the id, or create the entry with npm run new -- sources source-nope',
		);
	});

	it('reference to a missing glossary term in the body, with its file line', () => {
		const out = problemsAfter((d) => edit(d, 'guides/guide-one.mdx', '<Term id="term-one">', '<Term id="term-three">'));
		expect(out).toBe(
			'guides/guide-one.mdx:15: body <Term>: references "term-three" in glossary, but no such entry exists; fix the id, or create the entry with npm run new -- glossary term-three',
		);
	});

	it('duplicate id', () => {
		const out = problemsAfter((d) => {
			mkdirSync(join(d, 'areas/old'));
			write(d, 'areas/old/area-one.mdx', '---\ntitle: x\n---\n');
		});
		expect(out).toContain('id: duplicate id "area-one" in areas: areas/area-one.mdx has it too; rename one file');
	});

	it('a source without a URL', () => {
		const out = problemsAfter((d) => edit(d, 'sources/source-beta.yaml', /^url: .*\n/m, ''));
		expect(out).toContain('sources/source-beta.yaml:1: url: is required: every source needs a stable https URL a reader can open');
	});

	it('a source with a non-https URL', () => {
		const out = problemsAfter((d) => edit(d, 'sources/source-beta.yaml', 'https://example.org/beta', 'http://example.org/beta'));
		expect(out).toContain('sources/source-beta.yaml:4: url: must start with https://');
	});

	it('a value outside its list, naming the allowed values', () => {
		const out = problemsAfter((d) => edit(d, 'areas/area-two.mdx', 'region: mid-face', 'region: midface'));
		expect(out).toContain('areas/area-two.mdx:6: region: must be one of: upper-face, mid-face, lower-face, neck, body');
	});

	it('a range whose min is above its max', () => {
		const out = problemsAfter((d) => edit(d, 'fillers/filler-two.mdx', 'duration: { min: 6, max: 12', 'duration: { min: 16, max: 12'));
		expect(out).toBe('fillers/filler-two.mdx:11: duration.max: min must not be larger than max');
	});

	it('an MDX file without frontmatter', () => {
		const out = problemsAfter((d) => write(d, 'myths/myth-two.mdx', 'Just text.\n'));
		expect(out).toContain('myths/myth-two.mdx:1: frontmatter: an MDX entry must start with frontmatter');
	});

	it('broken YAML', () => {
		const out = problemsAfter((d) => edit(d, 'glossary/term-one.yaml', 'aliases: [first term]', 'aliases: [first term'));
		expect(out).toMatch(/glossary\/term-one\.yaml:\d+: frontmatter: is not valid YAML/);
	});

	it("reference to a missing entry in a nested list item, on the item's line", () => {
		const out = problemsAfter((d) => edit(d, 'neuromodulators/brand-two.mdx', 'area: area-one, doseUnits', 'area: area-onne, doseUnits'));
		expect(out).toBe(
			'neuromodulators/brand-two.mdx:12: approvals[1].area: references "area-onne" in areas, but no such entry exists; did you mean "area-one"?',
		);
	});

	it('an <EntryLink> to a missing entry, with the closest id and the body line', () => {
		const out = problemsAfter((d) => edit(d, 'areas/area-one.mdx', 'to="neuromodulators/brand-one"', 'to="neuromodulators/brand-onne"'));
		expect(out).toBe(
			'areas/area-one.mdx:14: body <EntryLink>: references "brand-onne" in neuromodulators, but no such entry exists; did you mean "brand-one"?',
		);
	});

	it('an <EntryLink> to an unknown collection, listing the collections', () => {
		const out = problemsAfter((d) => edit(d, 'areas/area-one.mdx', 'to="neuromodulators/brand-one"', 'to="brands/brand-one"'));
		expect(out).toBe(
			'areas/area-one.mdx:14: body <EntryLink>: refers to unknown collection "brands"; use one of: neuromodulators, fillers, areas, guides, myths, products, product-pairs, glossary, sources',
		);
	});

	it('a <Fact> of a missing entry', () => {
		const out = problemsAfter((d) => edit(d, 'fillers/filler-one.mdx', '<Fact of="fillers/filler-one"', '<Fact of="fillers/filler-three"'));
		expect(out).toBe(
			'fillers/filler-one.mdx:24: body <Fact>: references "filler-three" in fillers, but no such entry exists; did you mean "filler-one"?',
		);
	});

	it('a <Cite> of a source that does not exist, with no close match', () => {
		const out = problemsAfter((d) => edit(d, 'myths/myth-one.mdx', '<Cite id="source-alpha" />', '<Cite id="fda-label-unknown" />'));
		expect(out).toBe(
			'myths/myth-one.mdx:13: body <Cite>: references "fda-label-unknown" in sources, but no such entry exists; fix the id, or create the entry with npm run new -- sources fda-label-unknown',
		);
	});

	it('a reference that is not an id at all', () => {
		const out = problemsAfter((d) =>
			edit(d, 'myths/myth-one.mdx', 'sources: [source-alpha, source-beta]', 'sources: [source-alpha, Source Beta]'),
		);
		expect(out).toBe(
			'myths/myth-one.mdx:5: sources[1]: must be an id from src/content/sources/ written in lower case with hyphens, e.g. "botox-cosmetic"',
		);
	});

	it('a "collection/id" written wrong in related', () => {
		const out = problemsAfter((d) => edit(d, 'myths/myth-one.mdx', 'related: [guides/guide-one]', 'related: [guide-one]'));
		expect(out).toBe('myths/myth-one.mdx:7: related[0]: must be written "collection/id", e.g. "areas/lips" or "guides/botox-vs-fillers"');
	});

	it('too few key takeaways', () => {
		const out = problemsAfter((d) => edit(d, 'guides/guide-two.mdx', 'keyTakeaways: [One, Two, Three]', 'keyTakeaways: [One, Two]'));
		expect(out).toBe('guides/guide-two.mdx:7: keyTakeaways: list at least 3 key takeaways');
	});

	it('an empty list item, in plain words', () => {
		const out = problemsAfter((d) => edit(d, 'neuromodulators/brand-one.mdx', 'traits: [Stored cold]', 'traits: [Stored cold, ""]'));
		expect(out).toBe('neuromodulators/brand-one.mdx:13: formulation.traits[1]: must not be empty: write the text or remove the line');
	});

	it('a missing field inside a list item, in plain words', () => {
		const out = problemsAfter((d) => edit(d, 'fillers/filler-one.mdx', ', maker: Fixture Devices }', ' }'));
		expect(out).toBe('fillers/filler-one.mdx:12: products[0].maker: is required: write text');
	});

	it('a face-map position outside 0-100', () => {
		const out = problemsAfter((d) => edit(d, 'areas/area-one.mdx', 'map: { x: 50, y: 20 }', 'map: { x: 150, y: 20 }'));
		expect(out).toBe('areas/area-one.mdx:8: map.x: must be at most 100');
	});

	it('a true/false field written as a word', () => {
		const out = problemsAfter((d) => edit(d, 'fillers/filler-one.mdx', 'reversible: true', 'reversible: yes'));
		expect(out).toBe('fillers/filler-one.mdx:9: reversible: must be true or false');
	});

	it('a number written as text', () => {
		const out = problemsAfter((d) => edit(d, 'neuromodulators/brand-two.mdx', 'onset: { min: 2,', 'onset: { min: two,'));
		expect(out).toBe('neuromodulators/brand-two.mdx:14: onset.min: must be a number');
	});

	it('a title over 70 characters, even with a short metaTitle', () => {
		const out = problemsAfter((d) =>
			edit(d, 'guides/guide-one.mdx', 'title: Guide one', `metaTitle: Guide one\ntitle: ${'Long '.repeat(15)}`),
		);
		expect(out).toBe('guides/guide-one.mdx:3: title: is too long: keep the title to 70 characters');
	});

	// A myth's title is derived from its question, verdict and answer (src/lib/facts/myth-title.ts).
	it('a myth whose question and answer make a title too long for a tab', () => {
		const out = problemsAfter((d) =>
			edit(
				d,
				'myths/myth-one.mdx',
				'answer: the evidence says otherwise',
				'answer: the evidence says otherwise, and has done for many years',
			),
		);
		expect(out).toBe(
			'myths/myth-one.mdx:11: answer: makes the title "Is myth one true? No: the evidence says otherwise, and has done for many years" (78 characters); browser tabs and search results show at most 60: shorten the question or the answer',
		);
	});

	it('a myth question without a question mark', () => {
		const out = problemsAfter((d) => edit(d, 'myths/myth-one.mdx', 'question: Is myth one true?', 'question: Myth one is true'));
		expect(out).toBe('myths/myth-one.mdx:10: question: must be a question ending with "?", e.g. "Is Botox safe in pregnancy?"');
	});

	it('a myth with a typed title instead of a derived one', () => {
		const out = problemsAfter((d) =>
			edit(d, 'myths/myth-one.mdx', 'claim: Myth one is believed', 'claim: Myth one is believed\ntitle: Myth one is believed'),
		);
		expect(out).toMatch(/^myths\/myth-one\.mdx:\d+: .*title/m);
	});

	it('accepts an unquoted boolean-looking verdict as the word it spells', () => {
		expect(problemsAfter((d) => edit(d, 'myths/myth-one.mdx', 'verdict: false', 'verdict: true'))).toBe('');
	});
});
