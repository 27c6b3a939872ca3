/**
 * A queue of pictures to draw, filled while pages are found and emptied a batch at a time by the
 * drawing processes (src/integrations/social-images.ts). Each job names the file it writes; one file is
 * drawn once however many pages share it. Pure apart from the `exists` check it is given.
 */
export interface DrawJob {
	/** The file the drawing writes (for a social image, its cached PNG, shared by pages with the same kind and title). */
	out: string;
}

export class DrawQueue<Job extends DrawJob> {
	private readonly waiting: Job[] = [];
	private readonly queued = new Set<string>();
	private closed = false;
	private wake: Array<() => void> = [];

	/**
	 * @param batch the most jobs one take() returns
	 * @param exists whether a cached image is already on disk (then it is not drawn again)
	 * @param least how many jobs take() waits for while the queue is open (a whole batch unless given)
	 */
	constructor(
		private readonly batch: number,
		private readonly exists: (file: string) => boolean,
		private readonly least = batch,
	) {}

	/** How many different images were queued in all (each drawn once). */
	get size(): number {
		return this.queued.size;
	}

	/** Queues an image unless it is queued already or already on disk. */
	add(job: Job): void {
		if (this.closed) throw new Error('DrawQueue: add() after close()');
		if (this.queued.has(job.out) || this.exists(job.out)) return;
		this.queued.add(job.out);
		this.waiting.push(job);
		if (this.waiting.length >= this.least) this.notify();
	}

	/** No more jobs: take() hands out what is left, then undefined. */
	close(): void {
		this.closed = true;
		this.notify();
	}

	/**
	 * The next batch, at most `batch` jobs: waits until `least` are queued (one process start per batch
	 * is what makes drawing cheap) or the queue is closed; undefined once it is closed and empty.
	 */
	async take(): Promise<Job[] | undefined> {
		while (this.waiting.length < this.least && !this.closed) await new Promise<void>((r) => this.wake.push(r));
		return this.waiting.length > 0 ? this.waiting.splice(0, this.batch) : undefined;
	}

	private notify(): void {
		for (const r of this.wake.splice(0)) r();
	}
}
