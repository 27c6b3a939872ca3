/**
 * Writes a social image for every built HTML page: reads each page's og:image path and og:title from
 * dist/, draws the image (src/integrations/social-image.ts) and copies it into place. Images are cached on disk
 * by a hash of their inputs and the template version, so a rebuild redraws only what changed.
 *
 * The drawing starts while Astro is still writing pages (issue #18): Astro renders on one core, so the
 * other was idle for most of a cold build while the images waited for the last page. From
 * `astro:build:start` the output folder is looked at every POLL_MS for pages written by this build, and
 * their images are queued for child processes as they appear. At `astro:build:done` every page is read
 * again, as it was before: that pass alone decides which images the site gets, and draws whatever the
 * early look missed, so the early look only ever saves time. The rest of the drawing then runs beside
 * the build steps after this one, and the build's last step waits for it (./background.ts).
 */
import type { AstroIntegration } from 'astro';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtPages } from '../disk/built-pages.ts';
import { pageKind } from '../lib/site/seo.ts';
import { runInBackground } from './background.ts';
import { DrawQueue } from '../lib/pictures/draw-queue.ts';
import { socialImageKey, type SocialImageInput } from './social-image.ts';
import { decodeEntities } from '../lib/text/entities.ts';

/**
 * Images are drawn in child processes (see drawFrom for how many at once), at most BATCH to a child.
 * The pixels Skia hands back are not freed while a process lives, even after a forced collection
 * (600 whole images in one process peaked at 2 GB), and a child's memory is all returned when it exits.
 * A child now reads back only each title's rows (about 1 MB an image; src/integrations/social-image.ts),
 * so 300 images keep it near 450 MB, and starting one costs about as much as drawing 20 images. While
 * Astro is still writing pages a child starts once FIRST images are queued, so the drawing begins early.
 * The build's own process never loads Skia.
 */
const BATCH = 300;
const FIRST = 50;
const DRAW_SCRIPT = 'src/integrations/draw-social-images.ts';

/** One image to draw: its inputs and its cached file (read by draw-social-images.ts). */
interface Job {
	input: SocialImageInput;
	out: string;
}
/** How often the output folder is looked at for new pages while Astro writes them. */
const POLL_MS = 1000;

function drawBatch(jobs: Job[], scratch: string, n: number): Promise<void> {
	const file = join(scratch, `jobs-${n}.json`);
	writeFileSync(file, JSON.stringify(jobs));
	return new Promise((resolveBatch, reject) => {
		const child = spawn(process.execPath, [resolve(process.cwd(), DRAW_SCRIPT), file], { stdio: ['ignore', 'inherit', 'inherit'] });
		child.on('error', reject);
		child.on('exit', (code) =>
			code === 0 ? resolveBatch() : reject(new Error(`${DRAW_SCRIPT} failed (exit ${code}) drawing social images`)),
		);
	});
}

/**
 * Child processes, one per core but the one the build's own chain runs on (Astro's rendering, then
 * page weight, security policy and search index, one after the other), each drawing a batch from the
 * queue at a time until it is closed and empty. They run at normal priority: at a lower one they got
 * almost no CPU on a machine shared with other builds, and the build waited for them at the end.
 */
async function drawFrom(queue: DrawQueue<Job>): Promise<void> {
	// Made when the first batch is taken, so a build that fails before any page is written leaves nothing.
	let scratch: string | undefined;
	let n = 0;
	try {
		const lane = async () => {
			for (let batch = await queue.take(); batch; batch = await queue.take())
				await drawBatch(batch, (scratch ??= mkdtempSync(join(tmpdir(), 'atlas-og-'))), n++);
		};
		await Promise.all(Array.from({ length: Math.max(1, availableParallelism() - 1) }, lane));
	} finally {
		if (scratch) rmSync(scratch, { recursive: true, force: true });
	}
}

/**
 * Drawn images are kept in a folder outside node_modules (which `npm ci` deletes), named by a hash of
 * everything that changes their pixels, so a host or CI that keeps this folder between builds redraws
 * only the images of new or retitled pages (README, "Deploying"). ATLAS_OG_CACHE_DIR names another
 * folder; the build benchmark points it at an empty one so that it measures real drawing.
 */
const CACHE_DIR = process.env.ATLAS_OG_CACHE_DIR ?? '.cache/social-images';

const metaContent = (html: string, property: string) => {
	const match = html.match(new RegExp(`<meta property="${property}" content="([^"]*)"`));
	return match ? decodeEntities(match[1]!) : undefined;
};

