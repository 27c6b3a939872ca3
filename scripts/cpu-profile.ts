/**
 * `node scripts/cpu-profile.ts FILE.cpuprofile [TOP] [--render]`: reads a V8 CPU profile (from
 * `node --cpu-prof node_modules/astro/bin/astro.mjs build`) and prints self time by function and by file,
 * then the time under each function of this project (src/ and Astro's bundled chunks of it), so a build's
 * costs can be ranked without a browser. `--render` keeps only Astro's page rendering: the samples from
 * the first to the last with `handlePages` on the stack. A profile's times are wall clock: on a busy
 * machine compare shares of the total, or two builds profiled at the same time. Astro bundles parts of
 * its own runtime into the chunks that hold this project's code (`render$1` and `renderEntry` of
 * astro:content, the component wrapper `fn`): read the names, not only the files.
 */
import { readFileSync } from 'node:fs';

interface CallFrame {
	functionName: string;
	url: string;
	lineNumber: number;
}
interface ProfileNode {
	id: number;
	callFrame: CallFrame;
	children?: number[];
}
interface Profile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const [file, top = '30'] = args;
if (!file) {
	console.error('usage: node scripts/cpu-profile.ts FILE.cpuprofile [TOP] [--render]');
	process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

/** The node and its callers, innermost first. */
function* stack(id: number): Generator<ProfileNode> {
	for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) yield nodes.get(at)!;
}
const short = (url: string) =>
	url
		.replace(/^file:\/\//, '')
		.replace(/.*node_modules\//, '')
		.replace(/.*\/(src\/|\.prerender\/)/, '$1');
const name = ({ functionName, url, lineNumber }: CallFrame) => `${functionName || '(anonymous)'} ${short(url)}:${lineNumber + 1}`;
/** This project's code: its sources, and Astro's bundles of them (outside Astro's own runtime chunks). */
const ours = ({ url }: CallFrame) =>
	(url.includes('/src/') && !url.includes('node_modules')) ||
	(url.includes('/.prerender/') && !/jsx-runtime|prerender-entry|errors-data/.test(url));

let first = 0;
let last = profile.samples.length - 1;
if (process.argv.includes('--render')) {
	const rendering = (id: number) => [...stack(id)].some((n) => n.callFrame.functionName === 'handlePages');
	first = profile.samples.findIndex(rendering);
	while (last > first && !rendering(profile.samples[last]!)) last--;
	if (first < 0) throw new Error(`${file} has no sample under handlePages: is it the profile of an astro build?`);
}

const selfByFunction = new Map<string, number>();
const selfByFile = new Map<string, number>();
const underOurs = new Map<string, number>();
let total = 0;
const add = (map: Map<string, number>, key: string, us: number) => map.set(key, (map.get(key) ?? 0) + us);
for (let i = first; i <= last; i++) {
	const us = profile.timeDeltas[i] ?? 0;
	const leaf = nodes.get(profile.samples[i]!)!.callFrame;
	total += us;
	add(selfByFunction, name(leaf), us);
	add(selfByFile, short(leaf.url) || `(${leaf.functionName})`, us);
	// Each function once per sample, however deep its recursion.
	const seen = new Set<string>();
	for (const n of stack(profile.samples[i]!)) {
		const key = name(n.callFrame);
		if (!ours(n.callFrame) || seen.has(key)) continue;
		seen.add(key);
		add(underOurs, key, us);
	}
}
const print = (title: string, map: Map<string, number>) => {
	console.log(`\n${title}`);
	for (const [key, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, Number(top)))
		console.log(`${(us / 1000).toFixed(0).padStart(8)} ms ${((100 * us) / total).toFixed(1).padStart(5)} %  ${key}`);
};
console.log(`${file}: ${(total / 1e6).toFixed(2)} s sampled${process.argv.includes('--render') ? ' while Astro rendered pages' : ''}`);
print('self time by function', selfByFunction);
print('self time by file', selfByFile);
print("time under this project's functions (each counted once per sample)", underOurs);
