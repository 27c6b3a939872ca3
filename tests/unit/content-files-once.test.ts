import { describe, expect, it } from 'vitest';
import { contentFilesOnce, loadContentFiles } from '../../src/disk/content-files.ts';
import { copyFixture, VALID_FIXTURE } from './helpers.ts';

// The same files and data as a full read (lineOf is a closure, so it is left out of the comparison).
const plain = (files: ReturnType<typeof contentFilesOnce>) => files.map(({ lineOf: _, ...f }) => f);

describe('contentFilesOnce', () => {
	it('reads a folder once and hands every later caller the same files', () => {
		const first = contentFilesOnce(VALID_FIXTURE);
		expect(contentFilesOnce(VALID_FIXTURE)).toBe(first);
		expect(first.length).toBeGreaterThan(0);
		expect(plain(first)).toEqual(plain(loadContentFiles(VALID_FIXTURE).files));
	});
	it('keeps each folder apart', () => {
		const other = copyFixture();
		expect(contentFilesOnce(other)).not.toBe(contentFilesOnce(VALID_FIXTURE));
	});
});
