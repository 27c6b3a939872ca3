/** builtPages can leave out folders a step has finished with (the social images' early look skips them). */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../../src/disk/built-pages.ts';

describe('builtPages with skipFolder', () => {
	it('does not enter a skipped folder or anything below it', () => {
		const out = mkdtempSync(join(tmpdir(), 'atlas-built-'));
		for (const file of ['index.html', 'guides/index.html', 'guides/a/index.html', 'guides/b/index.html', 'guides/b/c/index.html']) {
			mkdirSync(join(out, file, '..'), { recursive: true });
			writeFileSync(join(out, file), '<p>x</p>');
		}
		const seen: string[] = [];
		const pages = builtPages(out, (folder) => {
			seen.push(folder);
			return folder === join(out, 'guides/b');
		});
		expect(pages.map((p) => p.url).sort()).toEqual(['/', '/guides/', '/guides/a/']);
		expect(seen).not.toContain(join(out, 'guides/b/c'));
	});
});