/** A page's image: what to draw, the cached file and where the page's og:image points, or undefined without both tags. */
function pageImage(file: string, url: string, cache: string): { job: Job; target: string } | undefined {
	const html = readFileSync(file, 'utf8');
	const image = metaContent(html, 'og:image');
	const title = metaContent(html, 'og:title');
	if (!image || !title) return undefined;
	const input = { title, kind: pageKind(url) };
	return { job: { input, out: join(cache, `${socialImageKey(input)}.png`) }, target: new URL(image).pathname };
}

export default function socialImages(): AstroIntegration {
	let outDir = '';
	let cache = '';
	let queue: DrawQueue<Job> | undefined;
	let drawing: Promise<void> | undefined;
	let stopWatching = () => {};
	/** What the early look found in each page, with the page's time and size when it was read. */
	const early = new Map<string, { mtimeMs: number; size: number; found: NonNullable<ReturnType<typeof pageImage>> }>();
	return {
		name: 'injectables-atlas:social-images',
		hooks: {
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
			},
			'astro:build:start': () => {
				cache = resolve(process.cwd(), CACHE_DIR);
				early.clear();
				mkdirSync(cache, { recursive: true });
				const started = Date.now();
				const q = new DrawQueue<Job>(BATCH, existsSync, FIRST);
				queue = q;
				drawing = drawFrom(q);
				// A failure is reported at the end of the build (runInBackground), not as an unhandled rejection now.
				drawing.catch(() => undefined);
				// Pages this build wrote (an older build's files are older than its start); a page read
				// before Astro finished writing it lacks a tag and is looked at again next time.
				// A page's folder with no folder inside it is finished once its page is read: later looks
				// skip it, so a look costs a few folder reads, not one per page (at 5,000 pages walking
				// every folder each second cost Astro's process seconds of its rendering time).
				const finished = new Set<string>();
				let timer: NodeJS.Timeout | undefined;
				const look = () => {
					for (const { file, url } of existsSync(outDir) ? builtPages(outDir, (folder) => finished.has(folder)) : []) {
						if (early.has(file)) continue;
						const stat = statSync(file, { throwIfNoEntry: false });
						if (!stat || stat.mtimeMs < started) continue;
						// Only a head start: a page that cannot be read now is left to the pass at
						// astro:build:done, which reads every page and fails loudly.
						try {
							const found = pageImage(file, url, cache);
							if (!found) continue;
							early.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, found });
							q.add(found.job);
							const folder = dirname(file);
							if (basename(file) === 'index.html' && !readdirSync(folder, { withFileTypes: true }).some((d) => d.isDirectory()))
								finished.add(folder);
						} catch {
							/* looked at again next time */
						}
					}
				};
				const tick = () => {
					try {
						look();
					} catch {
						/* a folder that moved while it was walked: looked at again next time */
					}
					timer = setTimeout(tick, POLL_MS).unref();
				};
				timer = setTimeout(tick, POLL_MS).unref();
				stopWatching = () => clearTimeout(timer);
			},
			'astro:build:done': ({ dir, logger }) => {
				stopWatching();
				const site = fileURLToPath(dir);
				const started = Date.now();
				const queuedEarly = queue!.size;
				const copies: Array<[from: string, to: string]> = [];
				for (const { file, url } of builtPages(site)) {
					// A page unchanged since the early look (Astro writes each page once) is not read again.
					const seen = early.get(file);
					const stat = seen && statSync(file);
					const found = seen && stat!.mtimeMs === seen.mtimeMs && stat!.size === seen.size ? seen.found : pageImage(file, url, cache);
					if (!found) throw new Error(`${url} has no og:image or og:title: every page must use BaseLayout`);
					queue!.add(found.job);
					copies.push([found.job.out, join(site, found.target)]);
				}
				queue!.close();
				const drawn = queue!.size;
				// The drawing overlaps the later steps (page weight, security policy, search index); the last
				// one waits for it (src/integrations/background.ts).
				runInBackground(
					drawing!.then(() => {
						for (const [from, to] of copies) {
							mkdirSync(dirname(to), { recursive: true });
							copyFileSync(from, to);
						}
						logger.info(
							`Social images: ${drawn} drawn (${queuedEarly} queued while Astro wrote pages), ${copies.length - drawn} from cache; done ${Date.now() - started} ms after the pages were written.`,
						);
					}),
				);
			},
		},
	};
}
