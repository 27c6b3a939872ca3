/**
 * Content rules that used to run only when a page rendered, now in the content linter so
 * `npm run lint:content` names the file and field before any build.
 */
import { describe, expect, it } from 'vitest';
import { loadContentFiles } from '../../src/disk/content-files.ts';
import { lintCorpus } from '../../src/lib/corpus/corpus-rules.ts';
import { formatProblems } from '../../src/lib/corpus/graph.ts';
import { copyFixture, edit } from './helpers.ts';

const lint = (dir: string) => {
	const { files, problems } = loadContentFiles(dir, dir);
	expect(problems).toEqual([]);
	return formatProblems(lintCorpus(files, { today: new Date('2026-11-21T00:00:00Z'), coverage: {} }).errors);
};

describe('face-map markers', () => {
	it('pass when they are apart', () => {
		const dir = copyFixture();
		edit(dir, 'areas/area-two.mdx', /^region:/m, 'map: { x: 50, y: 40 }\nregion:');
		expect(lint(dir)).not.toMatch(/face-map/);
	});

	it('fail the linter, naming the file, line and field, when two overlap', () => {
		const dir = copyFixture();
		edit(dir, 'areas/area-two.mdx', /^region:/m, 'map: { x: 52, y: 21 }\nregion:');
		expect(lint(dir)).toMatch(
			/areas\/area-two\.mdx:\d+: map: its face-map marker overlaps the marker of areas\/area-one: move one of the two/,
		);
	});

	it('ignore a draft, which the map does not show', () => {
		const dir = copyFixture();
		edit(dir, 'areas/area-two.mdx', /^region:/m, 'map: { x: 52, y: 21 }\nregion:');
		edit(dir, 'areas/area-two.mdx', /^region:/m, 'draft: true\nregion:');
		expect(lint(dir)).not.toMatch(/face-map/);
	});
});
