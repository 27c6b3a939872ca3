/**
 * The real Astro build (not only the linter) refuses content with a dangling reference, because
 * Astro's own reference() check only logs. Builds a broken copy of the fixture into a scratch folder.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, edit, run } from '../support/fixture.ts';

describe('astro build', () => {
	it('fails on a dangling reference, naming the file, field and missing id', () => {
		const dir = copyFixture();
		edit(dir, 'neuromodulators/brand-one.mdx', 'area: area-one, doseUnits', 'area: area-onee, doseUnits');
		const outDir = mkdtempSync(join(tmpdir(), 'atlas-dist-'));
		const result = run('node_modules/astro/bin/astro.mjs', ['build', '--outDir', outDir], dir);
		expect(result.status, result.output).not.toBe(0);
		expect(result.output).toMatch(
			/brand-one\.mdx: approvals\[1\]\.area: references "area-onee" in areas, but no such entry exists; did you mean "area-one"\?/,
		);
	}, 180_000);
});
