import { describe, expect, it } from 'vitest';
import { loadContentFiles, loadContentFilesOnce } from '../../src/disk/content-files.ts';
import { copyFixture, VALID_FIXTURE } from './helpers.ts';

describe('loadContentFilesOnce', () => {
	it('reads a folder once and hands every later caller the same result', () => {
		const first = loadContentFilesOnce(VALID_FIXTURE);
		expect(loadContentFilesOnce(VALID_FIXTURE)).toBe(first);
		// The same files and data as a fresh read (lineOf is a closure, so it is left out of the comparison).
		const plain = ({ files, problems }: ReturnType<typeof loadContentFiles>) => ({
			files: files.map(({ lineOf: _, ...f }) => f),
			problems,
		});
		expect(plain(first)).toEqual(plain(loadContentFiles(VALID_FIXTURE)));
		expect(first.files.length).toBeGreaterThan(0);
	});
	it('keeps each folder apart', () => {
		const other = copyFixture();
		expect(loadContentFilesOnce(other)).not.toBe(loadContentFilesOnce(VALID_FIXTURE));
	});
});
