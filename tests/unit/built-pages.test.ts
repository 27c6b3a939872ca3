import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, urlOfHtmlFile } from '../../src/disk/built-pages.ts';

describe('builtPages', () => {
	it('lists every HTML page with the URL it serves, skipping asset folders', () => {
		const out = mkdtempSync(join(tmpdir(), 'atlas-built-'));
		for (const file of [
			'index.html',
			'404.html',
			'areas/index.html',
			'areas/lips/index.html',
			'pagefind/fragment.html',
			'_astro/x.html',
			'og/a.html',
			'areas/lips/notes.txt',
		]) {
			mkdirSync(join(out, file, '..'), { recursive: true });
			writeFileSync(join(out, file), '<p>x</p>');
		}
		const pages = builtPages(out);
		expect(pages.map((p) => p.url).sort()).toEqual(['/', '/404.html', '/areas/', '/areas/lips/']);
		expect(pages.find((p) => p.url === '/areas/lips/')!.file).toBe(join(out, 'areas/lips/index.html'));
	});

	it('maps a file to its URL', () => {
		expect(urlOfHtmlFile('index.html')).toBe('/');
		expect(urlOfHtmlFile('guides/aftercare/index.html')).toBe('/guides/aftercare/');
		expect(urlOfHtmlFile('404.html')).toBe('/404.html');
	});
});
