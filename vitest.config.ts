import { defineConfig } from 'vitest/config';

/** The least share of src/lib's lines the unit tests must run (scripts/coverage-floor.ts checks it). */
export const COVERAGE_FLOOR = 90;

export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// A test that asserts nothing fails: it cannot pass while the reader is let down.
		expect: { requireAssertions: true },
		testTimeout: 60_000,
		// `vitest run --coverage`: the pure code's line coverage, with its floor.
		coverage: {
			provider: 'v8',
			include: ['src/lib/**/*.ts'],
			reporter: ['text-summary', 'json-summary'],
			thresholds: { lines: COVERAGE_FLOOR },
		},
	},
});
