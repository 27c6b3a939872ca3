/**
 * After the build, before the security policy hashes the inline styles, two savings against the entry
 * pages' first-round-trip budget (14,600 bytes gzip, issue #15) that a reader never sees:
 *
 * 1. Each page keeps only the CSS it can use. Astro bundles CSS by import graph, so every entry page
 * inlined the styles of every component its layout imports (diagrams, product cards, the emergency
 * card...) whether it renders them or not: about a quarter of the CSS on a guide.
 * PurgeCSS does the work (a maintained library rather than a hand-written CSS parser). It is given the
 * page's markup as its HTML extractor reads it (tags, classes, ids and attributes of real elements, not
 * words of text; src/lib/html-selectors.ts reads the same without building a tree) and the site's
 * scripts with its default extractor, which counts every word of a script as a possible class, tag, id
 * or attribute value: what a script may add later is never dropped. A selector
 * goes when it names a class, element, id or attribute that neither the markup nor a script has (so a
 * table's rules leave a page without a table). Selectors inside :not() and :has() are never a reason to
 * drop a rule; inside :is() and :where() only the alternatives that cannot match go. Custom properties
 * nothing reads go too, unless a later stylesheet (print, search), a style attribute or a script reads
 * them.
 *
 * 2. End tags that HTML makes optional (</li>, </td>, </th>, </tr>), line breaks before block tags and
 * escapes of apostrophes are left out: the document tree a browser builds is the same.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultOptions, ExtractorResultSets, PurgeCSS, type RawCSS, type ResultPurge, type UserDefinedOptions } from 'purgecss';
import { htmlSelectors } from '../lib/html-selectors.ts';

const STYLE = /<style\b([^>]*)>([\s\S]*?)<\/style>/gi;
/** Joins a page's style elements for one PurgeCSS pass (so a property set in one and read in another is
 * seen as read), and splits them again: PurgeCSS keeps comments. */
const SEAM = '/*page-weight:seam*/';

/**
 * Custom properties that something other than the page's own inline CSS reads: the site's stylesheets
 * loaded later (var()), the page's style attributes (var()), and its scripts (any mention, since
 * getPropertyValue('--x') reads one by name). PurgeCSS sees only the CSS it prunes, so these are kept.
 */
