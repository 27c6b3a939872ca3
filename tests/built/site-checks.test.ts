/**
 * Whole-site checks of dist/ with Node alone: valid HTML (the Nu Html Checker, one JVM for every page)
 * and every internal link and #fragment resolves.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { DIST, fileFor, htmlFiles, readDist } from '../support/dist.ts';

const SITE = new URL(process.env.SITE_URL ?? 'https://injectables-atlas.example');

test('every page is valid HTML (Nu Html Checker)', { timeout: 180_000 }, () => {
	const vnu = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');
	// One JVM for the whole site: starting Java is the slow part.
	const result = spawnSync('java', ['-Xss4m', '-jar', vnu, '--errors-only', '--format', 'json', '--skip-non-html', DIST], {
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	expect(result.error, 'java could not run: install a Java runtime (Debian: default-jre-headless)').toBeUndefined();
	const messages = (
		JSON.parse(result.stderr || '{"messages":[]}').messages as Array<{ type: string; url: string; lastLine?: number; message: string }>
	)
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
			if (fragment && target.endsWith('.html') && !ids(target).has(fragment))
				broken.push(`${file}: ${href} (no id "${fragment}" in ${target})`);
		}
	}
	expect(checked).toBeGreaterThan(500);
	expect(broken).toEqual([]);
});
