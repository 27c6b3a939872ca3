/**
 * `npm run format:check`: every file Prettier formats (see .prettierignore) must already be formatted.
 * Prints each file that is not, and writes { passed, failed } (files) to the path given, for
 * scripts/test-all.ts. `npm run format` rewrites them.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';

const report = process.argv[2];
// Tracked and new files, as git sees them (ignored files never count).
const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
	.split('\n')
	.filter(Boolean);
let passed = 0;
const unformatted: string[] = [];
for (const file of files) {
	const info = await prettier.getFileInfo(file, { ignorePath: '.prettierignore', resolveConfig: true });
	if (info.ignored || !info.inferredParser) continue;
	const options = { ...(await prettier.resolveConfig(file)), filepath: file };
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch {
		continue; // listed by git but deleted in the work tree
	}
	if (await prettier.check(text, options)) passed++;
	else unformatted.push(file);
}
for (const file of unformatted) console.log(`not formatted: ${file}`);
console.log(`${passed} file(s) formatted, ${unformatted.length} not${unformatted.length ? ': run npm run format' : ''}`);
if (report) writeFileSync(report, JSON.stringify({ passed, failed: unformatted.length }));
process.exit(unformatted.length > 0 || passed === 0 ? 1 : 0);
