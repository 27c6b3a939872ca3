/**
 * The linter rejects a brand or filler material whose label safety is missing or malformed, naming the
 * file, the line, the field and what to write (the same loader runs before every build).
 */
import { describe, expect, it } from 'vitest';
import { loadContentFiles } from '../../src/disk/content-files.ts';
import { lintCorpus } from '../../src/lib/corpus/corpus-rules.ts';
import { formatProblems } from '../../src/lib/corpus/graph.ts';
import { copyFixture, edit } from './helpers.ts';

function problemsAfter(mistake: (dir: string) => void): string {
	const dir = copyFixture();
	mistake(dir);
	return formatProblems(loadContentFiles(dir, dir).problems);
}

const BRAND = 'neuromodulators/brand-one.mdx';
const FILLER = 'fillers/filler-one.mdx';

describe('safety fields an editor can get wrong', () => {
	for (const [file, field] of [
		[BRAND, 'contraindications'],
		[BRAND, 'warnings'],
		[BRAND, 'interactions'],
		[BRAND, 'pregnancyAndBreastfeeding'],
		[FILLER, 'contraindications'],
		[FILLER, 'warnings'],
		[FILLER, 'interactions'],
		[FILLER, 'pregnancyAndBreastfeeding'],
	] as const) {
		it(`${file} without ${field}`, () => {
			const out = problemsAfter((d) => edit(d, file, new RegExp(`^${field}: .*\\n`, 'm'), ''));
			expect(out).toMatch(new RegExp(`^${file.replace(/[./]/g, '\\$&')}:2: ${field}: is required: `));
		});
	}

	it('names what to write when warnings are missing', () => {
		const out = problemsAfter((d) => edit(d, BRAND, /^warnings: .*\n/m, ''));
		expect(out).toBe(
			`${BRAND}:2: warnings: is required: list the label's warnings, each as { kind, text, source }; kind is one of: distant-spread, allergic-reaction, swallowing-breathing, heart-disease, neuromuscular-disorder, eye, driving-machinery, vessel-occlusion, infection, nodules-granulomas, scarring-pigment, other`,
		);
	});

	it('an empty list of contraindications', () => {
		const out = problemsAfter((d) => edit(d, FILLER, /^contraindications: .*$/m, 'contraindications: []'));
		expect(out).toBe(`${FILLER}:15: contraindications: list at least one contraindication from the label, each with its source`);
	});

	it('a contraindication written as plain text, the old way', () => {
		const out = problemsAfter((d) => edit(d, FILLER, /^contraindications: .*$/m, 'contraindications: [Allergy to the gel]'));
		expect(out).toMatch(new RegExp(`^${FILLER.replace(/[./]/g, '\\$&')}:15: contraindications\\[0\\]: `));
	});

	it('a statement without its source', () => {
		const out = problemsAfter((d) =>
			edit(
				d,
				FILLER,
				'contraindications: [{ text: Allergy to the gel, source: source-alpha }]',
				'contraindications: [{ text: Allergy to the gel }]',
			),
		);
		expect(out).toMatch(
			/^fillers\/filler-one\.mdx:15: contraindications\[0\]\.source: is required: write the id of an entry in src\/content\/sources\//,
		);
	});

	it('a warning of an unknown kind', () => {
		const out = problemsAfter((d) => edit(d, BRAND, 'kind: allergic-reaction', 'kind: allergy'));
		expect(out).toMatch(/^neuromodulators\/brand-one\.mdx:\d+: warnings\[0\]\.kind: must be one of: distant-spread, allergic-reaction/);
	});

	it('a safety source that does not exist, with the closest id', () => {
		const out = problemsAfter((d) =>
			edit(
				d,
				BRAND,
				'text: Aminoglycosides can strengthen the effect., source: source-alpha',
				'text: Aminoglycosides can strengthen the effect., source: source-alpah',
			),
		);
		expect(out).toMatch(
			/^neuromodulators\/brand-one\.mdx:\d+: interactions\[0\]\.source: references "source-alpah" in sources, but no such entry exists; did you mean "source-alpha"\?$/,
		);
	});

	it('a safety source the page does not list in its sources', () => {
		const dir = copyFixture();
		edit(dir, FILLER, 'text: Allergy to the gel, source: source-alpha', 'text: Allergy to the gel, source: source-delta');
		const { files, problems } = loadContentFiles(dir, dir);
		expect(problems).toEqual([]);
		const errors = formatProblems(lintCorpus(files, { today: new Date('2026-11-21T00:00:00Z'), coverage: {} }).errors);
		expect(errors).toBe(
			`${FILLER}:15: contraindications[0].source: cites "source-delta", which is not in sources: add "source-delta" to this entry's sources list`,
		);
	});
});
