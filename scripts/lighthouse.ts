/**
 * `npm run lighthouse`: Lighthouse (mobile, its default simulated slow 4G and CPU slowdown) on one page of
 * each type of the built site. Run `npm run build` first. Prints the four category scores and LCP, TBT
 * and CLS per page, and the audits that cost points. Not part of `npm test`: scores vary with machine load.
 *
 * The site is served the way a static host serves it: gzip for text and the headers from dist/_headers,
 * so the Content-Security-Policy header is enforced during the run. Chromium is Debian's unless
 * CHROME_PATH or CHROMIUM_PATH names another; the flags keep it off the (closed) network.
 */
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.ts';
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const DIST = join(import.meta.dirname, '../dist');
if (!existsSync(join(DIST, 'index.html'))) {
	console.error('dist/ is empty: run `npm run build` first.');
	process.exit(2);
}

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	'.png': 'image/png',
	'.webp': 'image/webp',
};

/** The "/*" block of dist/_headers, applied to every response. */
function siteHeaders(): Record<string, string> {
	const file = join(DIST, '_headers');
	if (!existsSync(file)) return {};
	const block =
		readFileSync(file, 'utf8')
			.split(/^\/\*\s*$/m)[1]
			?.split(/^\S/m)[0] ?? '';
	return Object.fromEntries(
		block
			.split('\n')
			.map((l) => l.trim())
			.filter((l) => l.includes(':') && !l.startsWith('#'))
			.map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
	);
}

