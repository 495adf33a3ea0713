// The extension's side of the prebuilt catalogs (catalogs/prebuilt-catalogs-plugin.ts): the bundled
// catalogs arrive already validated by the build, with the matcher's tables, and become the same
// CatalogSet `catalogs/index.ts` builds in Node, without validating again or building the tables.
import type { Catalog, Panel } from '../lib/catalog/catalog-schema.ts';
import { buildCatalogSet, type CatalogSet } from '../lib/catalog/catalog-set.ts';
import { restoreMatcherIndexes, type PrebuiltMatcherIndexes } from '../lib/matching/prebuilt-indexes.ts';

export interface PrebuiltCatalogs {
  /** The catalogs and panels as validated (zod's output) at build time. */
  catalogs: Catalog[];
  panels: Panel[];
  indexes: PrebuiltMatcherIndexes;
}

export function restoreBuiltinCatalogs(data: PrebuiltCatalogs): CatalogSet {
  const set = buildCatalogSet(data.catalogs, data.panels);
  restoreMatcherIndexes(set, data.indexes);
  return set;
}
