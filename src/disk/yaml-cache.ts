/**
 * The parsed YAML of content files from the previous build, kept on disk, so a rebuild after one edit
 * parses only the files that changed (issue #18: warm rebuilds). Parsing every file's YAML with line
 * positions was most of the ~2 s the build's own steps (review dates, search vocabulary) spent reading
 * content at 1,000 guides. An entry is the plain data of one YAML text, keyed by a hash of that text;
 * the file is keyed by the version of the `yaml` package, whose parser makes the data. Each build writes
 * back only the entries it used, so the file never outgrows the content. Only data that survives JSON
 * unchanged is kept (YAML's core schema gives strings, numbers, booleans and null; `.inf` would not).
 * ATLAS_CONTENT_CACHE_DIR names another folder (the build benchmark starts its cold build from an empty one).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';

const hashOf = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64url');

/** The installed version of the `yaml` package: a new parser may read the same text differently. */
function yamlVersion(): string {
	const require = createRequire(import.meta.url);
	for (let dir = dirname(require.resolve('yaml')); dir !== dirname(dir); dir = dirname(dir)) {
		try {
			const found = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version: string };
			if (found.name === 'yaml') return found.version;
		} catch {
			// No package.json at this level: go up.
		}
	}
	throw new Error('yaml-cache: cannot find the version of the yaml package');
}

export class ParsedYamlCache {
	private readonly previous: Record<string, unknown>;
	private readonly used: Record<string, unknown> = {};
	private readonly file: string;
	/** Texts answered from the previous build. */
	hits = 0;

	constructor(dir: string) {
		this.file = join(dir, `${hashOf(`yaml ${yamlVersion()}`).slice(0, 16)}.json`);
		try {
			this.previous = JSON.parse(readFileSync(this.file, 'utf8')) as Record<string, unknown>;
		} catch {
			this.previous = {};
		}
	}

	/** The data of a YAML text parsed by an earlier build, or undefined. */
	get(text: string): unknown {
		const key = hashOf(text);
		if (!(key in this.previous)) return undefined;
		this.hits++;
		return (this.used[key] = this.previous[key]);
	}

	/** Remembers the data of a YAML text that parsed without errors. */
	set(text: string, data: unknown): void {
		const json = JSON.stringify(data);
		if (json !== undefined && isDeepStrictEqual(JSON.parse(json), data)) this.used[hashOf(text)] = JSON.parse(json) as unknown;
	}

	/** Writes the entries this build used (a temporary file renamed into place, so a reader never sees half of it). */
	save(): void {
		mkdirSync(dirname(this.file), { recursive: true });
		const temporary = `${this.file}.${process.pid}.tmp`;
		writeFileSync(temporary, JSON.stringify(this.used));
		renameSync(temporary, this.file);
	}
}
