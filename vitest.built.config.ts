import { defineConfig } from 'vitest/config';

/** Layer 5 of `npm test`: checks of the built site (`dist/`) with Node alone, no browser. Run after a build. */
export default defineConfig({
	test: {
		include: ['tests/built/**/*.test.ts'],
		environment: 'node',
		testTimeout: 120_000,
	},
});
