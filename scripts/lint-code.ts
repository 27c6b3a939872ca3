/**
 * `npm run lint`: ESLint over the code (eslint.config.js), printing problems the usual way and allowing
 * no warning. Writes { passed, failed } (files) to the path given, for scripts/test-all.ts.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { ESLint } from 'eslint';

// The type-checked rules read Astro's generated types (astro:content, import.meta.env, `?url` imports),
// which exist only after `astro sync`: on a fresh clone nothing has generated them yet, and every use
// would be reported as an unresolved (error-typed) value.
const sync = spawnSync('npx', ['astro', 'sync'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (sync.status !== 0) {
	console.error('astro sync failed: the type-checked lint rules need the generated types');
	process.exit(1);
}

const report = process.argv[2];
const eslint = new ESLint();
const results = await eslint.lintFiles(['.']);
const formatter = await eslint.loadFormatter('stylish');
const text = await formatter.format(results);
if (text) console.log(text);
const failed = results.filter((r) => r.errorCount + r.warningCount > 0).length;
console.log(`${results.length - failed} file(s) clean, ${failed} with problems (warnings count: the gate allows none)`);
if (report) writeFileSync(report, JSON.stringify({ passed: results.length - failed, failed }));
process.exit(failed > 0 || results.length === 0 ? 1 : 0);
