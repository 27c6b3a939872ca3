/** The built site's URLs, read from its own sitemap: shared by the browser tests, the built-site checks and the sweep. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIST = join(import.meta.dirname, '../../dist');

/** Every page path listed in the built sitemap, e.g. "/areas/lips/". */
export function sitemapPaths(): string[] {
	const files = readdirSync(DIST).filter((f) => /^sitemap-\d+\.xml$/.test(f));
	const xml = files.map((f) => readFileSync(join(DIST, f), 'utf8')).join('');
	return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

/** The first entry path of a collection, e.g. "/guides/aftercare/". */
export function firstEntryOf(collection: string): string {
	const path = sitemapPaths().find((p) => p.startsWith(`/${collection}/`) && p !== `/${collection}/`);
	if (!path) throw new Error(`the sitemap lists no ${collection} entry page`);
	return path;
}
