import { defineConfig } from 'vitest/config';

/** Layer 5 of `npm test`: checks of the built site (`dist/`) with Node alone, no browser. Run after a build. */
export default defineConfig({
	test: {
		include: ['tests/built/**/*.test.ts'],
		environment: 'node',
		// A test that asserts nothing fails: it cannot pass while the reader is let down.
		expect: { requireAssertions: true },
		testTimeout: 120_000,
	},
});
