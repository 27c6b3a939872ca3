/**
 * `npm run bench -- --pages N`: how the build scales. Copies the real content to a scratch folder, adds
 * N synthetic guides written like real ones (frontmatter that passes the schema, inline <Cite> of real
 * sources, <Term> to real glossary entries, <EntryLink> to real pages and to other synthetic guides, so
 * the link graph is as dense as the real one), checks the corpus with the content linter, then runs the
 * whole `astro build` (pages, sitemap, security headers, search index) into a scratch outDir.
 *
 * Prints the site build's step lines (bundling, rendering, each integration's report), then pages, wall
 * time, ms per page, peak memory and output size, then one line of JSON.
 * Peak memory is the largest resident set of any single process of the build (GNU time's "Maximum
 * resident set size", i.e. getrusage of the children), normally Astro's Node process.
 *
 * `--vs-floor` also builds, in the same run, a bare Astro + MDX + Pagefind site of the same synthetic
 * guides (scripts/bench-floor.ts; the same installed packages, no network) and prints both builds' wall
 * time, CPU time and peak memory side by side with their ratios; then it changes one guide in both and
 * times a warm rebuild of each (`--warm` alone times the site's warm rebuild without the floor). The
 * site has its ~190 real pages on top of the N guides; the floor has only the guides.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { writeFloorSite } from './bench-floor.ts';

const ROOT = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const pagesArg = args.indexOf('--pages');
const N = pagesArg >= 0 ? Number(args[pagesArg + 1]) : 100;
const keep = args.includes('--keep');
const vsFloor = args.includes('--vs-floor');
// --vs-floor measures a warm rebuild too (unless --cold-only); --warm alone measures it without the floor.
const warmRun = (vsFloor && !args.includes('--cold-only')) || args.includes('--warm');
if (!Number.isInteger(N) || N < 1) {
	console.error(
		'usage: npm run bench -- --pages N [--vs-floor] [--warm] [--cold-only] [--keep]   (N a whole number of synthetic guides, at least 1)',
	);
	process.exit(2);
}

/** A small deterministic generator so two runs with the same N build the same site. */
function rng(seed: number) {
	let s = seed >>> 0;
	return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}
const random = rng(20260521);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
function pickSome<T>(list: readonly T[], n: number): T[] {
	const chosen = new Set<T>();
	while (chosen.size < Math.min(n, list.length)) chosen.add(pick(list));
	return [...chosen];
}

const idsIn = (dir: string, ext: string) =>
	readdirSync(dir, { recursive: true })
		.map(String)
		.filter((f) => f.endsWith(ext) && !f.split('/').pop()!.startsWith('_'))
		.map((f) => f.split('/').pop()!.replace(ext, ''));

const work = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
const content = join(work, 'content');
const outDir = join(work, 'dist');
cpSync(join(ROOT, 'src/content'), content, { recursive: true });

const sources = idsIn(join(content, 'sources'), '.yaml');
const terms = idsIn(join(content, 'glossary'), '.yaml');
const realPages = ['neuromodulators', 'fillers', 'areas', 'products', 'guides', 'myths'].flatMap((c) =>
	idsIn(join(content, c), '.mdx').map((id) => `${c}/${id}`),
);
const CATEGORIES = ['basics', 'safety', 'treatment', 'medical', 'choosing'];
const WORDS =
	'injection muscle toxin filler dose effect review label clinic swelling bruising result months weeks skin volume line area risk evidence study patients treatment'.split(
		' ',
	);

const idOf = (i: number) => `bench-${String(i).padStart(5, '0')}`;
const sentence = (words: number) => {
	const w = Array.from({ length: words }, () => pick(WORDS));
	return `${w[0]![0]!.toUpperCase()}${w[0]!.slice(1)} ${w.slice(1).join(' ')}.`;
};
const yamlQuote = (s: string) => JSON.stringify(s);

