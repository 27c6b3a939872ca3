/**
 * Writes a social image for every built HTML page: reads each page's og:image path and og:title from
 * dist/, draws the image (src/integrations/social-image.ts) and copies it into place. Images are cached on disk
 * by a hash of their inputs and the template version, so a rebuild redraws only what changed. The drawing
 * runs beside the build steps after this one and the build's last step waits for it (./background.ts).
 */
import type { AstroIntegration } from 'astro';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, setPriority, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtPages } from '../disk/built-pages.ts';
import { pageKind } from '../lib/site/seo.ts';
import { runInBackground } from './background.ts';
import { socialImageKey, type SocialImageInput } from './social-image.ts';
import { decodeEntities } from '../lib/text/entities.ts';

/**
 * Images are drawn in child processes, BATCH at a time, as many at once as there are cores. The pixels
 * Skia hands back for each image (3 MB) are not freed while the process lives, even after a forced
 * collection (measured: 600 images in one process peaked at 2 GB), and a child's memory is all returned
 * when it exits; 100 images keep a child near 400 MB, and starting one costs about as much as drawing
 * 20 images. The build's own process never loads Skia.
 */
const BATCH = 100;
const DRAW_SCRIPT = 'src/integrations/draw-social-images.ts';

interface Job {
	input: SocialImageInput;
	out: string;
}

function drawBatch(jobs: Job[], scratch: string, n: number): Promise<void> {
	const file = join(scratch, `jobs-${n}.json`);
	writeFileSync(file, JSON.stringify(jobs));
	return new Promise((resolveBatch, reject) => {
		const child = spawn(process.execPath, [resolve(process.cwd(), DRAW_SCRIPT), file], { stdio: ['ignore', 'inherit', 'inherit'] });
		// Lower priority than the build's own process: the steps after this one (page weight, security
		// policy, search index) are one chain on one core, and the drawing fills whatever CPU they leave.
		if (child.pid) setPriority(child.pid, 10);
		child.on('error', reject);
		child.on('exit', (code) =>
			code === 0 ? resolveBatch() : reject(new Error(`${DRAW_SCRIPT} failed (exit ${code}) drawing social images`)),
		);
	});
}

async function drawAll(jobs: Job[]): Promise<void> {
	if (jobs.length === 0) return;
	const scratch = mkdtempSync(join(tmpdir(), 'atlas-og-'));
	try {
		const batches = Array.from({ length: Math.ceil(jobs.length / BATCH) }, (_, i) => jobs.slice(i * BATCH, (i + 1) * BATCH));
		let next = 0;
		const lane = async () => {
			while (next < batches.length) {
				const n = next++;
				await drawBatch(batches[n]!, scratch, n);
			}
		};
		await Promise.all(Array.from({ length: Math.min(availableParallelism(), batches.length) }, lane));
	} finally {
		rmSync(scratch, { recursive: true, force: true });
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

export default function socialImages(): AstroIntegration {
	return {
		name: 'injectables-atlas:social-images',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const cache = resolve(process.cwd(), CACHE_DIR);
				mkdirSync(cache, { recursive: true });
				const started = Date.now();
				const jobs: Job[] = [];
				const copies: Array<[from: string, to: string]> = [];
				const queued = new Set<string>();
				for (const { file, url } of builtPages(site)) {
					const html = readFileSync(file, 'utf8');
					const image = metaContent(html, 'og:image');
					const title = metaContent(html, 'og:title');
					if (!image || !title) throw new Error(`${url} has no og:image or og:title: every page must use BaseLayout`);
					const input = { title, kind: pageKind(url) };
					const cached = join(cache, `${socialImageKey(input)}.png`);
					if (!existsSync(cached) && !queued.has(cached)) {
						queued.add(cached);
						jobs.push({ input, out: cached });
					}
					copies.push([cached, join(site, new URL(image).pathname)]);
				}
				// The drawing overlaps the later steps (page weight, security policy, search index); the last
				// one waits for it (src/integrations/background.ts).
				const drawn = jobs.length;
				const reused = copies.length - drawn;
				runInBackground(
					drawAll(jobs).then(() => {
						for (const [from, to] of copies) {
							mkdirSync(dirname(to), { recursive: true });
							copyFileSync(from, to);
						}
						logger.info(`Social images: ${drawn} drawn, ${reused} from cache, in ${Date.now() - started} ms (beside the steps after it).`);
					}),
				);
			},
		},
	};
}
