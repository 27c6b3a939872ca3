/**
 * `npm run new` end to end: the script writes an entry for every collection into a copy of the fixture
 * content, the content linter passes on the result, and one real `astro build` renders it (drafts
 * left out, the same templates set to published rendered), so templates cannot drift from the site.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryFile } from '../../src/lib/corpus/scaffold.ts';
import { COLLECTIONS } from '../../src/schemas/index.ts';
import { copyFixture, edit, run } from '../support/fixture.ts';

const PAGES = ['neuromodulators', 'fillers', 'areas', 'products', 'guides', 'myths'] as const;
/** Collections whose ids are free slugs; a product pair's id names two products (written below). */
const FREE_IDS = COLLECTIONS.filter((c) => c !== 'product-pairs');
const PAIR = 'draft-products-vs-pub-products';

describe('npm run new', () => {
	it('creates an entry for every collection that passes the linter and builds', () => {
		const dir = copyFixture();
		for (const collection of FREE_IDS) {
			for (const id of [`draft-${collection}`, `pub-${collection}`]) {
				const created = run('scripts/new.ts', [collection, id], dir);
				expect(created.status, created.output).toBe(0);
				expect(created.output).toContain(`Created ${join(dir, entryFile(collection, id))}`);
				expect(created.output).toContain('Next steps:');
			}
		}

		const pair = run('scripts/new.ts', ['product-pairs', PAIR], dir);
		expect(pair.status, pair.output).toBe(0);

		const lint = run('scripts/lint-content.ts', ['--no-coverage'], dir);
		expect(lint.status, lint.output).toBe(0);
		expect(lint.output).toContain(`Content OK: ${17 + 2 * FREE_IDS.length + 1} entries`);

		// Publish one of each so the build renders every template, not only skips drafts.
		for (const collection of FREE_IDS) edit(dir, entryFile(collection, `pub-${collection}`), 'draft: true', 'draft: false');
		// A published product must carry a real-looking PMA number, not the template's stand-in.
		edit(dir, entryFile('products', 'pub-products'), 'pma: P000000', 'pma: P123456');
		const outDir = mkdtempSync(join(tmpdir(), 'atlas-dist-'));
		const build = run('node_modules/astro/bin/astro.mjs', ['build', '--outDir', outDir], dir);
		expect(build.status, build.output).toBe(0);

		for (const collection of PAGES) {
			expect(existsSync(join(outDir, collection, `pub-${collection}`, 'index.html')), `${collection}/pub-${collection}`).toBe(true);
			expect(existsSync(join(outDir, collection, `draft-${collection}`)), `${collection}/draft-${collection} must not publish`).toBe(false);
		}
		expect(existsSync(join(outDir, 'compare', PAIR)), 'a draft product pair must not publish').toBe(false);
		const glossary = readFileSync(join(outDir, 'glossary/index.html'), 'utf8');
		expect(glossary).toContain('id="pub-glossary"');
		expect(glossary).not.toContain('id="draft-glossary"');
		const sources = readFileSync(join(outDir, 'sources/index.html'), 'utf8');
		expect(sources).toContain('id="pub-sources"');
		expect(sources).not.toContain('id="draft-sources"');
	}, 180_000);
});
