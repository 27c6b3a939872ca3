/**
 * The coverage floor of src/lib: reads the json-summary that `vitest run --coverage` wrote (see
 * vitest.config.ts) and fails below COVERAGE_FLOOR percent of lines, naming the least covered files.
 * Writes { passed, failed } to the second path given, for scripts/test-all.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { COVERAGE_FLOOR } from '../vitest.config.ts';

interface Metric {
	pct: number;
	covered: number;
	total: number;
}
type Summary = Record<string, { lines: Metric }>;

const [summaryPath = 'coverage/coverage-summary.json', report] = process.argv.slice(2);
const summary = JSON.parse(readFileSync(summaryPath, 'utf8')) as Summary;
const { total, ...files } = summary;
if (!total) throw new Error(`${summaryPath} has no total: run vitest with --coverage first`);
const lowest = Object.entries(files)
	.map(([file, m]) => ({ file: relative(process.cwd(), file), pct: m.lines.pct }))
	.sort((a, b) => a.pct - b.pct)
	.slice(0, 5);
const ok = total.lines.pct >= COVERAGE_FLOOR;
console.log(
	`src/lib line coverage: ${total.lines.pct}% (${total.lines.covered} of ${total.lines.total} lines); the floor is ${COVERAGE_FLOOR}%`,
);
console.log(`least covered: ${lowest.map((l) => `${l.file} ${l.pct}%`).join(', ')}`);
if (report) writeFileSync(report, JSON.stringify({ passed: ok ? 1 : 0, failed: ok ? 0 : 1 }));
process.exit(ok ? 0 : 1);
