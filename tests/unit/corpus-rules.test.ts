import { describe, expect, it } from 'vitest';
import { loadContentFiles } from '../../src/disk/content-files.ts';
import { lintCorpus } from '../../src/lib/corpus/corpus-rules.ts';
import { formatProblems } from '../../src/lib/corpus/graph.ts';
import { copyFixture, edit, write } from './helpers.ts';

const TODAY = new Date('2026-11-21T00:00:00Z');

function reportAfter(change: (dir: string) => void, coverage: Record<string, number> = {}) {
	const dir = copyFixture();
	change(dir);
	const { files, problems } = loadContentFiles(dir, dir);
	expect(problems).toEqual([]);
	const report = lintCorpus(files, { today: TODAY, coverage });
	return { errors: formatProblems(report.errors), warnings: formatProblems(report.warnings) };
}

describe('corpus rules', () => {
	it('pass on the valid fixture', () => {
		expect(reportAfter(() => {})).toEqual({ errors: '', warnings: '' });
	});

	it('require every inline citation to be listed in sources', () => {
		const { errors } = reportAfter((d) => edit(d, 'myths/myth-one.mdx', '<Cite id="source-alpha" />', '<Cite id="source-gamma" />'));
		expect(errors).toBe(
			'myths/myth-one.mdx:13: sources: <Cite id="source-gamma"> is used in the body but "source-gamma" is not in sources: add it to the list',
		);
	});

	it('refuse a link to a myth with words of its own, which could state the belief without its verdict', () => {
		const { errors } = reportAfter((d) =>
			edit(d, 'guides/guide-one.mdx', /$/, '\nSee <EntryLink to="myths/myth-two">myth two is believed</EntryLink>.\n'),
		);
		expect(errors).toMatch(
			/^guides\/guide-one\.mdx:\d+: body <EntryLink>: a link to myths\/myth-two has words of its own, .*<EntryLink to="myths\/myth-two" \/>/,
		);
		expect(reportAfter((d) => edit(d, 'guides/guide-one.mdx', /$/, '\nSee <EntryLink to="myths/myth-two" />.\n')).errors).toBe('');
	});

	it('require enough sources for the kind of page', () => {
		const { errors } = reportAfter((d) => edit(d, 'guides/guide-two.mdx', /^sources: .*$/m, 'sources: [source-alpha, source-beta]'));
		expect(errors).toBe(
			'guides/guide-two.mdx:5: sources: cites 2 source(s); a page in guides needs at least 5: add 3 more source id(s) from src/content/sources/',
		);
	});

	it('report an overdue review by entry name', () => {
		const { warnings } = reportAfter((d) =>
			edit(d, 'areas/area-two.mdx', /lastReviewed: .*\nnextReview: .*/, 'lastReviewed: 2025-01-01\nnextReview: 2026-01-01'),
		);
		expect(warnings).toBe(
			'areas/area-two.mdx:9: nextReview: review overdue since 2026-01-01: check areas/area-two against its sources, then set lastReviewed to today and nextReview to the next date (npm run review-due lists them all)',
		);
	});

	it('flag unused sources and glossary terms', () => {
		const { errors } = reportAfter((d) => {
			write(d, 'sources/source-unused.yaml', 'title: Unused\npublisher: P\nkind: review\nurl: https://example.org/u\nyear: 2020\n');
			write(d, 'glossary/term-unused.yaml', 'term: Unused\ndefinition: A term that no page links to.\n');
		});
		expect(errors).toBe(
			[
				'glossary/term-unused.yaml: id: term "term-unused" is used by no published page: link it with <Term id="term-unused"> where it appears, or delete the file',
				'sources/source-unused.yaml: id: source "source-unused" is cited by no published page: cite it with <Cite id="source-unused" /> and list it in that page\'s sources, or delete the file',
			].join('\n'),
		);
	});

	it('flag an orphan page', () => {
		const { errors } = reportAfter((d) => edit(d, 'guides/guide-one.mdx', 'myths/myth-two, ', ''));
		expect(errors).toBe(
			'myths/myth-two.mdx: id: myths/myth-two is an orphan: no published page links to it; add "myths/myth-two" to another page\'s related list or link it with <EntryLink to="myths/myth-two">',
		);
	});

	it('check coverage against the minimums', () => {
		const { errors } = reportAfter(() => {}, { guides: 3 });
		expect(errors).toBe(
			'src/content/guides/: coverage: has 2 entries; the corpus needs at least 3: add 1 more (npm run new -- guides <id>)',
		);
	});

	it('ignore a citation inside an MDX comment, which is never rendered', () => {
		const { errors } = reportAfter((d) => edit(d, 'myths/myth-one.mdx', /$/, '\n{/* Later: <Cite id="source-gamma" /> */}\n'));
		expect(errors).toBe('');
	});
});

