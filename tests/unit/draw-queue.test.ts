/**
 * The queue that feeds the social-image drawing processes: whole batches while it is open, the rest
 * after close(), each file once, nothing already on disk.
 */
import { describe, expect, it } from 'vitest';
import { DrawQueue } from '../../src/lib/pictures/draw-queue.ts';

const job = (n: number) => ({ out: `/cache/${n}.png`, n });

describe('DrawQueue', () => {
	it('hands out whole batches while open, then the remainder after close, then undefined', async () => {
		const q = new DrawQueue<{ out: string; n: number }>(3, () => false);
		for (let n = 0; n < 7; n++) q.add(job(n));
		expect((await q.take())!.map((j) => j.n)).toEqual([0, 1, 2]);
		expect((await q.take())!.map((j) => j.n)).toEqual([3, 4, 5]);
		// One job left: take() waits for a whole batch or close().
		let last: Array<{ n: number }> | undefined;
		const pending = q.take().then((b) => (last = b));
		await new Promise((r) => setTimeout(r, 10));
		expect(last).toBeUndefined();
		q.close();
		await pending;
		expect(last!.map((j) => j.n)).toEqual([6]);
		expect(await q.take()).toBeUndefined();
		expect(q.size).toBe(7);
	});

	it('wakes a waiting taker as soon as a batch is full', async () => {
		const q = new DrawQueue<{ out: string; n: number }>(2, () => false);
		const first = q.take();
		q.add(job(1));
		q.add(job(2));
		expect((await first)!.map((j) => j.n)).toEqual([1, 2]);
	});

	it('starts on fewer than a batch when told to, and takes no more than a batch', async () => {
		const q = new DrawQueue<{ out: string; n: number }>(3, () => false, 2);
		const first = q.take();
		q.add(job(1));
		q.add(job(2));
		expect((await first)!.map((j) => j.n)).toEqual([1, 2]);
		for (let n = 3; n < 8; n++) q.add(job(n));
		expect((await q.take())!.map((j) => j.n)).toEqual([3, 4, 5]);
	});

	it('queues each file once and skips files already on disk', async () => {
		const q = new DrawQueue<{ out: string; n: number }>(10, (file) => file === '/cache/2.png');
		for (const n of [1, 1, 2, 3, 3, 1]) q.add(job(n));
		q.close();
		expect((await q.take())!.map((j) => j.n)).toEqual([1, 3]);
		expect(q.size).toBe(2);
	});

	it('refuses a job after close, so no image can be silently left undrawn', () => {
		const q = new DrawQueue<{ out: string; n: number }>(10, () => false);
		q.close();
		expect(() => q.add(job(1))).toThrow(/after close/);
	});
});
