/**
 * The cost of a built page as a reader's browser pays it (gzip bytes of HTML, blocking CSS and eager
 * JavaScript), and the budgets: shared by the built-site checks and the browser measurement.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, fileFor, readDist } from './dist.ts';

/** About ten TCP segments: what a server can send in the first round trip of a new connection. */
export const FIRST_ROUND_TRIP = 14_600;
export const EAGER_JS = 2 * 1024;
export const TRANSFER = 20_000;

export const REQUESTS = 4;

export const gzip = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

/** Stylesheets the browser must fetch before it renders: <link rel=stylesheet> not limited to print. */
export function blockingStylesheets(html: string): string[] {
	return [...html.matchAll(/<link\b[^>]*>/gi)]
		.map((m) => m[0])
		.filter((tag) => /\brel="?stylesheet/i.test(tag) && !/\bmedia="?print/i.test(tag) && !/\bdisabled\b/i.test(tag))
		.map((tag) => /\bhref="([^"]+)"/i.exec(tag)![1]!);
}

/** Files a script pulls in before it runs: its static imports, transitively (dynamic import() is lazy). */
function withStaticImports(file: string, seen = new Set<string>()): Set<string> {
	if (seen.has(file)) return seen;
	seen.add(file);
	const code = readFileSync(join(DIST, file), 'utf8');
	// Static forms only: `import x from "…"`, `import{a}from"…"`, `import "…"`, `export … from "…"`.
	for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)) {
		const spec = m[1]!;
		if (!spec.startsWith('.') && !spec.startsWith('/')) continue;
		const target = spec.startsWith('/') ? spec.slice(1) : posix.join(posix.dirname(file), spec);
		withStaticImports(target, seen);
	}
	return seen;
}

/** Every script the page runs without waiting for the reader: module and classic scripts and modulepreloads. */
function eagerScripts(html: string): string[] {
	const srcs = [...html.matchAll(/<script\b([^>]*)>/gi)]
		.map((m) => m[1]!)
		.filter((attrs) => !/type="(application\/(ld\+)?json|importmap|speculationrules)"/i.test(attrs))
		.map((attrs) => /\bsrc="([^"]+)"/i.exec(attrs)?.[1])
		.filter((s): s is string => !!s);
	const preloads = [...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/gi)].map((m) => m[1]!);
	return [...srcs, ...preloads];
}

export interface PageCost {
	path: string;
	html: number;
	css: number;
	js: number;
}

export function costOf(path: string): PageCost {
	const file = fileFor(path);
	if (!file) throw new Error(`${path}: no file in dist/`);
	const html = readDist(file);
	const local = (href: string) => {
		const f = fileFor(new URL(href, `http://site${path}`).pathname);
		if (!f) throw new Error(`${path}: ${href} is not in dist/`);
		return f;
	};
	const css = blockingStylesheets(html).reduce((sum, href) => sum + gzip(readDist(local(href))), 0);
	const jsFiles = new Set<string>();
	for (const src of eagerScripts(html)) for (const f of withStaticImports(local(src))) jsFiles.add(f);
	const js = [...jsFiles].reduce((sum, f) => sum + gzip(readFileSync(join(DIST, f))), 0);
	return { path, html: gzip(html), css, js };
}
