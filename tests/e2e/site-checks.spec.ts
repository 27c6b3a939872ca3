/**
 * Whole-site checks over the built site: valid HTML (Nu Html Checker), every internal link and
 * #fragment resolves, every page type reads fully without JavaScript, and search says clearly when
 * its index cannot load.
 */
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DIST, entryPagesByType, fileFor, htmlFiles, onePageOfEachType, readDist } from './dist.ts';

const SITE = new URL(process.env.SITE_URL ?? 'https://injectables-atlas.example');

test('every page is valid HTML (Nu Html Checker)', () => {
	test.setTimeout(180_000);
	const vnu = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');
	// One JVM for the whole site: starting Java is the slow part.
	const result = spawnSync('java', ['-Xss4m', '-jar', vnu, '--errors-only', '--format', 'json', '--skip-non-html', DIST], {
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	expect(result.error, 'java could not run: install a Java runtime (Debian: default-jre-headless)').toBeUndefined();
	const messages = (JSON.parse(result.stderr || '{"messages":[]}').messages as Array<{ type: string; url: string; lastLine?: number; message: string }>)
		.filter((m) => m.type === 'error' && !m.url.includes('/pagefind/'))
		.map((m) => `${m.url.replace(`file:${DIST}/`, '')}:${m.lastLine ?? 0}: ${m.message}`);
	expect(messages).toEqual([]);
});

test('every internal link and #fragment resolves', () => {
	const files = htmlFiles();
	const idsOf = new Map<string, Set<string>>();
	const ids = (file: string) => {
		if (!idsOf.has(file)) idsOf.set(file, new Set([...readDist(file).matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => m[1]!)));
		return idsOf.get(file)!;
	};
	const broken: string[] = [];
	let checked = 0;
	for (const file of files) {
		const html = readDist(file);
		const page = new URL(`/${file.replace(/index\.html$/, '')}`, SITE);
		for (const m of html.matchAll(/<(?:a|link|area)\b[^>]*?\shref="([^"]*)"/gi)) {
			const href = m[1]!.replace(/&amp;/g, '&');
			if (/^(mailto|tel|data|javascript):/i.test(href)) continue;
			const url = new URL(href, page);
			if (url.origin !== SITE.origin) continue;
			checked++;
			const target = fileFor(url.pathname);
			if (!target) {
				broken.push(`${file}: ${href} (no such page)`);
				continue;
			}
			const fragment = decodeURIComponent(url.hash.slice(1));
			if (fragment && target.endsWith('.html') && !ids(target).has(fragment)) broken.push(`${file}: ${href} (no id "${fragment}" in ${target})`);
		}
	}
	expect(checked).toBeGreaterThan(500);
	expect(broken).toEqual([]);
});

test.describe('every page type reads fully without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	const entries = new Set([...entryPagesByType().values()].map((paths) => paths[0]!));
	for (const path of onePageOfEachType()) {
		test(path, async ({ page }) => {
			await page.goto(path);
			const main = page.locator('main');
			await expect(main).toBeVisible();
			await expect(page.locator('h1')).toBeVisible();
			// Nothing in the content waits for a script: no element is hidden that the page later reveals.
			const text = (await main.innerText()).trim();
			expect(text.length).toBeGreaterThan(200);
			const html = readDist(fileFor(path)!);
			for (const m of html.matchAll(/<h2\b[^>]*>([\s\S]*?)<\/h2>/gi)) {
				const heading = m[1]!.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&#39;/g, "'").trim();
				if (heading && !/class="[^"]*visually-hidden/.test(m[0])) await expect(page.getByRole('heading', { name: heading, exact: true }).first()).toBeVisible();
			}
			if (/^\/compare\/[^/]+\/$/.test(path)) {
				// A comparison page: the summary of differences and the side-by-side table, sources inside it.
				await expect(page.locator('.summary')).toBeVisible();
				await expect(page.getByRole('table').first()).toBeVisible();
			} else if (entries.has(path)) {
				await expect(page.locator('.summary .lede')).toBeVisible();
				await expect(page.locator('.references li').first()).toBeVisible();
				if (/^\/(neuromodulators|fillers)\//.test(path)) await expect(page.getByRole('table').first()).toBeVisible();
			}
		});
	}

	test('search explains that it needs JavaScript and offers the sections', async ({ page }) => {
		await page.goto('/search/?q=botox');
		await expect(page.getByText(/needs JavaScript/)).toBeVisible();
		await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('link').first()).toBeVisible();
	});
});

test('search says clearly when its index cannot load', async ({ page }) => {
	await page.route('**/pagefind/**', (route) => route.abort('failed'));
	page.on('console', () => {});
	await page.goto('/search/?q=botox');
	await expect(page.getByRole('status').filter({ hasText: /could not load/i })).toBeVisible();
	await expect(page.locator('#search-results li')).toHaveCount(0);
	// The way on without search stays in reach.
	await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('link').first()).toBeVisible();
});
