/** Every collection's schema, keyed by collection name. Shared by Astro and the content linter. */
import type { CollectionName } from './fragments.ts';
import { areaSchema } from './area.ts';
import { fillerSchema } from './filler.ts';
import { glossarySchema } from './glossary.ts';
import { guideSchema } from './guide.ts';
import { mythSchema } from './myth.ts';
import { neuromodulatorSchema } from './neuromodulator.ts';
import { productSchema } from './product.ts';
import { productPairSchema } from './product-pair.ts';
import { sourceSchema } from './source.ts';

export const schemas = {
	neuromodulators: neuromodulatorSchema,
	fillers: fillerSchema,
	areas: areaSchema,
	guides: guideSchema,
	myths: mythSchema,
	products: productSchema,
	'product-pairs': productPairSchema,
	glossary: glossarySchema,
	sources: sourceSchema,
} satisfies Record<CollectionName, unknown>;

export { COLLECTIONS, COLLECTION_FILES, type CollectionName } from '../lib/site/kinds.ts';
