/** Test helpers: a throwaway copy of the valid fixture corpus that a test may break in one place. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const VALID_FIXTURE = join(import.meta.dirname, '../fixtures/content-valid');

/** Copies the valid fixture to a temporary folder and returns its path. */
export function copyFixture(): string {
	const dir = mkdtempSync(join(tmpdir(), 'atlas-content-'));
	cpSync(VALID_FIXTURE, dir, { recursive: true });
	return dir;
}

/** Rewrites one file of a fixture copy; fails the test if the text to replace is not there. */
export function edit(dir: string, file: string, from: string | RegExp, to: string): void {
	const path = join(dir, file);
	const text = readFileSync(path, 'utf8');
	const next = text.replace(from, to);
	if (next === text) throw new Error(`fixture edit did not apply: ${String(from)} in ${file}`);
	writeFileSync(path, next);
}

export function write(dir: string, file: string, text: string): void {
	writeFileSync(join(dir, file), text);
}