describe('drafts', () => {
	const draftMyth = (d: string) => edit(d, 'myths/myth-two.mdx', 'verdict:', 'draft: true\nverdict:');

	it('turn what is missing before publishing into warnings, so a new draft passes', () => {
		const { errors, warnings } = reportAfter((d) => {
			write(d, 'sources/source-new.yaml', 'title: New\npublisher: P\nkind: review\nurl: https://example.org/n\nyear: 2020\ndraft: true\n');
			edit(d, 'myths/myth-two.mdx', /^sources: .*$/m, 'sources: [source-alpha]');
			draftMyth(d);
			edit(d, 'guides/guide-one.mdx', 'myths/myth-two, ', '');
		});
		expect(errors).toBe('');
		expect(warnings).toBe(
			[
				'myths/myth-two.mdx:5: sources: cites 1 source(s); a page in myths needs at least 2: add 1 more source id(s) from src/content/sources/ (draft: fix before publishing)',
				'myths/myth-two.mdx: id: myths/myth-two is an orphan: no published page links to it; add "myths/myth-two" to another page\'s related list or link it with <EntryLink to="myths/myth-two"> (draft: fix before publishing)',
				'sources/source-new.yaml: id: source "source-new" is cited by no published page: cite it with <Cite id="source-new" /> and list it in that page\'s sources, or delete the file (draft: fix before publishing)',
			].join('\n'),
		);
	});

	it('refuse a published link to a draft, which the production build leaves out', () => {
		// guide-one still lists myths/myth-two in related, on line 9.
		const { errors } = reportAfter(draftMyth);
		expect(errors).toBe(
			'guides/guide-one.mdx:9: related[4]: links to myths/myth-two, which is a draft and is left out of the site: publish it (draft: false) or remove the link',
		);
	});

	it('refuse a published citation of a draft source, on its body line', () => {
		const { errors } = reportAfter((d) => edit(d, 'sources/source-gamma.yaml', /$/, '\ndraft: true\n'));
		expect(errors.split('\n')).toContain(
			'neuromodulators/brand-one.mdx:27: body <Cite>: links to sources/source-gamma, which is a draft and is left out of the site: publish it (draft: false) or remove the link',
		);
	});

	it('do not count a link from a draft as a use', () => {
		// Only guide-one links filler-two.
		const { errors } = reportAfter((d) => edit(d, 'guides/guide-one.mdx', 'category: basics', 'category: basics\ndraft: true'));
		expect(errors.split('\n')).toContain(
			'fillers/filler-two.mdx: id: fillers/filler-two is an orphan: no published page links to it; add "fillers/filler-two" to another page\'s related list or link it with <EntryLink to="fillers/filler-two">',
		);
	});
});

describe('template placeholders', () => {
	it('refuse a published entry that still says TODO, naming each field and body line', () => {
		const { errors } = reportAfter((d) => {
			edit(
				d,
				'myths/myth-one.mdx',
				/^summary: .*$/m,
				'summary: TODO the short answer in two or three plain sentences a reader could stop at.',
			);
			edit(d, 'myths/myth-one.mdx', /$/, '\n\nTODO write this section.\n');
		});
		expect(errors).toBe(
			[
				'myths/myth-one.mdx:4: summary: still has the template placeholder "TODO": write the real text, or keep draft: true until it is done',
				'myths/myth-one.mdx:16: body: still has the template placeholder "TODO": write the real text, or keep draft: true until it is done',
			].join('\n'),
		);
	});

	it('allow TODO in a draft and in a body comment', () => {
		const { errors } = reportAfter((d) => {
			edit(
				d,
				'myths/myth-one.mdx',
				/^summary: .*$/m,
				'summary: TODO the short answer in two or three plain sentences a reader could stop at.\ndraft: true',
			);
			edit(d, 'guides/guide-one.mdx', 'myths/myth-one, ', '');
			edit(d, 'guides/guide-two.mdx', 'myths/myth-one]', 'myths/myth-two]');
			edit(d, 'areas/area-one.mdx', /$/, '\n{/* TODO: add a photo */}\n');
		});
		expect(errors).toBe('');
	});
});
