import { describe, expect, it } from 'vitest';
import { loadContentFiles } from '../../src/lib/content-files.ts';
import { lintCorpus } from '../../src/lib/corpus-rules.ts';
import { formatProblems } from '../../src/lib/graph.ts';
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
		expect(errors).toMatch(/myths\/myth-one\.mdx:\d+: sources: <Cite id="source-gamma"> is used in the body but "source-gamma" is not in sources/);
	});

	it('require enough sources for the kind of page', () => {
		const { errors } = reportAfter((d) => edit(d, 'guides/guide-two.mdx', /^sources: .*$/m, 'sources: [source-alpha, source-beta]'));
		expect(errors).toContain('guides/guide-two.mdx: sources: cites 2 source(s); a guides page needs at least 5');
	});

	it('report an overdue review by entry name', () => {
		const { warnings } = reportAfter((d) => edit(d, 'areas/area-two.mdx', /lastReviewed: .*\nnextReview: .*/, 'lastReviewed: 2025-01-01\nnextReview: 2026-01-01'));
		expect(warnings).toContain('areas/area-two.mdx: nextReview: review overdue since 2026-01-01: areas/area-two needs checking');
	});

	it('flag unused sources and glossary terms', () => {
		const { errors } = reportAfter((d) => {
			write(d, 'sources/source-unused.yaml', 'title: Unused\npublisher: P\nkind: review\nurl: https://example.org/u\nyear: 2020\n');
			write(d, 'glossary/term-unused.yaml', 'term: Unused\ndefinition: A term that no page links to.\n');
		});
		expect(errors).toContain('sources/source-unused.yaml: id: source "source-unused" is cited by no page');
		expect(errors).toContain('glossary/term-unused.yaml: id: term "term-unused" is used by no page');
	});

	it('flag an orphan page', () => {
		const { errors } = reportAfter((d) => edit(d, 'guides/guide-one.mdx', 'myths/myth-two, ', ''));
		expect(errors).toContain('myths/myth-two.mdx: id: myths/myth-two is an orphan: no other page links to it');
	});

	it('check coverage against the minimums', () => {
		const { errors } = reportAfter(() => {}, { guides: 3 });
		expect(errors).toContain('src/content/guides/: coverage: has 2 entries; the corpus needs at least 3');
	});
});
