// The matcher against the bundled data: every printed name and alias matches its own item, the
// descriptor read from each printed imaging name agrees with the item's fields, every synonym group
// finds its item, and no synonym contradicts a catalog alias.
import { describe, expect, it } from 'vitest';
import { builtinCatalogSet } from '../../catalogs/index.ts';
import { catalogImagingIndex } from '../../lib/matching/imaging-catalog.ts';
import { labIndex } from '../../lib/matching/lab-index.ts';
import { DEMOTED_NAMES } from '../../lib/matching/lab-aliases.ts';
import { matchOrderName } from '../../lib/matching/match-order-name.ts';
import { normalizeItemName } from '../../lib/matching/normalize-item-name.ts';
import { summarizeMatch } from '../../lib/matching/summarize-match.ts';

const entries = builtinCatalogSet.catalogs.flatMap((catalog) => catalog.items.map((item) => ({ catalog, item })));
const demoted = new Set(Object.keys(DEMOTED_NAMES).map(normalizeItemName));

describe('matcher against the bundled catalogs', () => {
  it('reads every printed imaging name consistently with the item fields', () => {
    const index = catalogImagingIndex(builtinCatalogSet);
    expect(index.inconsistencies).toEqual([]);
    expect(index.undescribed).toEqual([]);
  });

  it('resolves every synonym group without contradicting a catalog alias', () => {
    const index = labIndex(builtinCatalogSet);
    expect(index.unresolved).toEqual([]);
    expect(index.conflicts).toEqual([]);
  });

  it.each(entries.map(({ catalog, item }) => [`${catalog.id} ${item.seq} ${item.name}`, item.concept, [item.name, ...item.aliases]] as const))(
    '%s: name and aliases match their own concept',
    (_label, concept, names) => {
      for (const name of names) {
        const expected = demoted.has(normalizeItemName(name)) ? `${concept} probable` : `${concept} certain`;
        expect(summarizeMatch(matchOrderName(name, builtinCatalogSet)), name).toBe(expected);
      }
    },
  );

  it.each(builtinCatalogSet.panels.map((p) => [p.id, p] as const))('panel %s: name and aliases match the panel', (_id, panel) => {
    for (const name of [panel.name, ...panel.aliases]) {
      expect(summarizeMatch(matchOrderName(name, builtinCatalogSet)), name).toBe(`panel:${panel.id} certain`);
    }
  });
});
