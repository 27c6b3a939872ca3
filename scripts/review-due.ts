/**
 * `npm run review-due [-- --days N]`: lists the entries whose nextReview has passed or falls within the
 * next 60 days (or N), soonest first, overdue ones marked. A report: it exits 0 whatever it finds.
 * The logic is in src/lib/corpus/review-due.ts.
 */
import { loadContentFiles } from '../src/disk/content-files.ts';
import { daysFromArgs, formatReviewsDue, reviewsDue } from '../src/lib/corpus/review-due.ts';

const contentDir = process.env.ATLAS_CONTENT_DIR ?? 'src/content';
let days: number;
try {
	days = daysFromArgs(process.argv.slice(2));
} catch (error) {
	console.error(`npm run review-due: ${(error as Error).message}`);
	process.exit(1);
}
// Files the schema rejects still carry their raw dates only as strings; the linter reports those.
const { files } = loadContentFiles(contentDir);
console.log(formatReviewsDue(reviewsDue(files, { today: new Date(), days }), days));
