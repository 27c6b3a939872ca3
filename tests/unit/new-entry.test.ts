/**
 * `npm run new` refuses what it must refuse, saying why. That the entries it writes pass the linter and
 * build is checked with a real `astro build` in tests/built/new-entry.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { copyFixture, run } from '../support/fixture.ts';

describe('npm run new', () => {
	it('refuses an existing id, a bad slug and an unknown collection, saying why', () => {
		const dir = copyFixture();
		expect(run('scripts/new.ts', ['areas', 'area-one'], dir)).toEqual({
			status: 1,
			output: 'npm run new: areas/area-one already exists: edit src/content/areas/ instead, or choose another id\n',
		});
		expect(run('scripts/new.ts', ['areas', 'Tear_Troughs'], dir)).toMatchObject({
			status: 1,
			output: expect.stringContaining('try "tear-troughs"'),
		});
		expect(run('scripts/new.ts', ['fillerz', 'x'], dir)).toMatchObject({
			status: 1,
			output: expect.stringContaining('did you mean "fillers"?'),
		});
	});
});
