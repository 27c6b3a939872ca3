import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentFilesOnce, loadContentFiles } from '../../src/disk/content-files.ts';
import { ParsedYamlCache } from '../../src/disk/yaml-cache.ts';
import { copyFixture, edit, VALID_FIXTURE } from './helpers.ts';

const scratch = () => mkdtempSync(join(tmpdir(), 'atlas-yaml-cache-'));
const plain = (files: ReturnType<typeof contentFilesOnce>) => files.map(({ lineOf: _, ...f }) => f);

describe('ParsedYamlCache', () => {
	it('answers a text the previous build parsed, and only the entries a build used are kept', () => {
		const dir = scratch();
		const first = new ParsedYamlCache(dir);
		first.set('title: A', { title: 'A' });
		first.set('title: B', { title: 'B' });
		first.save();
		const second = new ParsedYamlCache(dir);
		expect(second.get('title: A')).toEqual({ title: 'A' });
		expect(second.get('title: C')).toBeUndefined();
		expect(second.hits).toBe(1);
		second.save();
		const third = new ParsedYamlCache(dir);
		expect(third.get('title: A')).toEqual({ title: 'A' });
		expect(third.get('title: B')).toBeUndefined();
	});
	it('keeps no data that JSON would change', () => {
		const dir = scratch();
		const cache = new ParsedYamlCache(dir);
		cache.set('n: .inf', { n: Infinity });
		cache.save();
		expect(new ParsedYamlCache(dir).get('n: .inf')).toBeUndefined();
	});
	it('starts empty from a damaged file', () => {
		const dir = scratch();
		const cache = new ParsedYamlCache(dir);
		cache.set('a: 1', { a: 1 });
		cache.save();
		const [file] = readdirSync(dir);
		writeFileSync(join(dir, file!), '{ not json');
		expect(new ParsedYamlCache(dir).get('a: 1')).toBeUndefined();
	});
});

describe('content files read through the YAML cache', () => {
	it('gives the same files, data and field lines from the cache as from parsing', () => {
		const cacheDir = scratch();
		const content = copyFixture();
		const read = contentFilesOnce(content, cacheDir);
		// Every file's YAML was kept (the fixture has no two files with the same frontmatter).
		const [file] = readdirSync(cacheDir);
		expect(Object.keys(JSON.parse(readFileSync(join(cacheDir, file!), 'utf8')) as object)).toHaveLength(read.length);
		// A second folder with the same texts: read in a fresh process it would be answered from the cache.
		const again = copyFixture();
		const cached = contentFilesOnce(again, cacheDir);
		const fresh = loadContentFiles(again).files;
		expect(plain(cached)).toEqual(plain(fresh));
		const brand = (files: typeof fresh) => files.find((f) => f.entry.id === 'brand-one')!;
		expect(brand(cached).lineOf!('title')).toBe(brand(fresh).lineOf!('title'));
	});
	it('sees an edited file as new text', () => {
		const cacheDir = scratch();
		contentFilesOnce(VALID_FIXTURE, cacheDir);
		const content = copyFixture();
		edit(content, 'neuromodulators/brand-one.mdx', 'lastReviewed: 2026-11-01', 'lastReviewed: 2026-12-24');
		const brand = contentFilesOnce(content, cacheDir).find((f) => f.entry.id === 'brand-one')!;
		expect((brand.valid as { lastReviewed: Date }).lastReviewed.toISOString().slice(0, 10)).toBe('2026-12-24');
	});
});
