/**
 * `npm run lint:content`: checks all content without a build and prints one line per problem,
 * `file:line: field: message`. Exits 1 on any problem. The build runs it first, and the tests share it.
 */
import { formatProblems } from '../src/lib/corpus/graph.ts';
import { loadContentFiles } from '../src/disk/content-files.ts';
import { lintCorpus } from '../src/lib/corpus/corpus-rules.ts';

const contentDir = process.env.ATLAS_CONTENT_DIR ?? 'src/content';
// Fixture content is deliberately small: `--no-coverage` skips the corpus size minimums.
const coverage = process.argv.includes('--no-coverage') ? {} : undefined;
const { files, problems } = loadContentFiles(contentDir);
// Corpus rules only make sense once every file parses and every reference resolves.
const report =
	problems.length > 0 ? { errors: problems, warnings: [] } : lintCorpus(files, { today: new Date(), ...(coverage ? { coverage } : {}) });
const all = report.errors;
const warnings = report.warnings;

if (warnings.length > 0) console.warn(`${formatProblems(warnings)}\n${warnings.length} warning(s)`);
if (all.length > 0) {
	console.error(formatProblems(all));
	console.error(`\n${all.length} content problem(s) in ${contentDir}. Fix each line above; AUTHORING.md explains every field.`);
	process.exit(1);
}
console.log(`Content OK: ${files.length} entries in ${contentDir}.`);