/** One synthetic guide: about the length of a real one, citing, defining and linking like one. */
function guide(i: number): string {
	const own = pickSome(sources, 6);
	// A ring of synthetic guides (each links to the next) so none is an orphan, plus random real pages.
	const next = idOf((i % N) + 1);
	const other = idOf(1 + Math.floor(random() * N));
	const related = [...new Set([pick(realPages), pick(realPages), `guides/${other}`])].filter((k) => k !== `guides/${idOf(i)}`);
	const paragraph = (k: number) =>
		`${sentence(14)} A reader may want the <Term id="${pick(terms)}">term</Term> explained.<Cite id="${own[k % own.length]}" /> ` +
		`${sentence(18)} See <EntryLink to="${pick(realPages)}" /> for more.<Cite id="${own[(k + 1) % own.length]}" /> ` +
		`${sentence(22)} ${sentence(16)}`;
	const sections = Array.from(
		{ length: 5 },
		(_, k) => `## Section ${k + 1} of synthetic guide ${i}\n\n${paragraph(2 * k)}\n\n${paragraph(2 * k + 1)}\n`,
	);
	return `---
title: ${yamlQuote(`Synthetic guide ${i} for the build benchmark`)}
description: ${yamlQuote(`A generated guide, number ${i}, written like a real one so the benchmark builds a realistic site.`)}
summary: >-
  ${sentence(20)} ${sentence(16)}
category: ${pick(CATEGORIES)}
keyTakeaways:
  - ${yamlQuote(sentence(12))}
  - ${yamlQuote(sentence(10))}
  - ${yamlQuote(sentence(14))}
faq:
  - question: ${yamlQuote(`Question one about synthetic guide ${i}?`)}
    answer: ${yamlQuote(sentence(25))}
  - question: ${yamlQuote(`Question two about synthetic guide ${i}?`)}
    answer: ${yamlQuote(sentence(25))}
sources:
${own.map((s) => `  - ${s}`).join('\n')}
aliases: [${yamlQuote(`bench ${i}`)}]
related:
${related.map((r) => `  - ${r}`).join('\n')}
lastReviewed: 2026-11-21
nextReview: 2027-11-21
---

${sections.join('\n')}
## Where to next

Continue with <EntryLink to="guides/${next}">the next synthetic guide</EntryLink>.
`;
}

mkdirSync(join(content, 'guides', 'bench'), { recursive: true });
for (let i = 1; i <= N; i++) writeFileSync(join(content, 'guides', 'bench', `${idOf(i)}.mdx`), guide(i));
console.log(`bench: ${N} synthetic guides written to ${relative(process.cwd(), content) || content}`);

// Fresh social-image, page-weight and parsed-YAML caches in the scratch folder: the cold build draws every image and
// prunes every page, as a first deploy would; the warm rebuild reuses what the cold one left.
const env = {
	...process.env,
	ATLAS_CONTENT_DIR: content,
	ATLAS_OG_CACHE_DIR: join(work, 'og-cache'),
	ATLAS_PAGE_WEIGHT_CACHE_DIR: join(work, 'page-weight-cache'),
	ATLAS_CONTENT_CACHE_DIR: join(work, 'content-cache'),
	ASTRO_TELEMETRY_DISABLED: '1',
};
const lint = spawnSync(process.execPath, [join(ROOT, 'scripts/lint-content.ts')], { cwd: ROOT, env, encoding: 'utf8' });
if (lint.status !== 0) {
	console.error(`${lint.stdout}${lint.stderr}\nbench: the synthetic corpus does not pass the content linter (above).`);
	process.exit(1);
}
console.log(`bench: ${lint.stdout.trim()}`);
// Both builds inherit NODE_OPTIONS (a heap cap changes peak memory a lot: see README, "Build at scale").
if (process.env.NODE_OPTIONS) console.log(`bench: NODE_OPTIONS=${process.env.NODE_OPTIONS} for both builds`);

interface Run {
	wallSeconds: number;
	cpuSeconds: number;
	peakMemoryMB: number;
	stdout: string;
}

/**
 * One `astro build` in `cwd` into `out`, timed. Peak memory is the largest resident set of any single
 * process of the build (GNU time's "Maximum resident set size"), normally Astro's Node process.
 */
