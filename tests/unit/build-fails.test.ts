/**
 * The real Astro build (not only the linter) refuses content with a dangling reference, because
 * Astro's own reference() check only logs. Builds a broken copy of the fixture into a scratch folder.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, edit } from './helpers.ts';

describe('astro build', () => {
	it('fails on a dangling reference, naming the file, field and missing id', () => {
		const dir = copyFixture();
		edit(dir, 'neuromodulators/brand-one.mdx', 'area: area-one, doseUnits', 'area: area-onee, doseUnits');
		const outDir = mkdtempSync(join(tmpdir(), 'atlas-dist-'));
		const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
			cwd: join(import.meta.dirname, '../..'),
			env: { ...process.env, ATLAS_CONTENT_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1' },
			encoding: 'utf8',
			timeout: 120_000,
		});
		const output = `${result.stdout}${result.stderr}`;
		expect(result.status, output).not.toBe(0);
		expect(output).toMatch(/brand-one\.mdx: approvals\[1\]\.area: references "area-onee" in areas, but no such entry exists; did you mean "area-one"\?/);
	}, 120_000);
});
