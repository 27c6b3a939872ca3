/**
 * `npm run new -- <collection> <id>`: creates a draft entry from a commented template that passes the
 * content linter as it is, then prints its path and the next steps. Refuses (exit 1), saying why, an
 * unknown collection, an id that is not a slug, or an id that exists. The logic is in src/lib/corpus/scaffold.ts.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { COLLECTION_FILES, COLLECTIONS, type CollectionName } from '../src/schemas/index.ts';
import { checkRequest, entryFile, nextSteps, template } from '../src/lib/corpus/scaffold.ts';

const contentDir = process.env.ATLAS_CONTENT_DIR ?? 'src/content';

/** The ids (file names without extension) in one collection's folder, subfolders included. */
function idsIn(dir: string, extension: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return idsIn(path, extension);
		return name.endsWith(`.${extension}`) ? [name.slice(0, -extension.length - 1)] : [];
	});
}

const existing = Object.fromEntries(COLLECTIONS.map((c) => [c, new Set(idsIn(join(contentDir, c), COLLECTION_FILES[c]))])) as Record<
	CollectionName,
	Set<string>
>;

const request = checkRequest(process.argv.slice(2), existing);
if (!request.ok) {
	console.error(`npm run new: ${request.reason}`);
	process.exit(1);
}

const { collection, id } = request;
// Page templates cite one existing source so they validate; the first by name keeps the choice stable.
const placeholderSource = [...existing.sources].filter((s) => !s.startsWith('_')).sort()[0];
if (COLLECTION_FILES[collection] === 'mdx' && !placeholderSource) {
	console.error(
		`npm run new: a ${collection} entry must cite a source and ${contentDir}/sources/ has none: run npm run new -- sources <id> first`,
	);
	process.exit(1);
}

/**
 * A preferred id when it exists, else the first published one by name: product templates name a real
 * material and area, and a published product naming a draft would dangle in the build.
 */
function pick(collection: 'fillers' | 'areas', preferred: string): string | undefined {
	if (existing[collection].has(preferred)) return preferred;
	const isDraft = (id: string) => {
		const path = join(contentDir, entryFile(collection, id));
		// An entry in a subfolder is not at this path; it counts as published (the linter checks the link).
		return existsSync(path) && /^draft: true\b/m.test(readFileSync(path, 'utf8'));
	};
	return [...existing[collection]].sort().find((id) => !isDraft(id));
}
const placeholderMaterial = pick('fillers', 'hyaluronic-acid');
const placeholderArea = pick('areas', 'cheeks');

const path = join(contentDir, entryFile(collection, id));
mkdirSync(dirname(path), { recursive: true });
// "wx" refuses to overwrite, in case the file appeared since the check.
writeFileSync(path, template(collection, id, { today: new Date(), placeholderSource, placeholderMaterial, placeholderArea }), {
	flag: 'wx',
});

console.log(
	`Created ${path} (draft: true, so it stays off the site until you publish it).\n\nNext steps:\n${nextSteps(collection, path).join('\n')}`,
);
