/**
 * Test helpers: a throwaway copy of the valid fixture corpus that a test may break in one place, and the
 * project's scripts (new entry, linter, a real Astro build) run on such a copy as a command line would.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');
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

/**
 * The environment of a real command line. Vitest exports its own import.meta.env values (DEV=1, PROD="",
 * MODE=test, NODE_ENV=test) to process.env, and Astro reads them back: a build spawned with them is not
 * a production build and would publish drafts.
 */
function cleanEnv(contentDir: string): NodeJS.ProcessEnv {
	const { DEV, PROD, MODE, SSR, BASE_URL, NODE_ENV, ...rest } = process.env;
	return { ...rest, ATLAS_CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' };
}

/** Runs a Node script of the project (e.g. `scripts/new.ts`, Astro's CLI) on the content in `contentDir`. */
export function run(script: string, args: string[], contentDir: string): { status: number | null; output: string } {
	const result = spawnSync(process.execPath, [script, ...args], {
		cwd: ROOT,
		env: cleanEnv(contentDir),
		encoding: 'utf8',
		timeout: 180_000,
	});
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
