/**
 * Content collections. Schemas live in src/schemas/ as plain Zod so the content linter and unit tests
 * use the very same rules. References are written as plain ids and resolved strictly by src/lib/corpus/graph.ts,
 * because Astro's reference() only logs a dangling reference and lets the build pass.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTION_FILES, schemas, type CollectionName } from './schemas/index.ts';

/** Lets tests build the site from fixture content; editors never set it. */
const CONTENT_ROOT = process.env.ATLAS_CONTENT_DIR ?? './src/content';

/** The files of one collection: its folder, its format, and ids taken from file names. */
function loaderFor(name: CollectionName) {
	return glob({
		// Files starting with "_" are partials or work in progress and are never loaded.
		pattern: `**/[^_]*.${COLLECTION_FILES[name]}`,
		base: `${CONTENT_ROOT}/${name}`,
		// The id is the file name alone, in folders too, exactly as the content linter reads it.
		generateId: ({ entry }) =>
			entry
				.split('/')
				.pop()!
				.replace(/\.(mdx|yaml)$/, ''),
	});
}

// Written out one by one (not mapped) so Astro can infer each collection's data type; `satisfies`
// makes a collection missing from (or unknown to) the registry of page kinds a type error.
export const collections = {
	neuromodulators: defineCollection({ loader: loaderFor('neuromodulators'), schema: schemas.neuromodulators }),
	fillers: defineCollection({ loader: loaderFor('fillers'), schema: schemas.fillers }),
	areas: defineCollection({ loader: loaderFor('areas'), schema: schemas.areas }),
	guides: defineCollection({ loader: loaderFor('guides'), schema: schemas.guides }),
	myths: defineCollection({ loader: loaderFor('myths'), schema: schemas.myths }),
	products: defineCollection({ loader: loaderFor('products'), schema: schemas.products }),
	'product-pairs': defineCollection({ loader: loaderFor('product-pairs'), schema: schemas['product-pairs'] }),
	glossary: defineCollection({ loader: loaderFor('glossary'), schema: schemas.glossary }),
	sources: defineCollection({ loader: loaderFor('sources'), schema: schemas.sources }),
} satisfies Record<CollectionName, unknown>;
