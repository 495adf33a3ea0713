// Builds catalogs/item-search-index.json: every catalog item once (by concept) with its names and
// the pinyin initials of each, so the manual-entry form can autocomplete `ZXGJ` → 左膝关节… without
// shipping a pinyin library. Run after changing a catalog:
//   npx tsx catalogs/build-item-search-index.ts
// tests/unit/item-search-index.test.ts fails while the committed file is out of date.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pinyin } from 'pinyin-pro';
import { builtinCatalogSet } from './index.ts';
import type { ItemSearchEntry, ItemSearchIndex } from '../lib/catalog/item-search.ts';

export function initialsOf(text: string): string {
  const letters = pinyin(text, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
  return letters;
}

export function buildItemSearchIndex(): ItemSearchIndex {
  const entries: ItemSearchEntry[] = [];
  for (const [concept, catalogEntries] of builtinCatalogSet.entriesByConcept) {
    // The 川渝 list's wording first: it is the one on most reports in the region.
    const ordered = [...catalogEntries].sort((a, b) => Number(b.catalog.region === 'chuanyu') - Number(a.catalog.region === 'chuanyu'));
    const first = ordered[0]!;
    const names = [...new Set(ordered.flatMap(({ item }) => [item.name, ...item.aliases]))];
    entries.push({
      concept,
      label: first.item.name,
      kind: first.item.kind,
      names,
      initials: [...new Set(names.map(initialsOf).filter((code) => code.length >= 2))],
    });
  }
  entries.sort((a, b) => a.concept.localeCompare(b.concept));
  return { version: 1, entries };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const target = fileURLToPath(new URL('./item-search-index.json', import.meta.url));
  writeFileSync(target, `${JSON.stringify(buildItemSearchIndex(), null, 1)}\n`);
  console.log(`wrote ${target}`);
}
