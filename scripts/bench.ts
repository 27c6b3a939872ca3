/**
 * `npm run bench -- --pages N`: how the build scales. Copies the real content to a scratch folder, adds
 * N synthetic guides written like real ones (frontmatter that passes the schema, inline <Cite> of real
 * sources, <Term> to real glossary entries, <EntryLink> to real pages and to other synthetic guides, so
 * the link graph is as dense as the real one), checks the corpus with the content linter, then runs the
 * whole `astro build` (pages, sitemap, security headers, search index) into a scratch outDir.
 *
 * Prints pages, wall time, ms per page, peak memory and output size, then one line of JSON.
 * Peak memory is the largest resident set of any single process of the build (GNU time's "Maximum
 * resident set size", i.e. getrusage of the children), normally Astro's Node process.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const pagesArg = args.indexOf('--pages');
const N = pagesArg >= 0 ? Number(args[pagesArg + 1]) : 100;
const keep = args.includes('--keep');
if (!Number.isInteger(N) || N < 1) {
	console.error('usage: npm run bench -- --pages N [--keep]   (N a whole number of synthetic guides, at least 1)');
	process.exit(2);
}

/** A small deterministic generator so two runs with the same N build the same site. */
function rng(seed: number) {
	let s = seed >>> 0;
	return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
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
const realPages = ['neuromodulators', 'fillers', 'areas', 'products', 'guides', 'myths'].flatMap((c) => idsIn(join(content, c), '.mdx').map((id) => `${c}/${id}`));
const CATEGORIES = ['basics', 'safety', 'treatment', 'medical', 'choosing'];
const WORDS = 'injection muscle toxin filler dose effect review label clinic swelling bruising result months weeks skin volume line area risk evidence study patients treatment'.split(' ');

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
		`${sentence(18)} See <EntryLink to="${pick(realPages)}">a related page</EntryLink> for more.<Cite id="${own[(k + 1) % own.length]}" /> ` +
		`${sentence(22)} ${sentence(16)}`;
	const sections = Array.from({ length: 5 }, (_, k) => `## Section ${k + 1} of synthetic guide ${i}\n\n${paragraph(2 * k)}\n\n${paragraph(2 * k + 1)}\n`);
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

// A fresh social-image cache in the scratch folder: every run draws every image, as a first deploy would.
const env = { ...process.env, ATLAS_CONTENT_DIR: content, ATLAS_OG_CACHE_DIR: join(work, 'og-cache'), ASTRO_TELEMETRY_DISABLED: '1' };
const lint = spawnSync(process.execPath, [join(ROOT, 'scripts/lint-content.ts')], { cwd: ROOT, env, encoding: 'utf8' });
if (lint.status !== 0) {
	console.error(`${lint.stdout}${lint.stderr}\nbench: the synthetic corpus does not pass the content linter (above).`);
	process.exit(1);
}
console.log(`bench: ${lint.stdout.trim()}`);

const started = performance.now();
const build = spawnSync('/usr/bin/time', ['-v', process.execPath, join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
	cwd: ROOT,
	env,
	encoding: 'utf8',
	maxBuffer: 256 * 1024 * 1024,
});
const wallMs = performance.now() - started;
if (build.status !== 0) {
	console.error(`${build.stdout.slice(-4000)}${build.stderr.slice(-4000)}\nbench: the build failed (above).`);
	process.exit(1);
}
const seconds = (label: string) => Number(new RegExp(`${label} \\(seconds\\): ([\\d.]+)`).exec(build.stderr)?.[1] ?? NaN);
// CPU time is steadier than wall time on a shared machine: it does not count waiting for a core.
const cpuSeconds = seconds('User time') + seconds('System time');
const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(build.stderr)?.[1] ?? NaN);

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
const indexed = Number(/Indexed (\d+) pages\b/.exec(build.stdout)?.[1] ?? NaN);

const result = {
	syntheticGuides: N,
	pages,
	searchIndexedPages: indexed,
	wallSeconds: +(wallMs / 1000).toFixed(2),
	msPerPage: +(wallMs / pages).toFixed(2),
	cpuSeconds: +cpuSeconds.toFixed(2),
	cpuMsPerPage: +((cpuSeconds * 1000) / pages).toFixed(2),
	peakMemoryMB: +(peakKb / 1024).toFixed(1),
	outputMB: +(bytes / 1024 / 1024).toFixed(2),
	// A synthetic guide's page must not grow as the site grows (no per-page list of every page).
	medianGuideKB: +(syntheticSizes.sort((a, b) => a - b)[Math.floor(syntheticSizes.length / 2)]! / 1024).toFixed(1),
};
console.log(`pages            ${result.pages} (${result.searchIndexedPages} in the search index)`);
console.log(`wall time        ${result.wallSeconds} s`);
console.log(`per page         ${result.msPerPage} ms wall, ${result.cpuMsPerPage} ms CPU (${result.cpuSeconds} s CPU in all)`);
console.log(`peak memory      ${result.peakMemoryMB} MB`);
console.log(`output size      ${result.outputMB} MB (median synthetic guide page ${result.medianGuideKB} KB)`);

// The content cache of this scratch corpus (see astro.config.mjs) and the scratch folder are not kept.
rmSync(join(ROOT, 'node_modules', `.astro-fixture-${content.replace(/[^a-z0-9]+/gi, '-')}`), { recursive: true, force: true });
if (!keep) rmSync(work, { recursive: true, force: true });
else {
	writeFileSync(join(work, 'build.log'), `${build.stdout}\n${build.stderr}`);
	console.log(`bench: kept ${work} (the build's own log is build.log)`);
}
console.log(JSON.stringify(result));