function astroBuild(label: string, cwd: string, out: string, buildEnv: NodeJS.ProcessEnv): Run {
	const started = performance.now();
	const build = spawnSync(
		'/usr/bin/time',
		['-v', process.execPath, join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out],
		{
			cwd,
			env: buildEnv,
			encoding: 'utf8',
			maxBuffer: 256 * 1024 * 1024,
		},
	);
	const wallMs = performance.now() - started;
	if (build.status !== 0) {
		console.error(`${build.stdout.slice(-4000)}${build.stderr.slice(-4000)}\nbench: the ${label} build failed (above).`);
		process.exit(1);
	}
	if (keep) writeFileSync(join(work, `${label.replace(/\W+/g, '-')}.log`), `${build.stdout}\n${build.stderr}`);
	const seconds = (name: string) => Number(new RegExp(`${name} \\(seconds\\): ([\\d.]+)`).exec(build.stderr)?.[1] ?? NaN);
	// CPU time is steadier than wall time on a shared machine: it does not count waiting for a core.
	const cpuSeconds = seconds('User time') + seconds('System time');
	const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(build.stderr)?.[1] ?? NaN);
	const run = {
		wallSeconds: +(wallMs / 1000).toFixed(2),
		cpuSeconds: +cpuSeconds.toFixed(2),
		peakMemoryMB: +(peakKb / 1024).toFixed(1),
		stdout: build.stdout,
	};
	console.log(`bench: ${label.padEnd(12)} ${run.wallSeconds} s wall, ${run.cpuSeconds} s CPU, peak ${run.peakMemoryMB} MB`);
	return run;
}

/** A warm rebuild changes one synthetic guide's text, as an editor's fix would, and builds again. */
function editOneGuide(guidesDir: string): void {
	const file = join(guidesDir, `${idOf(Math.ceil(N / 2))}.mdx`);
	writeFileSync(file, `${readFileSync(file, 'utf8')}\nAn editor added this sentence to measure a rebuild.\n`);
}

const floorDir = join(work, 'floor');
// Inside the floor project: Astro's prerender chunks import packages from node_modules beside them.
const floorOut = join(floorDir, 'dist');
if (vsFloor) writeFloorSite(floorDir, join(content, 'guides', 'bench'), join(ROOT, 'node_modules'));
const floorEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

// Cold builds first (the floor before the site), then one warm rebuild of each after the same edit.
const floorCold = vsFloor ? astroBuild('floor cold', floorDir, floorOut, floorEnv) : undefined;
const cold = astroBuild('site cold', ROOT, outDir, env);

/**
 * The site build's own step lines (Astro's bundling and page rendering, then each integration's report),
 * so a run shows where the time went as well as the total.
 */
