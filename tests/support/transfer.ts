/**
 * What a static host sends for a response the browser tests fetched from the local preview server.
 * The preview server does not compress; a host compresses text, so text bodies are counted gzipped and
 * everything else (images, Pagefind's already-compressed files) as it is.
 */
import type { Response } from '@playwright/test';
import { gzip } from './budget.ts';

export async function bodyBytesAsHostSends(response: Response): Promise<number> {
	const body = await response.body().catch(() => Buffer.alloc(0));
	const type = response.headers()['content-type'] ?? '';
	return /text|javascript|json|svg|xml/.test(type) ? gzip(body) : body.length;
}
