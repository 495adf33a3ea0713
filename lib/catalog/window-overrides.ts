// A deployment's replacements for published or inferred windows (互认时间), e.g. thyroid tests at
// 1 个月 instead of our inferred 7 天. Overrides are data (a deployment config file), applied to a
// loaded CatalogSet, and every replaced window keeps the deployment's note and the window it
// replaced so the verdict can show both. Bad overrides are refused as a whole, never skipped.
import { z } from 'zod';
import { catalogSchema, validityWindowSchema, type Catalog, type CatalogItem, type ValidityWindow } from './catalog-schema.ts';
import { buildCatalogSet, type CatalogSet } from './catalog-set.ts';
import { CatalogLoadError, formatPath, type CatalogIssue } from './load-catalogs.ts';
import { formatWindow, itemWindow } from './window-text.ts';

/**
 * Exactly one target: `concept` (every catalog listing it, e.g. both the 川渝 and the Sichuan HBsAg),
 * `itemId` (one catalog's item), or `catalogId` (that catalog's default window, for items without
 * their own, e.g. 影像 一般 90 天).
 */
export const windowOverrideSchema = z
  .strictObject({
    concept: z.string().min(1).optional(),
    itemId: z.string().min(1).optional(),
    catalogId: z.string().min(1).optional(),
    window: validityWindowSchema,
    /** Why the deployment differs from the list, shown to the doctor with the verdict. */
    note: z.string().trim().min(1, 'an override needs a note saying why (shown to the doctor)'),
  })
  .superRefine((o, ctx) => {
    const targets = [o.concept, o.itemId, o.catalogId].filter((t) => t !== undefined).length;
    if (targets !== 1) {
      ctx.addIssue({ code: 'custom', path: [], message: 'give exactly one of concept, itemId or catalogId' });
    }
  });
export type WindowOverride = z.infer<typeof windowOverrideSchema>;

export const windowOverrideListSchema = z.array(windowOverrideSchema);

export interface ApplyOverridesOptions {
  /** Label of the overrides' origin (e.g. the deployment config file), quoted in errors. */
  source?: string;
}

function overriddenWindow(input: ValidityWindow, previous: ValidityWindow, note: string): ValidityWindow {
  // The replaced text always names the published (or our inferred) window, even when an earlier
  // override in the same deployment already replaced it, so the doctor sees what the list says.
  const replaced = previous.override?.replaced ?? formatWindow(previous);
  const override = { note: note.trim(), replaced };
  // The value is now the deployment's decision: our inference note no longer describes it.
  return input.kind === 'fixed'
    ? { kind: 'fixed', duration: { ...input.duration }, override }
    : { kind: 'by-result', positive: { ...input.positive }, negative: { ...input.negative }, override };
}

/**
 * Returns a new CatalogSet with the overrides applied in order (a later override of the same item
 * wins, so "all catalogs for this concept, then one item differently" works). The input set is not
 * changed. Throws CatalogLoadError naming `overrides[i].<field>` and the reason.
 */
export function applyWindowOverrides(set: CatalogSet, rawOverrides: unknown, options: ApplyOverridesOptions = {}): CatalogSet {
  const source = options.source ? `window overrides (${options.source})` : 'window overrides';
  const parsed = windowOverrideListSchema.safeParse(rawOverrides);
  if (!parsed.success) {
    throw new CatalogLoadError(parsed.error.issues.map((issue) => ({ source, path: formatPath(['overrides', ...issue.path]), message: issue.message })));
  }

  // Copy-on-write: only catalogs and items that change are copied.
  const catalogs: Catalog[] = set.catalogs.map((catalog) => ({ ...catalog, items: [...catalog.items] }));
  const issues: CatalogIssue[] = [];

  parsed.data.forEach((override, index) => {
    const path = (field: string) => `overrides[${index}].${field}`;
    const replaceItem = (catalog: Catalog, itemIndex: number) => {
      const item = catalog.items[itemIndex] as CatalogItem;
      const window = overriddenWindow(override.window, itemWindow(catalog, item), override.note);
      catalog.items[itemIndex] = { ...item, window };
    };

    if (override.concept !== undefined) {
      let hits = 0;
      for (const catalog of catalogs) {
        catalog.items.forEach((item, itemIndex) => {
          if (item.concept === override.concept) {
            replaceItem(catalog, itemIndex);
            hits += 1;
          }
        });
      }
      if (hits === 0) issues.push({ source, path: path('concept'), message: `unknown concept ${override.concept}: no catalog lists it` });
      return;
    }

    if (override.itemId !== undefined) {
      for (const catalog of catalogs) {
        const itemIndex = catalog.items.findIndex((item) => item.id === override.itemId);
        if (itemIndex >= 0) {
          replaceItem(catalog, itemIndex);
          return;
        }
      }
      issues.push({ source, path: path('itemId'), message: `unknown item ${override.itemId}: no catalog has an item with this id` });
      return;
    }

    const catalogIndex = catalogs.findIndex((catalog) => catalog.id === override.catalogId);
    const catalog = catalogs[catalogIndex];
    if (!catalog) {
      issues.push({ source, path: path('catalogId'), message: `unknown catalog ${override.catalogId}` });
      return;
    }
    if (!catalog.defaultWindow || catalog.items.every((item) => item.window)) {
      // Setting a default nobody uses would look applied while changing nothing.
      issues.push({ source, path: path('catalogId'), message: `catalog ${catalog.id} has no items using a default window; override the items or concepts instead` });
      return;
    }
    catalogs[catalogIndex] = { ...catalog, defaultWindow: overriddenWindow(override.window, catalog.defaultWindow, override.note) };
  });

  if (issues.length > 0) throw new CatalogLoadError(issues);

  // Re-validate what we built, so an override can never produce a catalog the loader would refuse.
  const validated = catalogs.map((catalog) => {
    const result = catalogSchema.safeParse(catalog);
    if (!result.success) {
      throw new CatalogLoadError(result.error.issues.map((issue) => ({ source: `catalog ${catalog.id} after ${source}`, path: formatPath(issue.path), message: issue.message })));
    }
    return result.data;
  });
  return buildCatalogSet(validated, set.panels);
}