function printSteps(label: string, stdout: string): void {
	const steps = stdout
		.split('\n')
		.filter((line) => /\[vite\] ✓ built in|^\S+ ✓ Completed in|\[injectables-atlas:/.test(line))
		.map((line) => `  ${line.replace(/^\d\d:\d\d:\d\d /, '').replace(/\s+/g, ' ')}`);
	console.log(`bench: ${label} steps (Astro's bundling, page rendering, then each integration):\n${steps.join('\n')}`);
}
printSteps('site cold', cold.stdout);

let bytes = 0;
let pages = 0;
const syntheticSizes: number[] = [];
for (const f of readdirSync(outDir, { recursive: true }).map(String)) {
	const st = statSync(join(outDir, f));
	if (!st.isFile()) continue;
	bytes += st.size;
	if (f.endsWith('.html')) pages++;
	if (/^guides\/bench-\d+\/index\.html$/.test(f)) syntheticSizes.push(st.size);
}
const indexed = Number(/Indexed (\d+) pages\b/.exec(cold.stdout)?.[1] ?? NaN);

let floorWarm: Run | undefined;
let warm: Run | undefined;
if (warmRun) {
	editOneGuide(join(content, 'guides', 'bench'));
	if (vsFloor) {
		editOneGuide(join(floorDir, 'src/content/guides'));
		floorWarm = astroBuild('floor warm', floorDir, floorOut, floorEnv);
	}
	warm = astroBuild('site warm', ROOT, outDir, env);
	printSteps('site warm', warm.stdout);
}

const ratio = (a?: number, b?: number) => (a !== undefined && b !== undefined ? +(a / b).toFixed(2) : undefined);
const result = {
	syntheticGuides: N,
	pages,
	searchIndexedPages: indexed,
	wallSeconds: cold.wallSeconds,
	msPerPage: +((cold.wallSeconds * 1000) / pages).toFixed(2),
	cpuSeconds: cold.cpuSeconds,
	cpuMsPerPage: +((cold.cpuSeconds * 1000) / pages).toFixed(2),
	peakMemoryMB: cold.peakMemoryMB,
	outputMB: +(bytes / 1024 / 1024).toFixed(2),
	// A synthetic guide's page must not grow as the site grows (no per-page list of every page).
	medianGuideKB: +(syntheticSizes.sort((a, b) => a - b)[Math.floor(syntheticSizes.length / 2)]! / 1024).toFixed(1),
	...(warm ? { warmWallSeconds: warm.wallSeconds, warmCpuSeconds: warm.cpuSeconds } : {}),
	...(floorCold
		? {
				floor: {
					wallSeconds: floorCold.wallSeconds,
					cpuSeconds: floorCold.cpuSeconds,
					peakMemoryMB: floorCold.peakMemoryMB,
					...(floorWarm ? { warmWallSeconds: floorWarm.wallSeconds, warmCpuSeconds: floorWarm.cpuSeconds } : {}),
				},
				vsFloor: {
					wall: ratio(cold.wallSeconds, floorCold.wallSeconds),
					cpu: ratio(cold.cpuSeconds, floorCold.cpuSeconds),
					peakMemory: ratio(cold.peakMemoryMB, floorCold.peakMemoryMB),
					...(floorWarm
						? { warmWall: ratio(warm?.wallSeconds, floorWarm.wallSeconds), warmCpu: ratio(warm?.cpuSeconds, floorWarm.cpuSeconds) }
						: {}),
				},
			}
		: {}),
};
console.log(`pages            ${result.pages} (${result.searchIndexedPages} in the search index)`);
console.log(`wall time        ${result.wallSeconds} s`);
console.log(`per page         ${result.msPerPage} ms wall, ${result.cpuMsPerPage} ms CPU (${result.cpuSeconds} s CPU in all)`);
console.log(`peak memory      ${result.peakMemoryMB} MB`);
console.log(`output size      ${result.outputMB} MB (median synthetic guide page ${result.medianGuideKB} KB)`);
if (warm) console.log(`warm rebuild     ${warm.wallSeconds} s wall, ${warm.cpuSeconds} s CPU (one guide changed)`);
if (floorCold) {
	const row = (name: string, site: number | undefined, floor: number | undefined, unit: string) =>
		console.log(
			`${name.padEnd(17)}${String(site).padStart(9)} ${unit}  ${String(floor).padStart(9)} ${unit}  ${String(ratio(site, floor)).padStart(6)}×`,
		);
	console.log(`vs a bare Astro + MDX + Pagefind site of the same ${N} guides:\n                      site        floor      ratio`);
	row('cold wall', cold.wallSeconds, floorCold.wallSeconds, 's ');
	row('cold CPU', cold.cpuSeconds, floorCold.cpuSeconds, 's ');
	row('peak memory', cold.peakMemoryMB, floorCold.peakMemoryMB, 'MB');
	if (warm && floorWarm) {
		row('warm wall', warm.wallSeconds, floorWarm.wallSeconds, 's ');
		row('warm CPU', warm.cpuSeconds, floorWarm.cpuSeconds, 's ');
	}
}

// The content cache of this scratch corpus (see astro.config.mjs) and the scratch folder are not kept.
rmSync(join(ROOT, 'node_modules', `.astro-fixture-${content.replace(/[^a-z0-9]+/gi, '-')}`), { recursive: true, force: true });
if (!keep) rmSync(work, { recursive: true, force: true });
else console.log(`bench: kept ${work} (each build's own log is beside it)`);
console.log(JSON.stringify(result));
