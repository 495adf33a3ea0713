// Which catalogs apply on a given day. A newer list (e.g. the 2025 川渝 imaging list) is added as one
// more data file that `supersedes` the older one; both stay loaded, so that before the newer list's
// effective date the older one still governs, and afterwards only the newer one does (judging a
// prior against both would report it twice, possibly with different windows).
import type { Catalog } from './catalog-schema.ts';

/** `today` is a YYYY-MM-DD calendar date (Asia/Shanghai, as the engine computes it). */
export function isCatalogEffective(catalog: Catalog, today: string): boolean {
  return catalog.effectiveDate <= today;
}

/**
 * The catalogs in force on `today`, in their original order: effective, and not superseded by
 * another effective catalog.
 */
export function catalogsInForce(catalogs: readonly Catalog[], today: string): Catalog[] {
  const effective = catalogs.filter((c) => isCatalogEffective(c, today));
  const superseded = new Set(effective.flatMap((c) => c.supersedes ?? []));
  return effective.filter((c) => !superseded.has(c.id));
}
