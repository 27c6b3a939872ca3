/** Every collection's schema, keyed by collection name. Shared by Astro and the content linter. */
import type { CollectionName } from './fragments.ts';
import { areaSchema } from './area.ts';
import { fillerSchema } from './filler.ts';
import { glossarySchema } from './glossary.ts';
import { guideSchema } from './guide.ts';
import { mythSchema } from './myth.ts';
import { neuromodulatorSchema } from './neuromodulator.ts';
import { sourceSchema } from './source.ts';

export const schemas = {
	neuromodulators: neuromodulatorSchema,
	fillers: fillerSchema,
	areas: areaSchema,
	guides: guideSchema,
	myths: mythSchema,
	glossary: glossarySchema,
	sources: sourceSchema,
} satisfies Record<CollectionName, unknown>;

/** File extensions each collection is written in. */
export const COLLECTION_FILES: Record<CollectionName, 'mdx' | 'yaml'> = {
	neuromodulators: 'mdx',
	fillers: 'mdx',
	areas: 'mdx',
	guides: 'mdx',
	myths: 'mdx',
	glossary: 'yaml',
	sources: 'yaml',
};

export { COLLECTIONS, type CollectionName } from './fragments.ts';
