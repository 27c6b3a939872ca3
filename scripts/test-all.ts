/**
 * `npm test`: every check and test, in layers ordered so that a failure is found as cheaply as possible.
 *   1. content lint       node scripts/lint-content.ts          the corpus rules, file:line messages
 *   2. format             node scripts/check-format.ts          Prettier: every code file already formatted
 *   3. code lint          node scripts/lint-code.ts             ESLint (type-checked rules), no warning
 *   4. type check         astro check                            TypeScript strict over .ts and .astro
 *   5. unit tests         vitest --coverage (tests/unit/)        pure: src/lib, schemas, editor mistakes
 *   6. coverage floor     node scripts/coverage-floor.ts        src/lib lines run by the unit tests
 *   7. build              astro build                            the site, its sitemap and search index
 *   8. built-site checks  vitest (tests/built/)                  dist/ read with Node alone, no browser,
 *                                                                and the fixture builds that must fail
 *   9. browser tests      playwright --project=e2e (tests/e2e/)  what a reader does and gets
 *  10. accessibility      playwright --project=a11y (tests/a11y) axe on every sitemap URL, light and dark
 * Every file in those folders runs; nothing lists them. The first failing layer stops the run (the layers
 * after it would mostly repeat the failure slowly); `npm test -- --keep-going` runs every layer that can
 * run. Prints each layer's count and time, then one closing line "N passed, N failed": a check counts one,
 * a test runner counts its test cases, and the sweep counts each URL x colour scheme it checked. Exits
 * non-zero if anything failed or nothing ran.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Layer {
	name: string;
	command: string[];
	/** For a test runner: where its JSON report goes, and how to read the counts from it. */
	report?: { file: string; count: (json: unknown) => Counts };
	env?: Record<string, string>;
	/** Layers that read dist/ cannot run without a build. */
	needsBuild?: boolean;
}

interface Counts {
	passed: number;
	failed: number;
}

const reports = mkdtempSync(join(tmpdir(), 'atlas-test-'));
const keepGoing = process.argv.includes('--keep-going');

/** The parts of Vitest's JSON report read here. */
interface VitestReport {
	numPassedTests: number;
	numFailedTests: number;
	numPendingTests?: number;
	numTodoTests?: number;
}

/** The parts of Playwright's JSON report read here. */
interface PlaywrightAnnotation {
	type: string;
	description?: string;
}
interface PlaywrightTest {
	status: string;
	annotations?: PlaywrightAnnotation[];
	results?: Array<{ annotations?: PlaywrightAnnotation[] }>;
}
interface PlaywrightSuite {
	specs?: Array<{ tests?: PlaywrightTest[] }>;
	suites?: PlaywrightSuite[];
}
interface PlaywrightReport {
	suites?: PlaywrightSuite[];
	errors?: unknown[];
}

/** Vitest: a skipped or to-do test counts as a failure (nothing may pass without running). */
function vitestCounts(json: unknown): Counts {
	const j = json as VitestReport;
	return { passed: j.numPassedTests, failed: j.numFailedTests + (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0) };
}

/** Counts a check script wrote itself ({ passed, failed }). */
const ownCounts = (json: unknown): Counts => json as Counts;

/**
 * Playwright: one case per test, except a test that records what it checked in a "checked cases"
 * annotation ({ passed, failed }), such as the sweep, which counts those. Skipped and flaky tests fail.
 */
function playwrightCounts(json: unknown): Counts {
	const j = json as PlaywrightReport;
	const counts = { passed: 0, failed: 0 };
	const visit = (suite: PlaywrightSuite) => {
		for (const spec of suite.specs ?? []) {
			for (const t of spec.tests ?? []) {
				const annotations = [...(t.annotations ?? []), ...(t.results ?? []).flatMap((r) => r.annotations ?? [])];
				const checked = annotations.find((a) => a.type === 'checked cases');
				const ok = t.status === 'expected';
				if (checked) {
					const c = JSON.parse(checked.description ?? '{}') as Counts;
					counts.passed += c.passed;
					counts.failed += c.failed;
					// A test that failed although every case passed (a timeout, a crash) fails once more.
					if (!ok && c.failed === 0) counts.failed++;
				} else if (ok) counts.passed++;
				else counts.failed++;
			}
		}
		for (const child of suite.suites ?? []) visit(child);
	};
	for (const suite of j.suites ?? []) visit(suite);
	for (const error of j.errors ?? []) if (error) counts.failed++;
	return counts;
}

