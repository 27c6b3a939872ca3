import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// A test that asserts nothing fails: it cannot pass while the reader is let down.
		expect: { requireAssertions: true },
		testTimeout: 60_000,
	},
});
