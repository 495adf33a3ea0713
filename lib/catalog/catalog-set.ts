// A loaded, validated set of catalogs and panels with the look-ups the matcher and the engine need.
import type { Catalog, CatalogItem, Panel } from './catalog-schema.ts';

export interface CatalogEntry {
  readonly catalog: Catalog;
  readonly item: CatalogItem;
}

export interface CatalogSet {
  readonly catalogs: readonly Catalog[];
  readonly panels: readonly Panel[];
  /** Every catalog entry that lists a concept (a concept can be in the 川渝 and the Sichuan list). */
  readonly entriesByConcept: ReadonlyMap<string, readonly CatalogEntry[]>;
}

export function buildCatalogSet(catalogs: readonly Catalog[], panels: readonly Panel[]): CatalogSet {
  const entriesByConcept = new Map<string, CatalogEntry[]>();
  for (const catalog of catalogs) {
    for (const item of catalog.items) {
      const entries = entriesByConcept.get(item.concept) ?? [];
      entries.push({ catalog, item });
      entriesByConcept.set(item.concept, entries);
    }
  }
  return { catalogs, panels, entriesByConcept };
}
