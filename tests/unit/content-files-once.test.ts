import { describe, expect, it } from 'vitest';
import { contentFilesOnce, loadContentFiles } from '../../src/disk/content-files.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyFixture, VALID_FIXTURE } from './helpers.ts';

// A YAML cache of the test's own, not the project's .cache/.
const cacheDir = mkdtempSync(join(tmpdir(), 'atlas-yaml-cache-'));

// The same files and data as a full read (lineOf is a closure, so it is left out of the comparison).
const plain = (files: ReturnType<typeof contentFilesOnce>) => files.map(({ lineOf: _, ...f }) => f);

describe('contentFilesOnce', () => {
	it('reads a folder once and hands every later caller the same files', () => {
		const first = contentFilesOnce(VALID_FIXTURE, cacheDir);
		expect(contentFilesOnce(VALID_FIXTURE, cacheDir)).toBe(first);
		expect(first.length).toBeGreaterThan(0);
		expect(plain(first)).toEqual(plain(loadContentFiles(VALID_FIXTURE).files));
	});
	it('keeps each folder apart', () => {
		const other = copyFixture();
		expect(contentFilesOnce(other, cacheDir)).not.toBe(contentFilesOnce(VALID_FIXTURE, cacheDir));
	});
});
