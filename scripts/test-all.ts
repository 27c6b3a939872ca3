/**
 * `npm test`: every check and test, in the order a failure is cheapest to find.
 *   1. content lint     (npm run lint:content)      the corpus rules, file:line messages
 *   2. type check       (astro check)               TypeScript strict over .ts and .astro
 *   3. unit tests       (vitest)                    src/lib, schemas, editor mistakes, a failing build
 *   4. build            (npm run build)             the site, its sitemap and its search index
 *   5. browser tests    (playwright)                pages, navigation, search, axe on every URL
 * Ends with one line "N passed, N failed" (checks count one each, plus every test case) and exits
 * non-zero if anything failed or nothing ran.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const reports = mkdtempSync(join(tmpdir(), 'atlas-test-'));
let passed = 0;
let failed = 0;

function step(name: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
	console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
	const started = Date.now();
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
	const ok = result.status === 0;
	console.log(`=== ${name}: ${ok ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
	return ok;
}

/** Counts a check that has no test cases of its own. */
function check(name: string, command: string, args: string[]): boolean {
	const ok = step(name, command, args);
	ok ? passed++ : failed++;
	return ok;
}

/** Runs a test runner and adds its case counts from its JSON report (a crash counts as one failure). */
function suite(name: string, command: string, args: string[], reportFile: string, count: (json: any) => [number, number], env: Record<string, string> = {}): void {
	const ok = step(name, command, args, env);
	try {
		const [p, f] = count(JSON.parse(readFileSync(reportFile, 'utf8')));
		passed += p;
		failed += f;
		if (!ok && f === 0) failed++;
	} catch {
		failed++;
		console.log(`=== ${name}: no report was written`);
	}
}

const npx = 'npx';
check('content lint', 'node', ['scripts/lint-content.ts']);
check('type check', npx, ['astro', 'check', '--minimumSeverity', 'warning']);
const vitestReport = join(reports, 'vitest.json');
suite('unit tests', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`], vitestReport, (j) => [j.numPassedTests, j.numFailedTests + (j.numPendingTests ?? 0)]);
const built = check('build', npx, ['astro', 'build']);
if (built) {
	const playwrightReport = join(reports, 'playwright.json');
	suite('browser tests', npx, ['playwright', 'test'], playwrightReport, (j) => [j.stats.expected, j.stats.unexpected + j.stats.flaky + j.stats.skipped], { PLAYWRIGHT_JSON: playwrightReport });
} else {
	console.log('=== browser tests: skipped because the build failed');
	failed++;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
