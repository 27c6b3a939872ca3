/**
 * A build reads the content twice in one process; the second read is answered from the first when no
 * file changed, and any change, even one that keeps the file's size, is read afresh.
 */
import { describe, expect, it } from 'vitest';
import { loadContentFiles } from '../../src/disk/content-files.ts';
import { copyFixture, edit } from './helpers.ts';

const titleOf = (dir: string, id: string) => loadContentFiles(dir, dir).files.find((f) => f.entry.id === id)?.entry.data['title'];

describe('loadContentFiles', () => {
	it('answers a second read of unchanged content with the first result', () => {
		const dir = copyFixture();
		expect(loadContentFiles(dir, dir)).toBe(loadContentFiles(dir, dir));
	});

	it('reads again after an edit that keeps the file the same size', () => {
		const dir = copyFixture();
		const before = titleOf(dir, 'guide-one');
		expect(typeof before).toBe('string');
		// Swap the title's first two letters: same length, same size on disk, other text.
		const swapped = `${(before as string)[1]}${(before as string)[0]}${(before as string).slice(2)}`;
		edit(dir, 'guides/guide-one.mdx', /^title: .*$/m, `title: ${swapped}`);
		expect(titleOf(dir, 'guide-one')).toBe(swapped);
	});

	it('keeps separate results for separate folders', () => {
		const a = copyFixture();
		const b = copyFixture();
		edit(b, 'guides/guide-one.mdx', /^title: .*$/m, 'title: Another guide title');
		expect(titleOf(a, 'guide-one')).not.toBe(titleOf(b, 'guide-one'));
	});
});
