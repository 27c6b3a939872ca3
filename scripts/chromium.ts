/**
 * The Chromium every browser tool here drives: Debian's, unless CHROMIUM_PATH names another (Playwright
 * cannot download its own browsers on these machines), with flags that stop it dialling out into a closed
 * network. Shared by playwright.config.ts, the search benchmark and the Lighthouse script.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];