const vitest = (name: string, file: string, config: string[]): Layer => ({
	name,
	command: ['npx', 'vitest', 'run', ...config, '--reporter=default', '--reporter=json', `--outputFile.json=${join(reports, file)}`],
	report: { file: join(reports, file), count: vitestCounts },
});
const playwright = (name: string, project: string): Layer => ({
	name,
	command: ['npx', 'playwright', 'test', `--project=${project}`],
	report: { file: join(reports, `${project}.json`), count: playwrightCounts },
	env: { PLAYWRIGHT_JSON: join(reports, `${project}.json`) },
	needsBuild: true,
});

const LAYERS: Layer[] = [
	{ name: 'content lint', command: ['node', 'scripts/lint-content.ts'] },
	{
		name: 'format',
		command: ['node', 'scripts/check-format.ts', join(reports, 'format.json')],
		report: { file: join(reports, 'format.json'), count: ownCounts },
	},
	{
		name: 'code lint',
		command: ['node', 'scripts/lint-code.ts', join(reports, 'eslint.json')],
		report: { file: join(reports, 'eslint.json'), count: ownCounts },
	},
	{ name: 'type check', command: ['npx', 'astro', 'check', '--minimumSeverity', 'warning'] },
	vitest('unit tests', 'unit.json', ['--coverage', `--coverage.reportsDirectory=${join(reports, 'coverage')}`]),
	{
		name: 'coverage floor',
		command: [
			'node',
			'scripts/coverage-floor.ts',
			join(reports, 'coverage', 'coverage-summary.json'),
			join(reports, 'coverage-floor.json'),
		],
		report: { file: join(reports, 'coverage-floor.json'), count: ownCounts },
	},
	{ name: 'build', command: ['npx', 'astro', 'build'] },
	{ ...vitest('built-site checks', 'built.json', ['--config', 'vitest.built.config.ts']), needsBuild: true },
	playwright('browser tests', 'e2e'),
	playwright('accessibility sweep', 'a11y'),
];

interface Outcome extends Counts {
	name: string;
	seconds?: number;
	note?: string;
}

function runLayer(layer: Layer, index: number): Outcome {
	const label = `${index + 1}. ${layer.name}`;
	console.log(`\n=== ${label}: ${layer.command.join(' ')}`);
	const started = Date.now();
	const result = spawnSync(layer.command[0]!, layer.command.slice(1), {
		stdio: 'inherit',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...layer.env },
	});
	const seconds = (Date.now() - started) / 1000;
	const ok = result.status === 0;
	let counts: Counts = ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
	let note: string | undefined;
	if (layer.report) {
		try {
			counts = layer.report.count(JSON.parse(readFileSync(layer.report.file, 'utf8')));
			// A runner that exits non-zero with no failed case (a crash, a broken config) still fails.
			if (!ok && counts.failed === 0) counts.failed++;
			// A runner that found nothing to run has not passed.
			if (counts.passed + counts.failed === 0) {
				counts.failed++;
				note = 'no tests ran';
			}
		} catch {
			counts = { passed: 0, failed: 1 };
			note = 'no report was written';
		}
	}
	const status = counts.failed > 0 ? 'FAILED' : 'ok';
	console.log(
		`=== ${label}: ${status}, ${counts.passed} passed, ${counts.failed} failed, in ${seconds.toFixed(1)} s${note ? ` (${note})` : ''}`,
	);
	return { name: layer.name, ...counts, seconds, note };
}

const outcomes: Outcome[] = [];
const started = Date.now();
let stopped: string | undefined;
let built = true;
for (const [index, layer] of LAYERS.entries()) {
	if (stopped) {
		outcomes.push({ name: layer.name, passed: 0, failed: 0, note: `not run: ${stopped}` });
		continue;
	}
	if (layer.needsBuild && !built) {
		outcomes.push({ name: layer.name, passed: 0, failed: 1, note: 'not run: the build failed' });
		continue;
	}
	const outcome = runLayer(layer, index);
	outcomes.push(outcome);
	if (layer.name === 'build') built = outcome.failed === 0;
	if (outcome.failed > 0 && !keepGoing) stopped = `layer ${index + 1} failed`;
}

const passed = outcomes.reduce((sum, o) => sum + o.passed, 0);
const failed = outcomes.reduce((sum, o) => sum + o.failed, 0);
console.log(`\nLayers (total ${((Date.now() - started) / 1000).toFixed(1)} s):`);
for (const [i, o] of outcomes.entries()) {
	const time = o.seconds === undefined ? '' : `${o.seconds.toFixed(1).padStart(7)} s`;
	const counts =
		o.seconds === undefined && o.failed === 0 ? '' : `${String(o.passed).padStart(4)} passed ${String(o.failed).padStart(3)} failed`;
	console.log(`  ${i + 1}. ${o.name.padEnd(20)} ${counts.padEnd(22)} ${time.padStart(9)}${o.note ? `  ${o.note}` : ''}`);
}
if (stopped) console.log(`\nStopped after the first failing layer; \`npm test -- --keep-going\` runs the others.`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
