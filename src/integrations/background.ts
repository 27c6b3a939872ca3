/**
 * Work one build step starts and leaves running while the next steps go on, and that the build's last
 * step waits for. Drawing the social images runs in child processes and needs nothing the later steps
 * change (they edit HTML; the images only go to og/), so it overlaps them instead of holding the build
 * for its whole length (issue #18). The last integration in astro.config.mjs (finish-pages) calls
 * finishBackgroundWork(), so `astro build` still ends only when every image is in place, and fails if
 * any drawing failed.
 */
const pending: Array<Promise<void>> = [];

export function runInBackground(work: Promise<void>): void {
	// Handled here so a failure waits for finishBackgroundWork() to report it rather than crashing the
	// build mid-step as an unhandled rejection; the same promise still rejects there.
	work.catch(() => undefined);
	pending.push(work);
}

export async function finishBackgroundWork(): Promise<void> {
	await Promise.all(pending.splice(0));
}
