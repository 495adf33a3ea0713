// Windows in words (zh-CN) and the window that applies to an item. Used for `override.replaced`,
// for verdict text, and by the docs; kept next to the schema so every caller words them the same.
import type { Catalog, CatalogItem, Duration, ValidityWindow } from './catalog-schema.ts';

const UNIT_WORDS: Record<Duration['unit'], string> = { day: '天', month: '个月', year: '年' };

export function formatDuration(d: Duration): string {
  return `${d.amount} ${UNIT_WORDS[d.unit]}`;
}

/** `3 天`, `阳性 6 个月 / 阴性 1 个月`; `（推断）` / `（部署覆盖）` appended when so marked. */
export function formatWindow(w: ValidityWindow): string {
  const body =
    w.kind === 'fixed' ? formatDuration(w.duration) : `阳性 ${formatDuration(w.positive)} / 阴性 ${formatDuration(w.negative)}`;
  if (w.override) return `${body}（部署覆盖）`;
  if (w.inference) return `${body}（推断）`;
  return body;
}

/**
 * The item's own window, else the catalog's default. The schema guarantees one of them exists;
 * the throw only guards objects that bypassed validation.
 */
export function itemWindow(catalog: Catalog, item: CatalogItem): ValidityWindow {
  const w = item.window ?? catalog.defaultWindow;
  if (!w) throw new Error(`catalog ${catalog.id}: item ${item.id} has no window and the catalog no default`);
  return w;
}