export function propertiesReadElsewhere(markup: string, stylesheets: string, scripts: string): string[] {
	const read = [...`${markup}\n${stylesheets}`.matchAll(/var\(\s*(--[\w-]+)/g), ...scripts.matchAll(/--[\w-]+/g)];
	return [...new Set(read.map((m) => m[1] ?? m[0]))];
}

/** PurgeCSS options for one page; the selectors found in its markup and scripts are passed separately. */
function purgeOptions(css: string, keepProperties: string[]): UserDefinedOptions {
	return {
		content: [],
		css: [{ raw: css }],
		// Pseudo-classes (:hover, :focus-visible, :popover-open) depend on state, not markup: PurgeCSS would
		// otherwise drop an :is(:hover,:focus-visible) alternative as "not found".
		safelist: { standard: [/^:/], variables: keepProperties },
		variables: true,
	};
}

/**
 * Everything a PurgeCSS pass may use of the page: the classes, ids, tags and attributes of the markup
 * (what PurgeCSS's HTML extractor finds, read by src/lib/html-selectors.ts without building the
 * document tree, issue #18) and every word of the site's scripts (its default extractor, as for any
 * content that is not HTML), merged as `purge()` merges them.
 */
export function pageSelectors(markup: string, scriptSelectors: ExtractorResultSets): ExtractorResultSets {
	return new ExtractorResultSets(htmlSelectors(markup)).merge(scriptSelectors);
}

/** The site's scripts read once per build: PurgeCSS's default extractor, as purge() applies it to `.js` content. */
export function scriptSelectorsOf(scripts: string): ExtractorResultSets {
	return new ExtractorResultSets(defaultOptions.defaultExtractor(scripts));
}

/** The only questions PurgeCSS asks of the selectors found in content (purgecss 8, lib/purgecss.js). */
const QUESTIONS = [
	'hasAttrName',
	'hasAttrPrefix',
	'hasAttrSuffix',
	'hasAttrSubstr',
	'hasAttrValue',
	'hasClass',
	'hasId',
	'hasTag',
] as const;
type Question = (typeof QUESTIONS)[number];
type Answer = [question: Question, argument: string, yes: boolean];

/** A node of the decision tree of one stylesheet: a question PurgeCSS asked, or the CSS it returned. */
type Step = { question: Question; argument: string; yes?: Step; no?: Step } | { css: string };

/** PurgeCSS given selectors already extracted, recording each question its pruning asks of them and the answer. */
class RecordingPurgeCSS extends PurgeCSS {
	readonly answers: Answer[] = [];
	constructor(private readonly found: ExtractorResultSets) {
		super();
	}
	override extractSelectorsFromString(): Promise<ExtractorResultSets> {
		return Promise.resolve(this.found);
	}
	override async getPurgedCSS(css: Array<string | RawCSS>, selectors: ExtractorResultSets): Promise<ResultPurge[]> {
		const recorder = new Proxy(selectors, {
			get: (target, name) => {
				if (!QUESTIONS.includes(name as Question)) {
					// A PurgeCSS that reads the content's selectors any other way could decide on something the
					// memo does not record: fail rather than reuse a wrong result.
					throw new Error(`page-weight: PurgeCSS read selectors.${String(name)}, which PurgeMemo does not record; update it`);
				}
				return (argument: string) => {
					const yes = target[name as Question](argument);
					this.answers.push([name as Question, argument, yes]);
					return yes;
				};
			},
		});
		return super.getPurgedCSS(css, recorder);
	}
}

/**
 * Shares PurgeCSS's work between pages. A pass over a stylesheet is fixed by the stylesheet, the options
 * and the yes/no answers to the questions it asks of the page's selectors ("is class x there?", "does
 * any attribute value start with y?"), asked in an order that depends only on the earlier answers. So
 * each stylesheet keeps a decision tree of the questions asked so far: a page that gives the same answers
 * as an earlier one gets that page's CSS without a pass (a thousand guides ask the same few hundred
 * questions and mostly answer them alike), and a page that answers one differently gets a real pass,
 * whose answers grow the tree. The result is the one PurgeCSS gives for that page, exactly.
 */
export class PurgeMemo {
	private readonly trees = new Map<string, Step>();
	passes = 0;
	reused = 0;

	async purge(css: string, keep: readonly string[], found: ExtractorResultSets): Promise<string> {
		const key = `${[...keep].sort().join(' ')}\n${css}`;
		let step = this.trees.get(key);
		while (step && !('css' in step)) step = found[step.question](step.argument) ? step.yes : step.no;
		if (step) {
			this.reused++;
			return step.css;
		}
		this.passes++;
		const purgecss = new RecordingPurgeCSS(found);
		const [result] = await purgecss.purge(purgeOptions(css, [...keep]));
		this.record(key, purgecss.answers, result!.css);
		return result!.css;
	}

	private record(key: string, answers: readonly Answer[], css: string): void {
		if (answers.length === 0) {
			this.trees.set(key, { css });
			return;
		}
		const node = (i: number): Step => ({ question: answers[i]![0], argument: answers[i]![1] });
		if (!this.trees.has(key)) this.trees.set(key, node(0));
		let step = this.trees.get(key)!;
		answers.forEach(([question, argument, yes], i) => {
			if ('css' in step || step.question !== question || step.argument !== argument)
				throw new Error(`page-weight: PurgeCSS asked ${question}(${argument}) where it asked otherwise before; it is not deterministic`);
			const branch = yes ? 'yes' : 'no';
			step = step[branch] ??= i + 1 < answers.length ? node(i + 1) : { css };
		});
	}
}

const declared = (css: string) => new Set([...css.matchAll(/(?<=^|[{;])\s*(--[\w-]+)\s*:/g)].map((m) => m[1]!));
const readIn = (css: string) => new Set([...css.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]!));

/**
 * One stylesheet pruned to what can match the page (markup without its style elements) and the site's
 * scripts. A build passes one PurgeMemo and the scripts' selectors for all its pages.
 */
export async function pruneCss(
	css: string,
	markup: string,
	scripts: string,
	stylesheets = '',
	memo = new PurgeMemo(),
	scriptSelectors?: ExtractorResultSets,
): Promise<string> {
	const keep = new Set(propertiesReadElsewhere(markup, stylesheets, scripts));
	const found = pageSelectors(markup, scriptSelectors ?? scriptSelectorsOf(scripts));
	const before = declared(css);
	for (;;) {
		const result = await memo.purge(css, [...keep], found);
		// PurgeCSS counts only var() in the properties of rules it keeps: one read in @keyframes, or by a
		// property kept for another reader, is missed. A property still read but no longer set goes back.
		const after = declared(result);
		const lost = [...readIn(result)].filter((name) => before.has(name) && !after.has(name) && !keep.has(name));
		if (lost.length === 0) return result;
		for (const name of lost) keep.add(name);
	}
}

/** The page's HTML with its inline stylesheets pruned to what can match it; an emptied one is removed. */
export async function pruneInlineStyles(
	html: string,
	scripts: string,
	stylesheets = '',
	memo = new PurgeMemo(),
	scriptSelectors?: ExtractorResultSets,
	cache?: PrunedCssCache,
): Promise<string> {
	const styles = [...html.matchAll(STYLE)];
	if (styles.length === 0) return html;
	let joined = cache?.get(html);
	if (joined === undefined) {
		const markup = html.replace(STYLE, '');
		joined = await pruneCss(styles.map((m) => m[2]).join(SEAM), markup, scripts, stylesheets, memo, scriptSelectors);
		cache?.set(html, joined);
	}
	const pruned = joined.split(SEAM);
	let i = 0;
	return html.replace(STYLE, (_whole, attrs: string) => {
		const css = pruned[i++]!.trim();
		return css ? `<style${attrs}>${css}</style>` : '';
	});
}

const require = createRequire(import.meta.url);
/** The version of package `name` as `parent` (another package, or this file) resolves it. */
function packageVersion(name: string, parent?: string): string {
	const from = parent ? createRequire(require.resolve(parent)) : require;
	// Walk up from the entry file: some packages do not export their package.json.
	for (let dir = dirname(from.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
		try {
			const found = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version: string };
			if (found.name === name) return found.version;
		} catch {
			// No package.json at this level: go up.
		}
	}
	throw new Error(`page-weight: cannot find the version of ${name}`);
}
/**
 * PurgeCSS, the parsers it uses and the markup reader's character-reference decoder (as each resolves
 * them): an update of any may change what a page keeps.
 */
const PRUNING_PACKAGES: Array<[name: string, parent?: string]> = [
	['purgecss'],
	['postcss', 'purgecss'],
	['postcss-selector-parser', 'purgecss'],
	['entities'],
];
/** The markup reader's code: a change to it may change what a page keeps. */
const SELECTOR_READER = new URL('../lib/html-selectors.ts', import.meta.url);

/**
 * The pruned CSS of pages from the previous build, kept on disk, so a rebuild after one edit prunes only
 * the pages whose HTML changed (issue #18: warm rebuilds). An entry is keyed by a hash of the page's
 * whole HTML, and the file by a hash of everything else the result depends on: the site's scripts and
 * stylesheets, this file's and the markup reader's code and the versions of PurgeCSS, its parsers and
 * the decoder. Each build writes back only the entries its pages used, so the file never outgrows the site. ATLAS_PAGE_WEIGHT_CACHE_DIR
 * names another folder (the build benchmark's cold run starts from an empty one).
 */
export class PrunedCssCache {
	private readonly previous: Map<string, string>;
	private readonly used = new Map<string, string>();
	private readonly file: string;
	hits = 0;

	constructor(folder: string, ...dependsOn: string[]) {
		const version = createHash('sha256');
		version.update(readFileSync(fileURLToPath(import.meta.url)));
		version.update(readFileSync(fileURLToPath(SELECTOR_READER)));
		for (const [name, parent] of PRUNING_PACKAGES) version.update(`\0${name}@${packageVersion(name, parent)}`);
		for (const part of dependsOn) version.update('\0').update(part);
		this.file = join(folder, `${version.digest('hex').slice(0, 24)}.json`);
		this.previous = new Map();
		try {
			const saved = JSON.parse(readFileSync(this.file, 'utf8')) as { css: string[]; pages: Record<string, number> };
			for (const [key, n] of Object.entries(saved.pages)) this.previous.set(key, saved.css[n]!);
		} catch {
			// No cache yet (or an unreadable one): every page is pruned afresh.
		}
	}

	private static key = (html: string) => createHash('sha256').update(html).digest('base64url');

	get(html: string): string | undefined {
		const key = PrunedCssCache.key(html);
		const css = this.previous.get(key);
		if (css !== undefined) {
			this.hits++;
			this.used.set(key, css);
		}
		return css;
	}

	set(html: string, css: string): void {
		this.used.set(PrunedCssCache.key(html), css);
	}

	/** Writes the entries this build used (each distinct CSS once), replacing the file in one step. */
	save(): void {
		const css: string[] = [];
		const index = new Map<string, number>();
		const pages: Record<string, number> = {};
		for (const [key, value] of this.used) {
			if (!index.has(value)) index.set(value, css.push(value) - 1);
			pages[key] = index.get(value)!;
		}
		mkdirSync(dirname(this.file), { recursive: true });
		const temporary = `${this.file}.${process.pid}.tmp`;
		writeFileSync(temporary, JSON.stringify({ css, pages }));
		renameSync(temporary, this.file);
	}
}

/** Raw-text elements whose contents must stay byte for byte. */
const RAW = /(<(script|style|pre|textarea)\b[\s\S]*?<\/\2>)/gi;

/**
 * Leaves out the end tags of list items and table cells and rows, and line breaks just before a block
 * tag, outside raw-text elements. Both are implied by the HTML parser: the tree a browser builds is the
 * same (a line break before a block-level tag is collapsible white space).
 */
export function compactHtml(html: string): string {
	return html
		.split(RAW)
		.map((part, i) => {
			// split() with two capture groups yields [text, element, tagName, text, ...].
			if (i % 3 !== 0) return i % 3 === 1 ? part : '';
			return (
				part
					.replace(/<\/(li|td|th|tr)>/gi, '')
					// Astro escapes every apostrophe; in text and in double-quoted attributes it needs none.
					.replace(/&#39;/g, "'")
					.replace(/\n+(?=<\/?(?:p|h[1-6]|ul|ol|li|table|thead|tbody|tr|td|th|div|aside|section|details|figure|blockquote)\b)/gi, '')
			);
		})
		.join('');
}

/** Every file of one kind the site ships in _astro/ (scripts: any class they mention may be added later). */
function siteAssets(root: string, extension: string): string {
	const dir = join(root, '_astro');
	try {
		return readdirSync(dir)
			.filter((f) => f.endsWith(extension))
			.map((f) => readFileSync(join(dir, f), 'utf8'))
			.join('\n');
	} catch {
		return '';
	}
}

const CACHE_DIR = process.env.ATLAS_PAGE_WEIGHT_CACHE_DIR ?? '.cache/page-weight';

/** The inline-CSS pruning of one build: set up once (the site's scripts and stylesheets, the cache), then used page by page. */
export interface PageWeight {
	/** The page with its inline stylesheets pruned to what can match it. */
	prune(html: string): Promise<string>;
	/** Saves the cache for the next build; returns the line to log. */
	finish(): string;
}

/**
 * Starts pruning the pages of the site in `root` (the output folder). The last build pass
 * (src/integrations/finish-pages.ts) prunes each page as it reads it, before the security policy hashes
 * its inline styles.
 */
export function openPageWeight(root: string): PageWeight {
	const scripts = siteAssets(root, '.js');
	const stylesheets = siteAssets(root, '.css');
	const memo = new PurgeMemo();
	const scriptSelectors = scriptSelectorsOf(scripts);
	const cache = new PrunedCssCache(resolve(process.cwd(), CACHE_DIR), scripts, stylesheets);
	let before = 0;
	let after = 0;
	let spent = 0;
	return {
		async prune(html) {
			const start = performance.now();
			const pruned = await pruneInlineStyles(html, scripts, stylesheets, memo, scriptSelectors, cache);
			spent += performance.now() - start;
			before += html.length;
			after += pruned.length;
			return pruned;
		},
		finish() {
			cache.save();
			return `Unused inline CSS removed: ${((before - after) / 1024).toFixed(0)} KB over all pages, in ${Math.round(spent)} ms (${cache.hits} pages unchanged since the last build; ${memo.passes} PurgeCSS passes, ${memo.reused} reused).`;
		},
	};
}