const headers = siteHeaders();
const server = createServer((req, res) => {
	const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
	let file = join(DIST, path);
	if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
	const found = existsSync(file) && statSync(file).isFile();
	if (!found) file = join(DIST, '404.html');
	const type = TYPES[extname(file)] ?? 'application/octet-stream';
	let body: Buffer = readFileSync(file);
	const out: Record<string, string> = { ...headers, 'content-type': type, 'cache-control': 'public, max-age=0, must-revalidate' };
	if (/text|javascript|json|svg|xml/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
		body = gzipSync(body);
		out['content-encoding'] = 'gzip';
	}
	res.writeHead(found ? 200 : 404, out).end(body);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const port = (server.address() as { port: number }).port;

/** One page of each type: the home page, each section index and one entry, and the other top-level pages. */
function pages(): string[] {
	const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
	const seen = new Set<string>();
	const out: string[] = [];
	for (const [, loc] of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) {
		const path = new URL(loc!).pathname;
		const parts = path.split('/').filter(Boolean);
		const type = parts.length <= 1 ? path : `${parts[0]}/*`;
		if (!seen.has(type)) {
			seen.add(type);
			out.push(path);
		}
	}
	return out;
}

const chrome = await chromeLauncher.launch({
	chromePath: process.env.CHROME_PATH ?? CHROMIUM_PATH,
	chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
});

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const rows: Array<Record<string, string | number>> = [];
let below = 0;
// LIGHTHOUSE_RUNS=n measures every page n times in a row: Lantern's simulated LCP depends on the order of
// events in the observed trace, which machine load shifts, so one run is not a figure (see the README).
const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 1));
try {
	// LIGHTHOUSE_ONLY=regex measures only the matching page types' pages (quicker when iterating).
	const only = process.env.LIGHTHOUSE_ONLY ? new RegExp(process.env.LIGHTHOUSE_ONLY) : undefined;
	const measured = pages().filter((p) => !only || only.test(p));
	for (const path of Array.from({ length: runs }, () => measured).flat()) {
		const url = `http://127.0.0.1:${port}${path}`;
		// On a loaded machine Chromium now and then loses the trace (NO_NAVSTART): measure again, twice at most.
		let result: Awaited<ReturnType<typeof lighthouse>>;
		for (let attempt = 1; ; attempt++) {
			result = await lighthouse(url, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: [...CATEGORIES],
				// LIGHTHOUSE_THROTTLING=devtools slows the real network and CPU instead of simulating them, so
				// LCP is when the browser really painted: how a reader on a slow phone sees the page.
				...(process.env.LIGHTHOUSE_THROTTLING === 'devtools' ? { throttlingMethod: 'devtools' as const } : {}),
			});
			if (!result?.lhr.runtimeError || attempt === 3) break;
		}
		if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
		const { categories, audits, runtimeError } = result.lhr;
		if (runtimeError) console.log(`  ${path}: Lighthouse could not measure: ${runtimeError.code} ${runtimeError.message}`);
		const score = (c: string) => Math.round((categories[c]?.score ?? 0) * 100);
		const row = {
			page: path,
			perf: score('performance'),
			a11y: score('accessibility'),
			bp: score('best-practices'),
			seo: score('seo'),
			'LCP ms': Math.round(audits['largest-contentful-paint']?.numericValue ?? NaN),
			'TBT ms': Math.round(audits['total-blocking-time']?.numericValue ?? NaN),
			CLS: +(audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3),
			'FCP ms': Math.round(audits['first-contentful-paint']?.numericValue ?? NaN),
		};
		rows.push(row);
		console.log(JSON.stringify(row));
		// Which element was the LCP, and its phases: the LCP should be the first text block, painted at FCP.
		const lcpItems =
			(audits['largest-contentful-paint-element']?.details as { items?: Array<{ items?: Array<Record<string, unknown>> }> } | undefined)
				?.items ?? [];
		const lcpNode = lcpItems[0]?.items?.[0]?.node as { snippet?: string; selector?: string } | undefined;
		const phases = (lcpItems[1]?.items ?? []).map((p) => `${String(p.phase)} ${Math.round(Number(p.timing))} ms`).join(', ');
		if (lcpNode)
			console.log(`  LCP element ${lcpNode.selector ?? ''} ${String(lcpNode.snippet ?? '').slice(0, 120)}${phases ? ` (${phases})` : ''}`);
		if (process.env.LIGHTHOUSE_REQUESTS) {
			// The observed (unthrottled) paints, on the same clock as the requests below: Lantern counts every
			// request that ended before the observed LCP as blocking it.
			const observed = (audits.metrics?.details as { items?: Array<Record<string, number>> } | undefined)?.items?.[0] ?? {};
			console.log(
				`    observed FCP ${Math.round(observed.observedFirstContentfulPaint ?? NaN)} LCP ${Math.round(observed.observedLargestContentfulPaint ?? NaN)} DCL ${Math.round(observed.observedDomContentLoaded ?? NaN)} load ${Math.round(observed.observedLoad ?? NaN)}`,
			);
			const requests = (audits['network-requests']?.details as { items?: Array<Record<string, unknown>> } | undefined)?.items ?? [];
			for (const r of requests)
				console.log(
					`    ${String(r.resourceType)} ${String(r.priority)} ${String(r.url).replace(/^http:\/\/127\.0\.0\.1:\d+/, '')} start ${Math.round(Number(r.networkRequestTime))} end ${Math.round(Number(r.networkEndTime))}`,
				);
		}
		// Name every audit that costs a category points, so a score below 100 says why.
		for (const c of CATEGORIES) {
			if (score(c) === 100) continue;
			below++;
			const lost = categories[c]!.auditRefs.filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1).map(
				(ref) => `${ref.id} (${audits[ref.id]!.displayValue ?? audits[ref.id]!.score})`,
			);
			console.log(`  ${c} ${score(c)}: ${lost.join(', ') || 'no weighted audit failed (score rounding)'}`);
		}
	}
} finally {
	chrome.kill();
	server.close();
}
console.table(rows);
if (runs > 1) {
	// The range of each page's LCP and FCP over the runs.
	const byPage = Map.groupBy(rows, (r) => r.page as string);
	const range = (xs: number[]) => `${Math.min(...xs)}–${Math.max(...xs)}`;
	console.table(
		[...byPage].map(([page, rs]) => ({
			page,
			runs: rs.length,
			'LCP ms': range(rs.map((r) => r['LCP ms'] as number)),
			'FCP ms': range(rs.map((r) => r['FCP ms'] as number)),
		})),
	);
}
console.log(JSON.stringify({ pages: rows.length, below100: below, maxLcpMs: Math.max(...rows.map((r) => r['LCP ms'] as number)) }));
