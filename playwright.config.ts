import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './scripts/chromium.ts';

/**
 * Browser tests run against the built site (`dist/`, made by `npm run build`) served by `astro preview`.
 * Two projects, two layers of `npm test`: `e2e` (tests/e2e, what a reader does and gets) and `a11y`
 * (tests/a11y, the axe sweep over every sitemap URL). `npx playwright test` runs both.
 * Playwright cannot download its own browsers here, so Debian's Chromium is used unless
 * CHROMIUM_PATH names another; the flags stop Chromium dialling out into a closed network.
 */
// E2E_PORT lets several checkouts run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4322);

export default defineConfig({
	projects: [
		{ name: 'e2e', testDir: 'tests/e2e' },
		{ name: 'a11y', testDir: 'tests/a11y' },
	],
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: 2,
	reporter: process.env.PLAYWRIGHT_JSON ? [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON }]] : 'list',
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		launchOptions: {
			executablePath: CHROMIUM_PATH,
			args: CHROMIUM_FLAGS,
		},
	},
	webServer: {
		command: `npx astro preview --port ${PORT} --host 127.0.0.1`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
		timeout: 60_000,
	},
});
