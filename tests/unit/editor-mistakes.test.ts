/**
 * Every mistake an editor can make fails validation with a message naming the file, the field (or the
 * missing id) and, where it helps, the line and the fix. The same loader backs `npm run lint:content`
 * and runs before every build.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentFiles } from '../../src/lib/content-files.ts';
import { formatProblems } from '../../src/lib/graph.ts';
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
		expect(out).toMatch(/^neuromodulators\/brand-one\.mdx:\d+: manufacturer: is required: the company that makes it$/m);
	});

	it('title too long for a browser tab, with no metaTitle', () => {
		const long = 'A guide title that runs on well past the sixty characters a tab shows';
		const out = problemsAfter((d) => edit(d, 'guides/guide-one.mdx', /^title: .*$/m, `title: ${long}`));
		expect(out).toContain(`guides/guide-one.mdx:2: title: is ${long.length} characters; browser tabs and search results show at most 60. Shorten it, or add metaTitle:`);
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
		expect(out).toMatch(/areas\/area-one\.mdx:\d+: lastReviewed: must be a real date written YYYY-MM-DD, e\.g\. 2026-11-21 \(got "2026-13-45"\)/);
	});

	it('missing date says what to write, not "received object"', () => {
		const out = problemsAfter((d) => edit(d, 'areas/area-one.mdx', /^lastReviewed: .*\n/m, ''));
		expect(out).toContain('areas/area-one.mdx:2: lastReviewed: must be a date written YYYY-MM-DD, e.g. 2026-11-21');
	});

	it('nextReview before lastReviewed', () => {
		const out = problemsAfter((d) => edit(d, 'guides/guide-two.mdx', 'nextReview: 2027-11-01', 'nextReview: 2025-01-01'));
		expect(out).toMatch(/guides\/guide-two\.mdx:\d+: nextReview: must be a date after lastReviewed/);
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
		expect(out).toContain('fillers/filler-one.mdx: related[0]: references "area-tow" in areas, but no such entry exists; did you mean "area-two"?');
	});

	it('reference to a missing entry in a nested field', () => {
		const out = problemsAfter((d) => edit(d, 'neuromodulators/brand-two.mdx', 'duration: { min: 3, max: 4, unit: months, source: source-gamma }', 'duration: { min: 3, max: 4, unit: months, source: source-nope }'));
		expect(out).toContain('neuromodulators/brand-two.mdx: duration.source: references "source-nope" in sources, but no such entry exists');
	});

	it('reference to a missing glossary term in the body, with its file line', () => {
		const out = problemsAfter((d) => edit(d, 'guides/guide-one.mdx', '<Term id="term-one">', '<Term id="term-three">'));
		expect(out).toMatch(/guides\/guide-one\.mdx:15: body <Term>: references "term-three" in glossary, but no such entry exists/);
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
		expect(out).toMatch(/fillers\/filler-two\.mdx:\d+: duration\.max: min must not be larger than max/);
	});

	it('an MDX file without frontmatter', () => {
		const out = problemsAfter((d) => write(d, 'myths/myth-two.mdx', 'Just text.\n'));
		expect(out).toContain('myths/myth-two.mdx:1: frontmatter: an MDX entry must start with frontmatter');
	});

	it('broken YAML', () => {
		const out = problemsAfter((d) => edit(d, 'glossary/term-one.yaml', 'aliases: [first term]', 'aliases: [first term'));
		expect(out).toMatch(/glossary\/term-one\.yaml:\d+: frontmatter: is not valid YAML/);
	});

	it('accepts an unquoted boolean-looking verdict as the word it spells', () => {
		expect(problemsAfter((d) => edit(d, 'myths/myth-one.mdx', 'verdict: false', 'verdict: true'))).toBe('');
	});
});
